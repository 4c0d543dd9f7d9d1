/**
 * Council sites on no known platform: a page headed as an agenda or minutes, with a date and
 * numbered items, or a page of links to many agendas and minutes. Conservative: anything that
 * looks like search, people, services or a calendar is left alone.
 */
import type { ExtractResult, Item, MeetingRecord } from '../model/record';
import { blockTextOf, textOf } from './dom';
import { meetingHeader } from './meeting-header';
import { noRecords } from './results';
import { itemFromWords } from './items';
import { detection, type Detection } from './types';

export const GENERIC_HEADING = 'h1';
export const GENERIC_ITEM_HEADINGS = 'h2, h3, h4';
export const GENERIC_LIST_ITEMS = 'ol > li';

/** Pages that mention meetings without being one: search, people, services, calendars. */
const NOT_A_MEETING =
  /\b(?:search|results|councillors?|members|bins?|refuse|recycling|waste|collections?|calendar|events?|news|jobs)\b/i;
const MEETING_PAPERS = /\b(?:agenda|minutes)\b/i;
const SPEAKS_OF_MEETINGS =
  /\b(?:meetings?|agendas?|minutes|committees?|council|board|commission|cabinet|assembly)\b/i;
const MEETING_PATH = /agenda|minute|meeting|committee|council/i;
const MEETING_DETAIL_LINKS = 'a[href*="/meetings/detail" i], a[href*="/meeting/detail" i]';
/** "18 November 2025", "November 18, 2025", "18/11/2025": enough to say a heading carries a date. */
const LOOKS_DATED =
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/i;
/** "7.", "7)", "7a." or "Item 7" at the start of a heading. */
const NUMBERED = /^(?:item\s+)?(\d{1,3}[a-z]?)[.):]?\s+(\S.*)$/i;
const MIN_ITEMS = 3;
const MIN_DOCUMENT_LINKS = 4;
/** Links to a meeting's papers: "Agenda", "Minutes PDF", "01/14/26 Agenda", …/MEET-Agenda-….pdf, …?MinutesMeetingID=. */
const PAPER_LINK_TEXT =
  /^\s*(?:(?:download|view)\s+(?:the\s+)?)?(?:agenda|minutes)\b|\b(?:agenda|minutes)\s*$/i;
const PAPER_LINK_HREF = /(?:agenda|minutes)[^/]*(?:\.(?:pdf|docx?|html?|jsp)\b|[?&][a-z]*id=)/i;
const MEETING_DETAIL_PATH = /\/meetings?\/(?:details?|view)\/[\w-]+/i;

export function detectGeneric(url: URL, doc: Document): Detection | null {
  const heading = `${textOf(doc.querySelector('title'))} | ${textOf(doc.querySelector(GENERIC_HEADING))}`;
  if (MEETING_PAPERS.test(heading) && LOOKS_DATED.test(heading) && !NOT_A_MEETING.test(heading)) {
    const kind = /\bminutes\b/i.test(heading) ? 'minutes' : 'agenda';
    if (numberedItems(doc).length >= MIN_ITEMS)
      return detection('generic', kind, 0.6, `dated ${kind} heading with numbered items`);
  }
  // Only pages that speak of meetings are worth a walk over their links: most of the web is not.
  const speaks = SPEAKS_OF_MEETINGS.test(heading) || MEETING_PATH.test(url.pathname);
  if (NOT_A_MEETING.test(heading) || !speaks) return null;
  const paperLinks = countPaperLinks(doc);
  if ((/\bmeeting details?\b/i.test(heading) || MEETING_DETAIL_PATH.test(url.pathname)) && paperLinks > 0) {
    return detection('generic', 'agenda', 0.5, 'meeting detail page with agenda/minutes links');
  }
  if (paperLinks >= MIN_DOCUMENT_LINKS) {
    // A committee's own page lists its meetings too; it is the committee's page all the same.
    const kind = /\bcommittee\b/i.test(heading) ? 'committee' : 'meeting-list';
    return detection('generic', kind, 0.6, `${paperLinks} agenda/minutes links`);
  }
  const detailLinks = /\bmeetings\b/i.test(heading) ? doc.querySelectorAll(MEETING_DETAIL_LINKS).length : 0;
  if (detailLinks >= 2) {
    return detection('generic', 'meeting-list', 0.5, 'meetings page linking to meeting details');
  }
  return null;
}

function countPaperLinks(doc: Document): number {
  let count = 0;
  for (const link of Array.from(doc.querySelectorAll('a[href]'))) {
    if (PAPER_LINK_HREF.test(link.getAttribute('href') ?? '') || PAPER_LINK_TEXT.test(link.textContent ?? ''))
      count++;
  }
  return count;
}

interface NumberedHeading {
  number: string;
  title: string;
  element: Element;
}

/** Headings or list entries that start with an item number. */
function numberedItems(doc: Document): NumberedHeading[] {
  const headings = Array.from(doc.querySelectorAll(GENERIC_ITEM_HEADINGS)).flatMap((element) => {
    const match = textOf(element).match(NUMBERED);
    return match ? [{ number: match[1]!, title: match[2]!, element }] : [];
  });
  if (headings.length >= MIN_ITEMS) return headings;
  return Array.from(doc.querySelectorAll(GENERIC_LIST_ITEMS)).map((element, index) => ({
    number: String(index + 1),
    title: firstLine(element),
    element,
  }));
}

function firstLine(element: Element): string {
  return blockTextOf(element).split('\n')[0] ?? '';
}

export function extractGeneric(doc: Document, url: URL): ExtractResult {
  const found = detectGeneric(url, doc);
  if (found?.kind !== 'agenda' && found?.kind !== 'minutes') return noRecords(found, 'generic');
  const header =
    meetingHeader(textOf(doc.querySelector(GENERIC_HEADING))) ??
    meetingHeader(textOf(doc.querySelector('title')));
  if (!header)
    return { records: [], warnings: ['generic meeting page: no committee and date in the heading'] };
  const items = numberedItems(doc).map(readItem);
  const warnings = items.length ? [] : ['generic meeting page: no numbered items'];
  const record: MeetingRecord = { role: found.kind, meeting: { ...header, url: url.href }, items };
  if (warnings.length) record.warnings = warnings;
  return { records: [record], warnings };
}

/** An item's words: a list entry's own text, or what follows a heading up to the next one. */
function readItem({ number, title, element }: NumberedHeading): Item {
  const body = element.matches('li')
    ? blockTextOf(element).split('\n').slice(1).join('\n')
    : textUntilNextHeading(element);
  return itemFromWords({ number, title, discussion: body });
}

function textUntilNextHeading(heading: Element): string {
  const lines: string[] = [];
  for (
    let next = heading.nextElementSibling;
    next && !next.matches(GENERIC_ITEM_HEADINGS);
    next = next.nextElementSibling
  ) {
    lines.push(blockTextOf(next));
  }
  return lines.filter(Boolean).join('\n');
}
