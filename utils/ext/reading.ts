import { addRecords, linkAgenda, linkAgendaItems } from '../link';
import type { AgendaLinks } from '../model/links';
import { meetingKey } from '../model/keys';
import { mainRecord } from '../model/main-record';
import type { MeetingRecord } from '../model/record';
import { indexRecords, type IndexOutcome } from './index-db';
import { userStatuses } from './follow-ups';
import type { Services } from './services';

/**
 * What the overlay (and the viewer) gets back for a page: each item's links, and which of its
 * actions the user tracks. Not the committee's list of outstanding actions, which neither shows:
 * on the 100-item page it was 24 of the answer's 89 kB, serialised by the worker and copied by the
 * browser and the page before the badges (issue #8).
 */
export type PageLinks = Omit<AgendaLinks, 'outstanding'> & { meetingKey?: string; tracked?: string[] };

/**
 * The answer to page-read: the page's links, and the print of its records if it sent their text,
 * which the page gives back with its badges' layout, so that a first visit need not print them
 * itself (a loop over 35 kB of JSON on the 100-item page's main thread: 0.9 ms alone, issue #8).
 */
export type PageReadAnswer = PageLinks & { print?: string };

/** Give each record the page's URL where it has none, so links lead back to the source. */
function withSource(records: MeetingRecord[], url: string): MeetingRecord[] {
  return records.map((record) => ({
    ...record,
    meeting: { ...record.meeting, url: record.meeting.url ?? url },
  }));
}

/** Index what a page holds (idempotent by source and meeting), then link its main record. */
export async function readPage(
  services: Services,
  url: string,
  records: MeetingRecord[],
  print?: string,
): Promise<PageLinks> {
  const { linksCache } = services;
  // The same records at the same address, linked and stored since anything changed: the page was
  // only read again, and linking and storing its items again would take the CPU its first frame
  // needs (issue #8: a 100-item page's badges came 10-20 ms later while the worker did so).
  const settled = print && linksCache.settled(url, print);
  if (settled) return settled;
  // Records not seen before at this address change the index, and so maybe any page's links.
  // The print is the overlay's, of the records as it read them (a message arrives re-ordered).
  if (!print || linksCache.get(url)?.print !== print) linksCache.clear();
  const generation = linksCache.generation;
  const sourced = withSource(records, url);
  const statusesRead = userStatuses(services.notes); // read from disk while linking runs
  // Link from memory and answer; the database write starts after, so badges wait on neither.
  addRecords(services.links.index, sourced);
  const store = () =>
    indexRecords(services.index, sourced, { url }).then((outcome) => {
      if (outcome.changed) services.links.changed();
      if (print) linksCache.markStored(url, print);
    });
  const shown = mainRecord(sourced);
  if (!shown) {
    void statusesRead.catch(() => undefined); // not needed: nothing to link
    await store();
    return { meeting: { committee: '', date: '' }, items: [] };
  }
  const key = meetingKey(shown.meeting);
  const statuses = await statusesRead;
  const tracked = [...statuses.keys()].filter((id) => id.startsWith(`${key}#`));
  const { meeting, items } = linkAgendaItems(services.links.index, shown, statuses);
  const links: PageLinks = { meeting, items, meetingKey: key, tracked };
  if (print) linksCache.keep(url, { print, links }, generation);
  void store().catch((error: unknown) => console.error('Agenda Lens: could not store', url, error));
  return links;
}

/**
 * Index what a source holds and wait for it (a PDF read in the background: nobody waits on
 * badges, and the outcome must say whether it was stored). One transaction: all or nothing.
 */
export async function indexSource(
  services: Services,
  url: string,
  records: MeetingRecord[],
): Promise<IndexOutcome> {
  const sourced = withSource(records, url);
  const outcome = await indexRecords(services.index, sourced, { url });
  addRecords(services.links.index, sourced);
  services.linksCache.clear(); // after the link index changed: links kept before it are stale
  if (outcome.changed) services.links.changed();
  return outcome;
}

export async function linkRecord(services: Services, record: MeetingRecord): Promise<AgendaLinks> {
  return linkAgenda(services.links.index, record, await userStatuses(services.notes));
}
