import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { committeeKey } from '../../../model/keys';
import type { MeetingRow } from '../schema';

/**
 * Version 2: meetings carry their committeeKey, indexed, so a committee's meetings (outstanding
 * follow-ups, backfill progress) are found without reading every meeting. Rows of version 1
 * get the key computed from their council and committee.
 */
export function addCommitteeKey(
  _db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
): void {
  const meetings = tx.objectStore('meetings');
  meetings.createIndex('byCommittee', 'committeeKey');
  void (async () => {
    for (let cursor = await meetings.openCursor(); cursor; cursor = await cursor.continue()) {
      const row = cursor.value as MeetingRow;
      if (!row.committeeKey) await cursor.update({ ...row, committeeKey: committeeKey(row) });
    }
  })();
}
