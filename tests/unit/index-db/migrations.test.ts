import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openIndexDb } from '../../../utils/ext/index-db';

/** Each migration, from the shape the version before it left (bitwarden style). */
describe('index database migrations', () => {
  it('001 creates the stores and their indexes from nothing', async () => {
    const db = await openIndexDb('migrate-001', 1);
    expect([...db.objectStoreNames].sort()).toEqual([
      'actions',
      'decisions',
      'items',
      'linkIndex',
      'meetings',
      'sources',
    ]);
    const tx = db.transaction(['actions', 'meetings']);
    expect([...tx.objectStore('actions').indexNames].sort()).toEqual(['byActionId', 'byMeeting']);
    expect([...tx.objectStore('meetings').indexNames]).toEqual(['byKey']);
    db.close();
  });

  it('002 gives version-1 meetings their committeeKey and indexes it', async () => {
    const v1 = await openIndexDb('migrate-002', 1);
    // A row as version 1 wrote it: no committeeKey.
    await v1.put('meetings', {
      id: 'riverton city council|health scrutiny committee|2025-05-06|minutes',
      key: 'riverton city council|health scrutiny committee|2025-05-06',
      role: 'minutes',
      council: 'Riverton City Council',
      committee: 'Health Scrutiny Committee',
      date: '2025-05-06',
      source: 'u',
    } as never);
    v1.close();
    const v2 = await openIndexDb('migrate-002', 2);
    const found = await v2.getAllFromIndex(
      'meetings',
      'byCommittee',
      'riverton city council|health scrutiny committee',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.committeeKey).toBe('riverton city council|health scrutiny committee');
    v2.close();
  });

  it('003 indexes the sources by when they were read, keeping version-2 sources', async () => {
    const v2 = await openIndexDb('migrate-003', 2);
    await v2.put('sources', { url: 'u', readAt: 5, contentHash: 'h', meetingIds: [] });
    v2.close();
    const v3 = await openIndexDb('migrate-003', 3);
    const found = await v3.getAllFromIndex('sources', 'byReadAt', IDBKeyRange.lowerBound(4));
    expect(found.map((s) => s.url)).toEqual(['u']);
    v3.close();
  });
});
