import type { StoredLinkIndex } from '../../link';
import { shortHash } from '../../model/keys';
import type { MeetingRecord } from '../../model/record';
import type { IndexDb } from './open';
import { meetingId, toRows } from './rows';
import { ALL_STORES, LINK_INDEX_KEY, RECORD_STORES } from './schema';

export interface SourceInfo {
  url: string;
  /** Hash of what was read; defaults to a hash of the records. */
  contentHash?: string;
  readAt?: number;
}

export interface IndexOutcome {
  /** False when the source was read before with the same content: nothing was written. */
  changed: boolean;
  meetings: number;
}

/**
 * Stores the records read from one source, in one transaction. Idempotent: a meeting is keyed
 * by meetingKey and role, so reading a page again replaces its rows (an agenda and the minutes
 * of the same meeting coexist), and meetings this source gave last time but not now are removed.
 */
export async function indexRecords(
  db: IndexDb,
  records: MeetingRecord[],
  source: SourceInfo,
): Promise<IndexOutcome> {
  const tx = recordTx(db);
  const outcome = await writeSource(tx, records, source);
  await tx.done;
  return outcome;
}

/** Writes one source's records inside a transaction the caller commits (a pack writes many). */
export async function writeSource(
  tx: RecordTx,
  records: MeetingRecord[],
  source: SourceInfo,
): Promise<IndexOutcome> {
  const contentHash = source.contentHash ?? shortHash(JSON.stringify(records));
  const ids = [...new Set(records.map(meetingId))];
  const previous = await tx.objectStore('sources').get(source.url);
  if (previous?.contentHash === contentHash) return { changed: false, meetings: ids.length };
  for (const stale of previous?.meetingIds ?? []) {
    const row = await tx.objectStore('meetings').get(stale);
    if (!ids.includes(stale) && row?.source === source.url) await deleteMeeting(tx, stale);
  }
  for (const record of records) {
    const rows = toRows(record, source.url);
    await deleteMeeting(tx, rows.meeting.id);
    await tx.objectStore('meetings').put(rows.meeting);
    await Promise.all([
      ...rows.items.map((row) => tx.objectStore('items').put(row)),
      ...rows.decisions.map((row) => tx.objectStore('decisions').put(row)),
      ...rows.actions.map((row) => tx.objectStore('actions').put(row)),
    ]);
  }
  await tx
    .objectStore('sources')
    .put({ url: source.url, readAt: source.readAt ?? Date.now(), contentHash, meetingIds: ids });
  return { changed: true, meetings: ids.length };
}

export type RecordTx = ReturnType<typeof recordTx>;

export function recordTx(db: IndexDb) {
  return db.transaction([...RECORD_STORES, 'sources'], 'readwrite');
}

async function deleteMeeting(tx: RecordTx, id: string): Promise<void> {
  await tx.objectStore('meetings').delete(id);
  for (const store of ['items', 'decisions', 'actions'] as const) {
    const keys = await tx.objectStore(store).index('byMeeting').getAllKeys(id);
    await Promise.all(keys.map((key) => tx.objectStore(store).delete(key)));
  }
}

/** Stores the serialised link index (utils/link serialiseLinkIndex). */
export async function saveLinkIndex(db: IndexDb, stored: StoredLinkIndex): Promise<void> {
  await db.put('linkIndex', stored, LINK_INDEX_KEY);
}

/** Empties the whole index (not the user's notes) in one transaction. */
export async function clear(db: IndexDb): Promise<void> {
  const tx = db.transaction([...ALL_STORES], 'readwrite');
  await Promise.all(ALL_STORES.map((store) => tx.objectStore(store).clear()));
  await tx.done;
}
