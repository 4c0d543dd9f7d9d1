import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  clear,
  counts,
  getMeeting,
  importPack,
  indexRecords,
  listMeetings,
  loadOrRebuildLinkIndex,
  openIndexDb,
  persistLinkIndex,
  readAllRecords,
  readLinkIndex,
  saveLinkIndex,
  search,
} from '../../../utils/ext/index-db';
import { LINK_INDEX_KEY } from '../../../utils/ext/index-db/schema';
import { addRecords, createLinkIndex, linkAgenda, serialiseLinkIndex } from '../../../utils/link';
import { LINK_INDEX_FORMAT, LINK_INDEX_VERSION } from '../../../utils/link/serialise';
import { meetingKey } from '../../../utils/model/keys';
import { createPack } from '../../../utils/model/pack';
import { agenda, decided, minutes } from '../../fixtures/link/records';

let dbCount = 0;
const freshDb = () => openIndexDb(`index-test-${dbCount++}`);

const MAY = minutes('2025-05-06', [
  { number: '1', title: 'Apologies for absence' },
  {
    number: '2',
    title: 'Hospital discharge delays',
    ...decided('That the report on discharge delays be noted.', 'That figures by ward be circulated.'),
    actions: [{ text: 'Figures by ward to be circulated', owner: 'Director of Public Health' }],
  },
]);
const MAY_AGENDA = agenda('2025-05-06', [{ number: '2', title: 'Hospital discharge delays' }]);

describe('indexRecords', () => {
  it('stores a record that reads back the same', async () => {
    const db = await freshDb();
    await indexRecords(db, [MAY], { url: 'https://example.gov.uk/minutes' });
    expect(await getMeeting(db, meetingKey(MAY.meeting))).toEqual([MAY]);
    expect(await counts(db)).toEqual({ meetings: 1, items: 2, decisions: 2, actions: 1 });
  });

  it('never duplicates a page read again, changed or not', async () => {
    const db = await freshDb();
    const url = 'https://example.gov.uk/minutes';
    await indexRecords(db, [MAY], { url });
    expect(await indexRecords(db, [MAY], { url })).toEqual({ changed: false, meetings: 1 });
    const amended = { ...MAY, items: MAY.items.slice(1) };
    expect(await indexRecords(db, [amended], { url })).toEqual({ changed: true, meetings: 1 });
    expect(await counts(db)).toEqual({ meetings: 1, items: 1, decisions: 2, actions: 1 });
    // The same meeting from another source (an agenda pack's appendix) replaces, not adds.
    await indexRecords(db, [MAY], { url: 'https://example.gov.uk/pack.pdf' });
    expect(await counts(db)).toEqual({ meetings: 1, items: 2, decisions: 2, actions: 1 });
  });

  it('keeps the agenda and the minutes of one meeting side by side', async () => {
    const db = await freshDb();
    await indexRecords(db, [MAY_AGENDA, MAY], { url: 'https://example.gov.uk/pack.pdf' });
    const records = await getMeeting(db, meetingKey(MAY.meeting));
    expect(records.map((r) => r.role).sort()).toEqual(['agenda', 'minutes']);
  });

  it('drops the meetings a source no longer gives', async () => {
    const db = await freshDb();
    const url = 'https://example.gov.uk/page';
    await indexRecords(db, [MAY_AGENDA, MAY], { url });
    await indexRecords(db, [MAY], { url });
    expect((await listMeetings(db)).map((m) => m.role)).toEqual(['minutes']);
  });
});

describe('reading the index', () => {
  it('lists meetings newest first, by committee too', async () => {
    const db = await freshDb();
    const june = minutes('2025-06-10', [{ number: '9', title: 'Libraries' }]);
    await indexRecords(db, [MAY, june], { url: 'u' });
    const all = await listMeetings(db);
    expect(all.map((m) => m.date)).toEqual(['2025-06-10', '2025-05-06']);
    expect(await listMeetings(db, all[0]!.committeeKey)).toHaveLength(2);
    expect(await listMeetings(db, 'other|committee')).toEqual([]);
  });

  it('searches titles and decisions, every word required', async () => {
    const db = await freshDb();
    await indexRecords(db, [MAY], { url: 'u' });
    expect((await search(db, 'discharge delays')).map((h) => h.number)).toEqual(['2']);
    expect((await search(db, 'ward figures'))[0]).toMatchObject({
      number: '2',
      decision: expect.stringContaining('ward'),
    });
    expect(await search(db, 'discharge libraries')).toEqual([]);
  });

  it('reads every record back for a rebuild', async () => {
    const db = await freshDb();
    await indexRecords(db, [MAY_AGENDA, MAY], { url: 'u' });
    expect(await readAllRecords(db)).toEqual(expect.arrayContaining([MAY, MAY_AGENDA]));
  });

  it('stores the link index and clears everything', async () => {
    const db = await freshDb();
    await indexRecords(db, [MAY], { url: 'u' });
    const stored = serialiseLinkIndex(createLinkIndex());
    await saveLinkIndex(db, stored);
    expect(await readLinkIndex(db)).toEqual(stored);
    await clear(db);
    expect(await counts(db)).toEqual({ meetings: 0, items: 0, decisions: 0, actions: 0 });
    expect(await readLinkIndex(db)).toBeUndefined();
  });
});

describe('loadOrRebuildLinkIndex', () => {
  const JUNE = agenda('2025-06-01', [{ number: '4', title: 'Hospital discharge delays' }]);
  const linkedMinutes = (index: Awaited<ReturnType<typeof loadOrRebuildLinkIndex>>) =>
    linkAgenda(index, JUNE).items[0]!.priorDecisions.map((p) => p.minute);

  it('rebuilds from the stored records when no link index is stored, and stores it', async () => {
    const db = await freshDb();
    await indexRecords(db, [MAY], { url: 'u' });
    expect(linkedMinutes(await loadOrRebuildLinkIndex(db))).toEqual(['2']);
    expect(await readLinkIndex(db)).toMatchObject({
      format: LINK_INDEX_FORMAT,
      version: LINK_INDEX_VERSION,
    });
  });

  it('loads the stored link index on a cold start, and rebuilds one of another version', async () => {
    const db = await freshDb();
    const index = createLinkIndex();
    addRecords(index, [MAY]);
    await persistLinkIndex(db, index);
    expect(linkedMinutes(await loadOrRebuildLinkIndex(db))).toEqual(['2']);
    await saveLinkIndex(db, { ...serialiseLinkIndex(index), version: 0 });
    // Rebuilt from the records, and there are none: the stored index of version 0 was not read.
    expect(linkedMinutes(await loadOrRebuildLinkIndex(db))).toEqual([]);
  });

  it('rebuilds from the records, and stores anew, an index stored by version 2 (MiniSearch JSON)', async () => {
    const db = await freshDb();
    await indexRecords(db, [MAY], { url: 'u' });
    // As version 2 stored it: one JSON string, here with nothing indexed, so trusting it finds nothing.
    const version2 = {
      format: LINK_INDEX_FORMAT,
      version: 2,
      search: {},
      meetings: [],
      docs: [],
      actions: [],
    };
    await db.put('linkIndex', JSON.stringify(version2), LINK_INDEX_KEY);
    expect(linkedMinutes(await loadOrRebuildLinkIndex(db))).toEqual(['2']);
    expect(await readLinkIndex(db)).toMatchObject({ version: LINK_INDEX_VERSION });
    expect(linkedMinutes(await loadOrRebuildLinkIndex(db))).toEqual(['2']);
  });
});

describe('importPack', () => {
  const source = {
    url: 'file:minutes.txt',
    readAt: '2025-07-01T10:00:00Z',
    contentHash: 'abc',
    records: [0, 1],
  };

  it('imports a valid pack', async () => {
    const db = await freshDb();
    const outcome = await importPack(db, createPack([MAY, MAY_AGENDA], [source], '2025-07-01T10:00:00Z'));
    expect(outcome).toEqual({ ok: true, meetings: 2, sources: 1 });
    expect((await counts(db)).meetings).toBe(2);
  });

  it('refuses a malformed pack, saying where, and touches nothing', async () => {
    const db = await freshDb();
    await indexRecords(db, [MAY], { url: 'u' });
    const before = await readAllRecords(db);
    const bad = createPack(
      [MAY, { ...MAY_AGENDA, meeting: { committee: 'X', date: '6 May' } }],
      [source],
      'now',
    );
    const outcome = await importPack(db, JSON.parse(JSON.stringify(bad)));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toContain('records[1].meeting.date');
    expect(await readAllRecords(db)).toEqual(before);
  });
});
