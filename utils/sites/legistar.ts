/**
 * Legistar (Granicus), used by US cities and counties: https://chicago.legistar.com/Calendar.aspx.
 * ASP.NET pages with Telerik grids; ids are ctl00_ContentPlaceHolder1_<control>.
 */
import type { ExtractResult, Item, MeetingRecord } from '../model/record';
import { absoluteUrl, cleanTitle, hostEndsWith, pageName, textOf } from './dom';
import { meetingHeader } from './meeting-header';
import { packLinksIn, type PackKind, type PackLink } from './pack-links';
import { noRecords } from './results';
import { detection, type Detection, type PageKind } from './types';

export const LEGISTAR_CALENDAR_GRID =
  '#ctl00_ContentPlaceHolder1_gridCalendar, #ctl00_ContentPlaceHolder1_gridUpcomingMeetings';
export const LEGISTAR_MEETING_GRID = '#ctl00_ContentPlaceHolder1_gridMain';
export const LEGISTAR_MEETING_NAME = '#ctl00_ContentPlaceHolder1_hypName';
export const LEGISTAR_MEETING_DATE = '#ctl00_ContentPlaceHolder1_lblDate';
export const LEGISTAR_MEETING_TIME = '#ctl00_ContentPlaceHolder1_lblTime';
export const LEGISTAR_MEETING_LOCATION = '#ctl00_ContentPlaceHolder1_lblLocation';
export const LEGISTAR_MEETING_LINK = 'a[href*="MeetingDetail.aspx"]';
/** A meeting's files are View.ashx?M=<mode>&ID=…: the mode says which paper it is. */
export const LEGISTAR_VIEW = { candidates: 'a[href*="View.ashx" i]', href: /View\.ashx\?/i };
/** Modes read; IC is an iCalendar entry, AADA/MADA accessible copies of A and M, F an item's attachment. */
const LEGISTAR_PACK_MODES: Record<string, PackKind> = {
  A: 'agenda',
  PA: 'agenda-pack',
  M: 'printed-minutes',
};

const PAGE_KINDS: Record<string, PageKind> = {
  'calendar.aspx': 'meeting-list',
  'departmentdetail.aspx': 'meeting-list',
  'meetingdetail.aspx': 'agenda',
};

/** *.legistar.com, or a council's or Granicus's legistar<n>.<host> (legistar.council.nyc.gov). */
export function isLegistarUrl(url: URL): boolean {
  return hostEndsWith(url, 'legistar.com') || /^legistar\d*\./i.test(url.hostname);
}

export function detectLegistar(url: URL, doc: Document): Detection | null {
  const onLegistar = isLegistarUrl(url);
  const grid = doc.querySelector(LEGISTAR_CALENDAR_GRID);
  if (!onLegistar && !(grid && doc.querySelector(LEGISTAR_MEETING_LINK))) return null;
  const kind = PAGE_KINDS[pageName(url)] ?? (grid ? 'meeting-list' : 'other');
  if (kind === 'agenda') {
    return doc.querySelector(LEGISTAR_MEETING_GRID)
      ? detection('legistar', 'agenda', 0.9, 'MeetingDetail.aspx with its agenda grid')
      : detection('legistar', 'other', 0.5, 'MeetingDetail.aspx without an agenda grid');
  }
  if (kind === 'meeting-list' && !grid)
    return detection('legistar', 'other', 0.6, 'Legistar page without a meeting grid');
  return detection(
    'legistar',
    kind,
    0.85,
    kind === 'meeting-list' ? 'Legistar meeting calendar grid' : `Legistar ${pageName(url)}`,
  );
}

export function extractLegistar(doc: Document, url: URL): ExtractResult {
  const found = detectLegistar(url, doc);
  if (found?.kind !== 'agenda') return noRecords(found, 'Legistar');
  const name = textOf(doc.querySelector(LEGISTAR_MEETING_NAME));
  const date = monthFirst(textOf(doc.querySelector(LEGISTAR_MEETING_DATE)));
  const header = meetingHeader(`${name} - ${date} ${textOf(doc.querySelector(LEGISTAR_MEETING_TIME))}`);
  if (!header) return { records: [], warnings: ['Legistar meeting: no meeting name or date'] };
  const meeting: MeetingRecord['meeting'] = { ...header, url: url.href };
  const venue = textOf(doc.querySelector(LEGISTAR_MEETING_LOCATION));
  if (venue) meeting.venue = venue;
  const items = readGrid(doc.querySelector(LEGISTAR_MEETING_GRID)!, url);
  const role = items.some((item) => item.decisions.length) ? 'minutes' : 'agenda';
  return { records: [{ role, meeting, items }], warnings: [] };
}

/** Legistar prints US dates ("3/10/2026" is 10 March); the shared date rules read numbers day first. */
/** The agenda, agenda packet and minutes of a meeting page (MeetingDetail.aspx). */
export function findLegistarPacks(doc: Document, url: URL): PackLink[] {
  return packLinksIn(doc, url, LEGISTAR_VIEW, (_words, link) => legistarPackKind(link));
}

export function legistarPackKind(link: URL): PackKind | null {
  const mode = [...link.searchParams].find(([key]) => key.toLowerCase() === 'm')?.[1] ?? '';
  return LEGISTAR_PACK_MODES[mode.toUpperCase()] ?? null;
}

function monthFirst(text: string): string {
  return text.replace(
    /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/,
    (_, month: string, day: string, year: string) =>
      `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`,
  );
}

/** Columns are found by their header text, which is the same on every Legistar site. */
function readGrid(grid: Element, base: URL): Item[] {
  const headers = Array.from(grid.querySelectorAll('thead th, tr.rgHeader th')).map((th) =>
    textOf(th).toLowerCase(),
  );
  const column = (name: string) => headers.findIndex((header) => header.startsWith(name));
  const [numberCol, titleCol, actionCol, resultCol, fileCol] = [
    'agenda #',
    'title',
    'action',
    'result',
    'file #',
  ].map(column);
  const items: Item[] = [];
  for (const row of Array.from(grid.querySelectorAll('tbody tr'))) {
    const cells = Array.from(row.querySelectorAll('td'));
    const cell = (index: number | undefined) =>
      index !== undefined && index >= 0 ? cells[index] : undefined;
    const title = cleanTitle(textOf(cell(titleCol)));
    if (!title) continue;
    // The grid's outcome is a word or two ("Adopted", "Pass"), not a clause to split.
    const outcome = [textOf(cell(actionCol)), textOf(cell(resultCol))].filter(Boolean).join(' – ');
    const file = cell(fileCol)?.querySelector('a[href]');
    const item: Item = {
      number: (textOf(cell(numberCol)) || textOf(file)).replace(/\.$/, ''),
      title,
      decisions: outcome ? [{ text: outcome }] : [],
      actions: [],
    };
    const fileUrl = absoluteUrl(file?.getAttribute('href'), base);
    if (fileUrl) item.url = fileUrl;
    items.push(item);
  }
  return items;
}
