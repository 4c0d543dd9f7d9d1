import { z } from 'zod';

/**
 * The record contract (../shared/DESIGN.md "The record contract"): everything a site adapter
 * or the text parser produces. Validated with zod where it crosses a trust boundary
 * (background on receipt, CLI output, imported packs).
 */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Bounds far above any real paper's, so a hostile page or pack cannot make the background do
 * unbounded work (issue #9). Adapters already cut titles to 500 characters and item text to 1,500.
 */
const LONG_TEXT = 20_000;
const TITLE = 2_000;
const MAX_ITEMS = 2_000;

export const DecisionKindSchema = z.enum(['resolved', 'agreed', 'recommendation', 'noted']);

export const DecisionSchema = z.object({
  text: z.string().max(LONG_TEXT),
  kind: DecisionKindSchema.optional(),
});

export const ActionSchema = z.object({
  text: z.string().max(LONG_TEXT),
  owner: z.string().optional(),
  /** The due meeting or date as the text says it: "2026-03", "a future meeting", "after 6 months". */
  due: z.string().optional(),
});

export const DocumentLinkSchema = z.object({ title: z.string(), url: z.string() });

/** An explicit reference from an item to an earlier meeting ("the meeting held on 3 November 2025"). */
export const MeetingRefSchema = z.object({
  date: z.string().regex(ISO_DATE),
  /** The words the reference was found in, for "why linked". */
  quote: z.string(),
  /** minutes: the item approves/considers that meeting's minutes; mention: it only cites it. */
  kind: z.enum(['minutes', 'mention']),
});

export const ItemSchema = z.object({
  number: z.string().max(40),
  title: z.string().max(TITLE),
  decisions: z.array(DecisionSchema).max(500),
  actions: z.array(ActionSchema).max(500),
  presenter: z.string().optional(),
  pages: z.string().optional(),
  /** Free text of the item (minutes discussion, report summary) used for linking; bounded. */
  text: z.string().max(LONG_TEXT).optional(),
  documents: z.array(DocumentLinkSchema).optional(),
  refs: z.array(MeetingRefSchema).optional(),
  url: z.string().optional(),
});

export const MeetingSchema = z.object({
  council: z.string().optional(),
  committee: z.string(),
  date: z.string().regex(ISO_DATE),
  time: z.string().optional(),
  venue: z.string().optional(),
  url: z.string().optional(),
  /** Cancelled meetings keep their header and have no items. */
  cancelled: z.boolean().optional(),
});

export const RoleSchema = z.enum(['agenda', 'minutes']);

export const RecordSchema = z.object({
  role: RoleSchema,
  meeting: MeetingSchema,
  items: z.array(ItemSchema).max(MAX_ITEMS),
  warnings: z.array(z.string()).optional(),
});

export type DecisionKind = z.infer<typeof DecisionKindSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type DocumentLink = z.infer<typeof DocumentLinkSchema>;
export type MeetingRef = z.infer<typeof MeetingRefSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type MeetingRecord = z.infer<typeof RecordSchema>;

/** What every extractor (text parser, site adapter, PDF) returns. */
export interface ExtractResult {
  records: MeetingRecord[];
  warnings: string[];
}
