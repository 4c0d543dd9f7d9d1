import { z } from 'zod';
import { HighlightSelectorsSchema } from '../anchor/selectors';

/**
 * The user's own data: notes, follow-ups and highlights. Unlike the index (a rebuildable cache)
 * this is the source of truth, so every persisted shape carries `schemaVersion` and every field
 * the user can edit carries a hybrid logical clock stamp, so two browsers that edited offline
 * can be merged field by field (utils/sync/merge.ts).
 */
export const NOTES_SCHEMA_VERSION = 1;

/** A hybrid logical clock stamp (utils/sync/hlc.ts): wall ms, a counter for ties, the device. */
export const HlcSchema = z.object({
  wall: z.number().int().nonnegative(),
  counter: z.number().int().nonnegative(),
  node: z.string().regex(/^[a-z0-9]{1,16}$/),
});

/** How many edits of one field each device has made: tells an edit on top of another from a concurrent one. */
export const VersionVectorSchema = z.record(z.string(), z.number().int().nonnegative());

/** A last-writer-wins field: the value and when (by HLC) it was set. */
function stamped<T extends z.ZodType>(value: T) {
  return z.object({ v: value, t: HlcSchema });
}

/** Free text both sides may edit: the version vector lets a merge keep both concurrent edits. */
export const TextFieldSchema = z.object({ v: z.string(), t: HlcSchema, vv: VersionVectorSchema });

/**
 * A tombstone: `seen` is the text's version vector when it was deleted, so an edit the deleting
 * device never saw brings the note back rather than being lost.
 */
export const DeletedFieldSchema = z.object({ v: z.boolean(), t: HlcSchema, seen: VersionVectorSchema });

export const MeetingLabelSchema = z.object({
  council: z.string().optional(),
  committee: z.string(),
  date: z.string(),
  itemTitle: z.string().optional(),
});

export const NoteTargetSchema = z.object({
  kind: z.enum(['meeting', 'item', 'highlight']),
  meetingKey: z.string(),
  itemNumber: z.string().optional(),
  highlightId: z.string().optional(),
});

const version = z.literal(NOTES_SCHEMA_VERSION);
const entityId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);

export const NoteSchema = z.object({
  schemaVersion: version,
  id: entityId,
  target: NoteTargetSchema,
  /** Copied from the meeting when the note is written, so an export reads well without the index. */
  label: MeetingLabelSchema,
  createdAt: z.number(),
  fields: z.object({ text: TextFieldSchema, deleted: DeletedFieldSchema.optional() }),
});

export const FollowUpStatusSchema = z.enum(['open', 'done', 'dropped']);

export const FollowUpSchema = z.object({
  schemaVersion: version,
  id: entityId,
  /** keys.actionId of an action found in indexed minutes, when the follow-up is one. */
  actionId: z.string().optional(),
  committeeKey: z.string(),
  /** The meeting where it was raised. */
  meetingKey: z.string(),
  label: MeetingLabelSchema.optional(),
  url: z.string().optional(),
  highlightId: z.string().optional(),
  createdAt: z.number(),
  fields: z.object({
    text: TextFieldSchema,
    status: stamped(FollowUpStatusSchema),
    due: stamped(z.string().optional()).optional(),
    owner: stamped(z.string().optional()).optional(),
    deleted: DeletedFieldSchema.optional(),
  }),
});

export const HighlightSchema = z.object({
  schemaVersion: version,
  id: entityId,
  url: z.string(),
  meetingKey: z.string(),
  itemNumber: z.string().optional(),
  kind: z.enum(['note', 'followup']),
  /** How to find the passage again (utils/anchor); versioned by the anchor module itself. */
  selectors: HighlightSelectorsSchema,
  /** The highlighted words, kept so the highlight is never lost even when it cannot be re-anchored. */
  quote: z.string(),
  createdAt: z.number(),
  fields: z.object({ deleted: DeletedFieldSchema.optional() }),
});

export type Hlc = z.infer<typeof HlcSchema>;
export type VersionVector = z.infer<typeof VersionVectorSchema>;
export type TextField = z.infer<typeof TextFieldSchema>;
export type DeletedField = z.infer<typeof DeletedFieldSchema>;
export type MeetingLabel = z.infer<typeof MeetingLabelSchema>;
export type NoteTarget = z.infer<typeof NoteTargetSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type FollowUpStatus = z.infer<typeof FollowUpStatusSchema>;
export type FollowUp = z.infer<typeof FollowUpSchema>;
export type Highlight = z.infer<typeof HighlightSchema>;

/** The three kinds of user data, by the one-letter prefix they carry in sync storage keys. */
export const ENTITY_KINDS = { n: 'note', f: 'followUp', h: 'highlight' } as const;
export type EntityPrefix = keyof typeof ENTITY_KINDS;
export type EntityKind = (typeof ENTITY_KINDS)[EntityPrefix];

export const ENTITY_SCHEMAS = {
  note: NoteSchema,
  followUp: FollowUpSchema,
  highlight: HighlightSchema,
} as const;

export type EntityOf<K extends EntityKind> = z.infer<(typeof ENTITY_SCHEMAS)[K]>;
export type AnyEntity = Note | FollowUp | Highlight;
