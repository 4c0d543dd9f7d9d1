import {
  NOTES_SCHEMA_VERSION,
  type AnyEntity,
  type FollowUp,
  type FollowUpStatus,
  type Highlight,
  type Hlc,
  type MeetingLabel,
  type Note,
  type NoteTarget,
  type TextField,
} from '../model/notes';
import { bumpVersion } from './version-vector';

/**
 * Local edits: each takes the entity and a fresh HLC stamp (hlc.tick) and returns the entity with
 * the edited fields re-stamped, so a later merge knows which side changed what.
 */

function editText(field: TextField | undefined, text: string, stamp: Hlc): TextField {
  return { v: text, t: stamp, vv: bumpVersion(field?.vv ?? {}, stamp.node) };
}

export interface NewNote {
  id: string;
  target: NoteTarget;
  label: MeetingLabel;
  text: string;
}

export function createNote(input: NewNote, stamp: Hlc): Note {
  return {
    schemaVersion: NOTES_SCHEMA_VERSION,
    id: input.id,
    target: input.target,
    label: input.label,
    createdAt: stamp.wall,
    fields: { text: editText(undefined, input.text, stamp) },
  };
}

export function editNote(note: Note, text: string, stamp: Hlc): Note {
  if (note.fields.text.v === text) return note;
  return { ...note, fields: { ...note.fields, text: editText(note.fields.text, text, stamp) } };
}

export interface NewFollowUp extends Omit<FollowUp, 'schemaVersion' | 'createdAt' | 'fields'> {
  text: string;
  status?: FollowUpStatus;
  due?: string;
  owner?: string;
}

export function createFollowUp(input: NewFollowUp, stamp: Hlc): FollowUp {
  const { text, status, due, owner, ...fixed } = input;
  return {
    ...fixed,
    schemaVersion: NOTES_SCHEMA_VERSION,
    createdAt: stamp.wall,
    fields: {
      text: editText(undefined, text, stamp),
      status: { v: status ?? 'open', t: stamp },
      ...(due !== undefined ? { due: { v: due, t: stamp } } : {}),
      ...(owner !== undefined ? { owner: { v: owner, t: stamp } } : {}),
    },
  };
}

export interface FollowUpPatch {
  text?: string;
  status?: FollowUpStatus;
  due?: string;
  owner?: string;
}

export function editFollowUp(followUp: FollowUp, patch: FollowUpPatch, stamp: Hlc): FollowUp {
  const fields = { ...followUp.fields };
  if (patch.text !== undefined && patch.text !== fields.text.v)
    fields.text = editText(fields.text, patch.text, stamp);
  if (patch.status !== undefined && patch.status !== fields.status.v)
    fields.status = { v: patch.status, t: stamp };
  if (patch.due !== undefined && patch.due !== fields.due?.v) fields.due = { v: patch.due, t: stamp };
  if (patch.owner !== undefined && patch.owner !== fields.owner?.v)
    fields.owner = { v: patch.owner, t: stamp };
  return { ...followUp, fields };
}

export type NewHighlight = Omit<Highlight, 'schemaVersion' | 'createdAt' | 'fields'>;

export function createHighlight(input: NewHighlight, stamp: Hlc): Highlight {
  return { ...input, schemaVersion: NOTES_SCHEMA_VERSION, createdAt: stamp.wall, fields: {} };
}

/** A tombstone that remembers which text edits it covers (merge.isDeleted). */
export function markDeleted<E extends AnyEntity>(entity: E, stamp: Hlc): E {
  const text = (entity.fields as { text?: TextField }).text;
  return { ...entity, fields: { ...entity.fields, deleted: { v: true, t: stamp, seen: text?.vv ?? {} } } };
}
