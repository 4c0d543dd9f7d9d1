/**
 * Granicus IQM2 ("Meeting Portal"): https://atlantacityga.iqm2.com/Citizens/Calendar.aspx.
 * Meeting lists are div.MeetingRow; an agenda is Aspose-generated HTML whose items are
 * links to javascript:loadAgendaItem(id, isSection).
 */
import type { ExtractResult, Item, MeetingRecord } from '../model/record';
import { cleanTitle, hostEndsWith, pageName, textOf } from './dom';
import { noRecords } from './results';
import { parseDate } from './text-rules';
import { detection, type Detection } from './types';

export const IQM2_MEETING_ROW = '.MeetingRow';
export const IQM2_MEETING_LINK = 'a[href*="Detail_Meeting.aspx" i]';
export const IQM2_AGENDA_ITEM = 'a[href^="javascript:loadAgendaItem("]';
/** The first paragraphs hold the heading "Council Agenda For September 16, 2019". */
const HEADING_SEARCH_LIMIT = 40;
const HEADING = /^(.*?)\s*\b(agenda|minutes)\s+(?:for|of)\s+(.+)$/i;

export function isIqm2Url(url: URL): boolean {
  return hostEndsWith(url, 'iqm2.com');
}

export function detectIqm2(url: URL, doc: Document): Detection | null {
  const onIqm2 = isIqm2Url(url);
  if (
    doc.querySelector(IQM2_AGENDA_ITEM) &&
    (onIqm2 || doc.querySelector('meta[name="generator" i][content^="Aspose" i]'))
  ) {
    return detection('iqm2', 'agenda', 0.85, 'IQM2 agenda with loadAgendaItem links');
  }
  if (doc.querySelector(IQM2_MEETING_ROW) && doc.querySelector(IQM2_MEETING_LINK)) {
    return detection('iqm2', 'meeting-list', 0.85, 'IQM2 meeting rows linking to Detail_Meeting.aspx');
  }
  if (!onIqm2) return null;
  if (pageName(url) === 'detail_meeting.aspx')
    return detection('iqm2', 'agenda', 0.6, 'IQM2 Detail_Meeting.aspx');
  return detection('iqm2', 'other', 0.6, 'IQM2 page that is not a meeting');
}

export function extractIqm2(doc: Document, url: URL): ExtractResult {
  const found = detectIqm2(url, doc);
  if (found?.kind !== 'agenda') return noRecords(found, 'IQM2');
  const heading = findHeading(doc);
  if (!heading) return { records: [], warnings: ['IQM2 agenda: no "… Agenda For <date>" heading'] };
  const items = Array.from(doc.querySelectorAll(IQM2_AGENDA_ITEM))
    .filter((link) => /,\s*false\s*\)/.test(link.getAttribute('href') ?? ''))
    .map(readItem);
  const record: MeetingRecord = { role: heading.role, meeting: { ...heading.meeting, url: url.href }, items };
  return { records: [record], warnings: [] };
}

function findHeading(
  doc: Document,
): { role: 'agenda' | 'minutes'; meeting: MeetingRecord['meeting'] } | null {
  for (const paragraph of Array.from(doc.querySelectorAll('p')).slice(0, HEADING_SEARCH_LIMIT)) {
    const match = textOf(paragraph).match(HEADING);
    const date = match && parseDate(match[3]!);
    if (match && date) {
      const role = match[2]!.toLowerCase() === 'minutes' ? 'minutes' : 'agenda';
      if (match[1]) return { role, meeting: { committee: match[1], date } };
    }
  }
  return null;
}

/** Items sit in a two-cell row: the printed number, then the linked title. */
function readItem(link: Element): Item {
  const row = link.closest('tr');
  const number = textOf(row?.querySelector('td')).replace(/\.$/, '');
  return { number, title: cleanTitle(textOf(link)), decisions: [], actions: [] };
}
