import { z } from 'zod';
import { HighlightSelectorsSchema } from '../anchor/selectors';
import { MAX_PRINTED_TEXT } from '../model/fingerprint';
import { ActionSchema, DocumentLinkSchema, ItemSchema, RecordSchema } from '../model/record';
import { PLACEMENT_TEXT, type PageLayout } from '../sites/page-layout';
import { PACK_KINDS } from '../sites/pack-links';
import { MAX_PACKS } from '../sites/packs';

/**
 * Every message into the background, typed and validated where it is received (issue #9).
 * Size limits keep a hostile page from making the background do unbounded work.
 */
const Url = z
  .string()
  .max(2048)
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL');
const ShortText = z.string().max(500);

export const DetectionSchema = z.object({
  system: z.string().max(40),
  kind: z.enum([
    'agenda',
    'minutes',
    'decision',
    'item',
    'issue-history',
    'meeting-list',
    'committee',
    'other',
  ]),
  confidence: z.number().min(0).max(1),
  reason: ShortText,
});

/** A link to an agenda pack or printed minutes found on a meeting page (utils/sites/packs.ts). */
export const PackLinkSchema = z.object({ url: Url, kind: z.enum(PACK_KINDS), title: ShortText });

const Id = z.string().max(600);
const NoteText = z.string().max(100_000);
const MeetingKey = z.string().max(400);
const ItemNumber = z.string().max(20);

/**
 * Where a page's badges went (utils/sites/page-layout.ts): each item's number, title and actions
 * bounded as in its record.
 */
const PageLayoutSchema: z.ZodType<PageLayout> = z
  .array(
    z.object({
      number: ItemSchema.shape.number,
      title: ItemSchema.shape.title,
      recognised: z
        .object({
          decisions: z.number().int().min(0).max(500),
          actions: z.array(ActionSchema.extend({ id: Id })).max(500),
        })
        .optional(),
      papers: z.array(DocumentLinkSchema).max(500).optional(),
      at: z.number().int().min(0),
      tag: z.string().max(100),
      text: z.string().max(PLACEMENT_TEXT),
    }),
  )
  .max(2_000);

export const ActionStatusSchema = z.enum(['open', 'done', 'dropped']);

export const MessageSchema = z.discriminatedUnion('type', [
  /** Content script: what the detector made of this page (drives the popup). */
  z.object({ type: z.literal('page-detected'), url: Url, detection: DetectionSchema }),
  /** Overlay, at document_start: the links kept from this page's last visit, if still good. */
  z.object({ type: z.literal('cached-links'), url: Url }),
  /** Overlay: records read from a meeting page, to index and link. */
  z.object({
    type: z.literal('page-read'),
    url: Url,
    records: z.array(RecordSchema).max(10),
    itemsLinked: z.number().int().min(0).optional(),
    /**
     * The records as the overlay serialised them, which the background prints for the links cache
     * (utils/model/fingerprint.ts): a page read again is compared with the print of its JSON.
     */
    recordsText: z.string().max(MAX_PRINTED_TEXT).optional(),
    /** The page's agenda packs and printed minutes, read in the background when allowed. */
    packs: z.array(PackLinkSchema).max(MAX_PACKS).optional(),
  }),
  /**
   * Overlay, once its badges are up: where they went, kept with the page's links (if made from
   * records of this print) so that they can be put back before the page is read next time.
   */
  z.object({ type: z.literal('page-layout'), url: Url, print: z.string().max(64), layout: PageLayoutSchema }),
  /** Overlay or side panel: prior decisions and open follow-ups for an agenda. */
  z.object({ type: z.literal('link-agenda'), record: RecordSchema }),
  /** A follow-up's id or an indexed action's id. */
  z.object({ type: z.literal('set-action-status'), actionId: Id, status: ActionStatusSchema }),
  /** Highlights on a meeting page (overlay). */
  z.object({
    type: z.literal('save-highlight'),
    url: Url,
    meetingKey: MeetingKey,
    itemNumber: ItemNumber.optional(),
    kind: z.enum(['note', 'followup']),
    selectors: HighlightSelectorsSchema,
    quote: z.string().max(5_000),
    note: NoteText.optional(),
  }),
  z.object({ type: z.literal('list-highlights'), url: Url }),
  /** Which highlights the overlay could not find on the page again: shown as orphans. */
  z.object({
    type: z.literal('highlights-anchored'),
    url: Url,
    orphans: z.array(Id).max(1_000),
    anchored: z.array(Id).max(1_000),
  }),
  /** Overlay: the user asked to read one of the page's council PDFs in the viewer (a new tab beside the page). */
  z.object({ type: z.literal('open-in-viewer'), url: Url }),
  /** Notes (side panel). */
  z.object({
    type: z.literal('save-note'),
    meetingKey: MeetingKey,
    itemNumber: ItemNumber.optional(),
    text: NoteText,
    id: Id.optional(),
  }),
  z.object({ type: z.literal('panel-state'), tabId: z.number().int().optional() }),
  z.object({ type: z.literal('export-notes'), format: z.enum(['markdown', 'json']) }),
  z.object({ type: z.literal('import-backup'), json: z.string().max(20_000_000) }),
  z.object({ type: z.literal('sync-state') }),
  z.object({ type: z.literal('sync-now') }),
  /** Popup. */
  z.object({ type: z.literal('tab-state'), tabId: z.number().int() }),
  z.object({ type: z.literal('site-enabled'), origin: Url }),
  z.object({ type: z.literal('set-site-enabled'), origin: Url, enabled: z.boolean() }),
  /** Popup: read the PDF papers of the meeting shown in this tab (the user asked). */
  z.object({ type: z.literal('read-packs'), tabId: z.number().int() }),
  /** Popup and options: how reading PDF papers goes, with the outcome for each of these. */
  z.object({ type: z.literal('pack-reading'), urls: z.array(Url).max(MAX_PACKS) }),
  z.object({ type: z.literal('stop-pack-reading') }),
  /** Options page and side panel. */
  z.object({ type: z.literal('index-stats') }),
  z.object({ type: z.literal('search'), query: z.string().max(200) }),
  z.object({ type: z.literal('list-meetings') }),
  z.object({ type: z.literal('import-pack'), json: z.string().max(50_000_000) }),
]);

export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];
export type Detection = z.infer<typeof DetectionSchema>;
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

/** Every answer has this shape, so a caller can tell a refusal from a result. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
