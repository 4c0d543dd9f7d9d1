import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { indexRecords, openIndexDb, persistLinkIndex } from '../../../utils/ext/index-db';
import { LINK_INDEX_KEY } from '../../../utils/ext/index-db/schema';
import { openLinkIndexStore } from '../../../utils/ext/link-index-store';
import type { MeetingRecord } from '../../../utils/model/record';

let dbCount = 0;
const freshDb = () => openIndexDb(`link-store-test-${dbCount++}`);

function minutes(date: string, title: string, decision: string): MeetingRecord {
  return {
    role: 'minutes',
    meeting: { council: 'Riverside Borough Council', committee: 'Health Scrutiny Committee', date },
    items: [{ number: '5', title, decisions: [{ text: decision, kind: 'resolved' }], actions: [] }],
  };
}

const SEPTEMBER = minutes(
  '2025-09-15',
  'Occupational therapy waiting lists',
  'That the waiting list report be noted.',
);
const NOVEMBER = minutes('2025-11-10', 'Carers strategy refresh', 'That the carers strategy be endorsed.');

describe('the link index kept across service-worker restarts', () => {
  it('builds the index from the stored records on a first start', async () => {
    const db = await freshDb();
    await indexRecords(db, [SEPTEMBER], { url: 'https://a.gov.uk/1' });
    const store = await openLinkIndexStore(db);
    expect(store.index.meetings.size).toBe(1);
  });

  it('catches up with pages read after the last save (a worker stopped before saving)', async () => {
    const db = await freshDb();
    await indexRecords(db, [SEPTEMBER], { url: 'https://a.gov.uk/1' });
    const first = await openLinkIndexStore(db);
    await first.flush();
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Read by a worker that was stopped before its debounced save.
    await indexRecords(db, [NOVEMBER], { url: 'https://a.gov.uk/2' });
    const restarted = await openLinkIndexStore(db);
    await restarted.caughtUp;
    expect([...restarted.index.meetings.values()].map((m) => m.date).sort()).toEqual([
      '2025-09-15',
      '2025-11-10',
    ]);
  });

  it('rebuilds from the records when the saved index is unreadable', async () => {
    const db = await freshDb();
    await indexRecords(db, [SEPTEMBER, NOVEMBER], { url: 'https://a.gov.uk/1' });
    await db.put('linkIndex', '{not json', LINK_INDEX_KEY);
    const store = await openLinkIndexStore(db);
    expect(store.index.meetings.size).toBe(2);
  });

  it('loads a saved index without reading the records again', async () => {
    const db = await freshDb();
    const first = await openLinkIndexStore(db);
    await indexRecords(db, [SEPTEMBER], { url: 'https://a.gov.uk/1' });
    // Saved with nothing in it: a reload that trusted the records would find one meeting.
    await persistLinkIndex(db, first.index);
    await db.put('linkIndex', String(Date.now() + 60_000), 'savedAt');
    expect((await openLinkIndexStore(db)).index.meetings.size).toBe(0);
  });
});
