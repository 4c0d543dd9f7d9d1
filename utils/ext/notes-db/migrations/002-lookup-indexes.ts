import type { IDBPDatabase, IDBPTransaction } from 'idb';

/**
 * Version 2: indexes for the side panel's lookups (notes of a meeting, highlights of a page,
 * follow-ups of a committee or of an indexed action) instead of scanning every record.
 */
export function addLookupIndexes(
  _db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
): void {
  tx.objectStore('notes').createIndex('byMeeting', 'target.meetingKey');
  const followUps = tx.objectStore('followUps');
  followUps.createIndex('byCommittee', 'committeeKey');
  followUps.createIndex('byAction', 'actionId');
  followUps.createIndex('byMeeting', 'meetingKey');
  const highlights = tx.objectStore('highlights');
  highlights.createIndex('byUrl', 'url');
  highlights.createIndex('byMeeting', 'meetingKey');
}
