import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openIndexDb } from '../../../utils/ext/index-db';
import { openLinkIndexStore } from '../../../utils/ext/link-index-store';
import { createLinksCache, forgetLinksOnChange } from '../../../utils/ext/links-cache';
import { indexSource, readPage, type PageLinks } from '../../../utils/ext/reading';
import type { Services } from '../../../utils/ext/services';
import { fingerprint } from '../../../utils/model/fingerprint';
import type { MeetingRecord } from '../../../utils/model/record';
import { twoDevices, type TestDevice } from '../sync/devices';

const running: TestDevice[] = [];
afterEach(() => running.splice(0).forEach((device) => device.notes.stop()));

const COMMITTEE = { council: 'Riverside Borough Council', committee: 'Health Scrutiny Committee' };

function minutes(date: string, title: string, decision: string, action?: string): MeetingRecord {
  return {
    role: 'minutes',
    meeting: { ...COMMITTEE, date },
    items: [
      {
        number: '5',
        title,
        decisions: [{ text: decision, kind: 'resolved' }],
        actions: action ? [{ text: action }] : [],
      },
    ],
  };
}

const AGENDA: MeetingRecord = {
  role: 'agenda',
  meeting: { ...COMMITTEE, date: '2026-01-12' },
  items: [{ number: '3', title: 'Occupational therapy waiting lists', decisions: [], actions: [] }],
};
const AGENDA_URL = 'https://a.gov.uk/ieListDocuments.aspx?MId=3';
const SEPTEMBER = minutes(
  '2025-09-15',
  'Occupational therapy waiting lists',
  'That the occupational therapy waiting list report be noted.',
  'The Director to report back on occupational therapy waiting lists in January.',
);
const NOVEMBER = minutes(
  '2025-11-10',
  'Occupational therapy waiting lists update',
  'That the occupational therapy waiting lists recovery plan be endorsed.',
);

let dbCount = 0;
async function services(): Promise<Services> {
  const index = await openIndexDb(`links-cache-test-${dbCount++}`);
  const links = await openLinkIndexStore(index);
  const { laptop } = await twoDevices(running);
  const linksCache = createLinksCache();
  forgetLinksOnChange(linksCache, laptop.notes, links);
  await links.caughtUp;
  await Promise.resolve();
  return { index, links, notes: laptop.notes, linksCache };
}

const read = (s: Services, url: string, records: MeetingRecord[]) =>
  readPage(s, url, records, fingerprint(JSON.stringify(records)));

const priorCount = (links: PageLinks | undefined) => links?.items[0]?.priorDecisions.length;

describe('links kept for a page read again', () => {
  it('keeps what reading the page gave, for the same records at the same address', async () => {
    const s = await services();
    await read(s, 'https://a.gov.uk/m1', [SEPTEMBER]);
    const links = await read(s, AGENDA_URL, [AGENDA]);
    expect(priorCount(links)).toBe(1);
    expect(s.linksCache.get(AGENDA_URL)).toEqual({ print: fingerprint(JSON.stringify([AGENDA])), links });
    expect(await read(s, AGENDA_URL, [AGENDA])).toEqual(links);
    expect(s.linksCache.get(AGENDA_URL)?.links).toEqual(links);
  });

  it("answers with each item's links, not the committee's whole list of outstanding actions", async () => {
    const s = await services();
    await read(s, 'https://a.gov.uk/m1', [SEPTEMBER]);
    const links = await read(s, AGENDA_URL, [AGENDA]);
    expect(links.items[0]!.openActions).toHaveLength(1); // the follow-up is on its item
    expect(links).not.toHaveProperty('outstanding');
  });

  it('forgets them when another page brings new minutes, which may link to this one', async () => {
    const s = await services();
    await read(s, 'https://a.gov.uk/m1', [SEPTEMBER]);
    await read(s, AGENDA_URL, [AGENDA]);
    await read(s, 'https://a.gov.uk/m2', [NOVEMBER]);
    expect(s.linksCache.get(AGENDA_URL)).toBeUndefined();
    expect(priorCount(await read(s, AGENDA_URL, [AGENDA]))).toBe(2);
  });

  it('forgets them when the page changed, and when a PDF is read', async () => {
    const s = await services();
    await read(s, 'https://a.gov.uk/m1', [SEPTEMBER]);
    await read(s, AGENDA_URL, [AGENDA]);
    const changed = { ...AGENDA, items: [{ ...AGENDA.items[0]!, title: 'Carers strategy' }] };
    await read(s, AGENDA_URL, [changed]);
    expect(s.linksCache.get(AGENDA_URL)?.print).toBe(fingerprint(JSON.stringify([changed])));
    await indexSource(s, 'https://a.gov.uk/pack.pdf', [NOVEMBER]);
    expect(s.linksCache.get(AGENDA_URL)).toBeUndefined();
  });

  it('forgets them when the user marks a follow-up, here or in another browser', async () => {
    const s = await services();
    await read(s, 'https://a.gov.uk/m1', [SEPTEMBER]);
    const links = await read(s, AGENDA_URL, [AGENDA]);
    const action = links.items[0]!.openActions[0]!;
    expect(action).toBeDefined();
    await s.notes.setFollowUpStatus(action.actionId, 'done', {
      actionId: action.actionId,
      text: action.text,
      committeeKey: 'c',
      meetingKey: 'm',
    });
    expect(s.linksCache.get(AGENDA_URL)).toBeUndefined();
    expect((await read(s, AGENDA_URL, [AGENDA])).items[0]!.openActions).toEqual([]);
  });

  it('keeps nothing without the overlay’s print, nor what was made across a change', async () => {
    const s = await services();
    await readPage(s, AGENDA_URL, [AGENDA]);
    expect(s.linksCache.get(AGENDA_URL)).toBeUndefined();
    const cache = createLinksCache(2);
    const made = cache.generation;
    cache.clear();
    cache.keep('a', { print: 'p', links: { meeting: AGENDA.meeting, items: [] } }, made);
    expect(cache.get('a')).toBeUndefined();
  });

  it('answers a page read again from them once its records are stored, without linking again', async () => {
    const s = await services();
    await read(s, 'https://a.gov.uk/m1', [SEPTEMBER]);
    const print = fingerprint(JSON.stringify([AGENDA]));
    const first = await read(s, AGENDA_URL, [AGENDA]);
    await vi.waitFor(() => expect(s.linksCache.settled(AGENDA_URL, print)).toBe(first));
    // The very object kept: nothing was linked again.
    expect(await read(s, AGENDA_URL, [AGENDA])).toBe(first);
    expect(s.linksCache.settled(AGENDA_URL, fingerprint(JSON.stringify([SEPTEMBER])))).toBeUndefined();
  });

  it('says links are settled only for the print stored, and forgets it with them', () => {
    const cache = createLinksCache(2);
    const links = { meeting: AGENDA.meeting, items: [] };
    cache.keep('a', { print: 'p', links }, cache.generation);
    expect(cache.settled('a', 'p')).toBeUndefined(); // not stored yet
    cache.markStored('a', 'other');
    expect(cache.settled('a', 'p')).toBeUndefined();
    cache.markStored('a', 'p');
    expect(cache.settled('a', 'p')).toBe(links);
    cache.keep('a', { print: 'p', links }, cache.generation); // read again, stored again later
    expect(cache.settled('a', 'p')).toBeUndefined();
    cache.markStored('a', 'p');
    cache.keep('b', { print: 'p', links }, cache.generation);
    cache.keep('c', { print: 'p', links }, cache.generation); // 'a' is dropped, and its mark
    cache.keep('a', { print: 'p', links }, cache.generation);
    expect(cache.settled('a', 'p')).toBeUndefined();
    cache.markStored('b', 'p');
    cache.clear();
    expect(cache.settled('b', 'p')).toBeUndefined();
  });

  it('keeps where the badges went with the links made from the same records, and only those', () => {
    const cache = createLinksCache(2);
    const links = { meeting: AGENDA.meeting, items: [] };
    const layout = [
      { number: '3', title: 'Occupational therapy', at: 12, tag: 'a', text: 'Occupational therapy' },
    ];
    cache.place('a', 'p', layout); // nothing kept yet: nothing to attach it to
    expect(cache.get('a')).toBeUndefined();
    cache.keep('a', { print: 'p', links }, cache.generation);
    cache.place('a', 'other print', layout); // the page changed since the overlay read it
    expect(cache.get('a')?.layout).toBeUndefined();
    cache.place('a', 'p', layout);
    expect(cache.get('a')?.layout).toBe(layout);
    // Linked again from the same records (the index changed, the page did not): same places.
    const relinked = { meeting: AGENDA.meeting, items: [] };
    cache.keep('a', { print: 'p', links: relinked }, cache.generation);
    expect(cache.get('a')).toEqual({ print: 'p', links: relinked, layout });
    // Other records, or a clearing: the places go with the links.
    cache.keep('a', { print: 'q', links }, cache.generation);
    expect(cache.get('a')?.layout).toBeUndefined();
    cache.place('a', 'q', layout);
    cache.clear();
    cache.keep('a', { print: 'q', links }, cache.generation);
    expect(cache.get('a')?.layout).toBeUndefined();
  });

  it('keeps the most recent pages only', () => {
    const cache = createLinksCache(2);
    const entry = { print: 'p', links: { meeting: AGENDA.meeting, items: [] } };
    for (const url of ['a', 'b', 'a', 'c']) cache.keep(url, entry, cache.generation);
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([true, false, true]);
  });
});
