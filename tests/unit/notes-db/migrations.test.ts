import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openNotesDb } from '../../../utils/ext/notes-db/open';
import { NOTES_DB_VERSION } from '../../../utils/ext/notes-db/migrations';
import { uniqueDbName } from '../sync/devices';
import { sampleFollowUp, sampleNote, stamp, T0 } from '../sync/entities';

describe('notes database migrations', () => {
  it('001 creates the stores from nothing', async () => {
    const name = uniqueDbName();
    const db = await openNotesDb(name, 1);
    expect([...db.objectStoreNames].sort()).toEqual([
      'followUps',
      'highlights',
      'meta',
      'notes',
      'outbox',
      'quarantine',
    ]);
    db.close();
  });

  it('002 adds the lookup indexes to a version 1 database and keeps its data', async () => {
    const name = uniqueDbName();
    const v1 = await openNotesDb(name, 1);
    const note = sampleNote('n1', 'Kept across the upgrade', stamp(T0, 'lap'));
    const followUp = {
      ...sampleFollowUp('f1', 'Report back', stamp(T0, 'lap')),
      actionId: 'a|b|2026-11-26#7~abc',
    };
    await v1.put('notes', note);
    await v1.put('followUps', followUp);
    await v1.put('outbox', { key: 'n:n1', stamp: 'x', queuedAt: T0 });
    v1.close();

    const v2 = await openNotesDb(name, 2);
    expect(await v2.getAllFromIndex('notes', 'byMeeting', note.target.meetingKey)).toEqual([note]);
    expect(await v2.getAllFromIndex('followUps', 'byAction', followUp.actionId)).toEqual([followUp]);
    expect(await v2.getAllFromIndex('followUps', 'byCommittee', followUp.committeeKey)).toEqual([followUp]);
    expect(await v2.get('outbox', 'n:n1')).toMatchObject({ key: 'n:n1' });
    expect([...v2.transaction('highlights').store.indexNames].sort()).toEqual(['byMeeting', 'byUrl']);
    v2.close();
  });

  it('opens at the latest version by default', async () => {
    const name = uniqueDbName();
    (await openNotesDb(name)).close();
    const raw = await openDB(name);
    expect(raw.version).toBe(NOTES_DB_VERSION);
    raw.close();
  });
});
