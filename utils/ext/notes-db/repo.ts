import type { FollowUp, FollowUpStatus, Highlight, Note } from '../../model/notes';
import { buildBackup, parseBackup } from '../../sync/backup';
import {
  createFollowUp,
  createHighlight,
  createNote,
  editFollowUp,
  editNote,
  markDeleted,
  type FollowUpPatch,
  type NewFollowUp,
  type NewHighlight,
  type NewNote,
} from '../../sync/edit';
import { exportMarkdown, type NotesData } from '../../sync/markdown';
import { isDeleted, type DeviceNamer } from '../../sync/merge';
import type { NotesDb } from './open';
import { mergeIntoDb } from './merge-store';
import { allEntities, newEntityId, stampedWrite, validEntities } from './store';

/** The user-facing operations on the notes database; each write is one transaction with its outbox entry. */

export type NoteInput = Omit<NewNote, 'id'> & { id?: string };

export async function saveNote(db: NotesDb, input: NoteInput, now: number): Promise<Note> {
  const id = input.id ?? newEntityId();
  const saved = await stampedWrite(db, 'note', id, now, (existing, stamp) =>
    existing ? editNote(existing, input.text, stamp) : createNote({ ...input, id }, stamp),
  );
  return saved!;
}

export async function deleteEntity(
  db: NotesDb,
  kind: 'note' | 'followUp' | 'highlight',
  id: string,
  now: number,
) {
  await stampedWrite(db, kind, id, now, (existing, stamp) =>
    existing && !isDeleted(existing) ? markDeleted(existing, stamp) : undefined,
  );
}

/** The entities that match, tombstones left out unless asked for, oldest first. */
function select<E extends Note | FollowUp>(
  entities: E[],
  includeDeleted: boolean | undefined,
  matches: (e: E) => boolean,
): E[] {
  return entities
    .filter((entity) => (includeDeleted || !isDeleted(entity)) && matches(entity))
    .sort((a, b) => a.createdAt - b.createdAt);
}

export interface NoteFilter {
  meetingKey?: string;
  itemNumber?: string;
  highlightId?: string;
  includeDeleted?: boolean;
}

export async function listNotes(db: NotesDb, filter: NoteFilter, now: number): Promise<Note[]> {
  const values = filter.meetingKey
    ? await db.getAllFromIndex('notes', 'byMeeting', filter.meetingKey)
    : await db.getAll('notes');
  return select(await validEntities(db, 'note', values, now), filter.includeDeleted, (note) =>
    [
      filter.itemNumber === undefined || note.target.itemNumber === filter.itemNumber,
      filter.highlightId === undefined || note.target.highlightId === filter.highlightId,
    ].every(Boolean),
  );
}

export type FollowUpInput = Omit<NewFollowUp, 'id'> & { id?: string };

export async function saveFollowUp(db: NotesDb, input: FollowUpInput, now: number): Promise<FollowUp> {
  const id = input.id ?? newEntityId();
  const saved = await stampedWrite(db, 'followUp', id, now, (existing, stamp) =>
    existing ? editFollowUp(existing, input, stamp) : createFollowUp({ ...input, id }, stamp),
  );
  return saved!;
}

/** The follow-up with this id, or else the one tracking this indexed action (keys.actionId). */
async function findFollowUp(db: NotesDb, idOrActionId: string): Promise<FollowUp | undefined> {
  const byId = await db.get('followUps', idOrActionId);
  if (byId) return byId;
  const byAction = await db.getAllFromIndex('followUps', 'byAction', idOrActionId);
  return byAction.find((followUp) => !isDeleted(followUp)) ?? byAction[0];
}

/**
 * Sets the status of a follow-up, found by its id or by the action it tracks. An action from the
 * index that is not tracked yet is created from `create` (its text, committee, meeting).
 */
export async function setFollowUpStatus(
  db: NotesDb,
  idOrActionId: string,
  status: FollowUpStatus,
  now: number,
  create?: FollowUpInput,
): Promise<FollowUp> {
  const found = await findFollowUp(db, idOrActionId);
  if (!found && !create) throw new Error(`No follow-up or tracked action has the id ${idOrActionId}.`);
  const id = found?.id ?? create?.id ?? newEntityId();
  const patch: FollowUpPatch = { status };
  const saved = await stampedWrite(db, 'followUp', id, now, (existing, stamp) =>
    existing
      ? editFollowUp(existing, patch, stamp)
      : createFollowUp({ ...create!, actionId: create!.actionId ?? idOrActionId, id, status }, stamp),
  );
  return saved!;
}

export interface FollowUpFilter {
  committeeKey?: string;
  meetingKey?: string;
  status?: FollowUpStatus;
  includeDeleted?: boolean;
}

export async function listFollowUps(db: NotesDb, filter: FollowUpFilter, now: number): Promise<FollowUp[]> {
  const values = filter.committeeKey
    ? await db.getAllFromIndex('followUps', 'byCommittee', filter.committeeKey)
    : filter.meetingKey
      ? await db.getAllFromIndex('followUps', 'byMeeting', filter.meetingKey)
      : await db.getAll('followUps');
  return select(await validEntities(db, 'followUp', values, now), filter.includeDeleted, (followUp) =>
    [
      filter.meetingKey === undefined || followUp.meetingKey === filter.meetingKey,
      filter.status === undefined || followUp.fields.status.v === filter.status,
    ].every(Boolean),
  );
}

export type HighlightInput = Omit<NewHighlight, 'id'> & { id?: string };

export async function saveHighlight(db: NotesDb, input: HighlightInput, now: number): Promise<Highlight> {
  const id = input.id ?? newEntityId();
  // A highlight's anchor is fixed once made: saving it again writes nothing.
  const created = await stampedWrite(db, 'highlight', id, now, (existing, stamp) =>
    existing ? undefined : createHighlight({ ...input, id }, stamp),
  );
  return created ?? (await db.get('highlights', id))!;
}

export async function listHighlights(
  db: NotesDb,
  where: { url: string } | { meetingKey: string },
  now: number,
): Promise<Highlight[]> {
  const values =
    'url' in where
      ? await db.getAllFromIndex('highlights', 'byUrl', where.url)
      : await db.getAllFromIndex('highlights', 'byMeeting', where.meetingKey);
  return (await validEntities(db, 'highlight', values, now)).filter((highlight) => !isDeleted(highlight));
}

/** Everything, deleted entities included (their tombstones must travel in a backup too). */
export async function readAll(db: NotesDb, now: number): Promise<NotesData> {
  return {
    notes: await allEntities(db, 'note', now),
    followUps: await allEntities(db, 'followUp', now),
    highlights: await allEntities(db, 'highlight', now),
  };
}

export async function exportBackupJson(db: NotesDb, now: number): Promise<string> {
  return JSON.stringify(buildBackup(await readAll(db, now), now));
}

export async function exportNotesMarkdown(db: NotesDb, now: number): Promise<string> {
  return exportMarkdown(await readAll(db, now));
}

export type ImportResult = { ok: true; changed: number } | { ok: false; error: string };

/** Merges a backup in like a sync from another device; a malformed file changes nothing. */
export async function importBackup(
  db: NotesDb,
  json: string,
  now: number,
  deviceName: DeviceNamer,
): Promise<ImportResult> {
  const parsed = parseBackup(json);
  if (!parsed.ok) return parsed;
  const { notes, followUps, highlights } = parsed.backup;
  const incoming = [
    ...notes.map((entity) => ({ kind: 'note' as const, entity })),
    ...followUps.map((entity) => ({ kind: 'followUp' as const, entity })),
    ...highlights.map((entity) => ({ kind: 'highlight' as const, entity })),
  ];
  const outcome = await mergeIntoDb(db, incoming, now, { deviceName, queueWhen: 'changed-locally' });
  return { ok: true, changed: outcome.changed.length };
}
