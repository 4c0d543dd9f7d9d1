import { z } from 'zod';
import { RecordSchema } from '../model/record';

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

export const ActionStatusSchema = z.enum(['open', 'done', 'dropped']);

export const MessageSchema = z.discriminatedUnion('type', [
  /** Content script: what the detector made of this page (drives the popup). */
  z.object({ type: z.literal('page-detected'), url: Url, detection: DetectionSchema }),
  /** Overlay: records read from a meeting page, to index and link. */
  z.object({
    type: z.literal('page-read'),
    url: Url,
    records: z.array(RecordSchema).max(10),
    itemsLinked: z.number().int().min(0).optional(),
  }),
  /** Overlay or side panel: prior decisions and open follow-ups for an agenda. */
  z.object({ type: z.literal('link-agenda'), record: RecordSchema }),
  z.object({
    type: z.literal('set-action-status'),
    actionId: z.string().max(600),
    status: ActionStatusSchema,
  }),
  /** Popup. */
  z.object({ type: z.literal('tab-state'), tabId: z.number().int() }),
  z.object({ type: z.literal('site-enabled'), origin: Url }),
  z.object({ type: z.literal('set-site-enabled'), origin: Url, enabled: z.boolean() }),
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
