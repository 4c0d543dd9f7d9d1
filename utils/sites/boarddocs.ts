/**
 * BoardDocs (Diligent), used by US school boards: https://go.boarddocs.com/mi/grps/Board.nsf/Public.
 * The public page is a shell filled by AJAX; a meeting arrives as the BD-GetMeeting fragment
 * (div#view-meeting with .meeting-name and .meeting-date). The XML export lists meetings.
 */
// Types only: a value import of the record module would bring zod into the content script.
import type { ExtractResult, Item, MeetingRecord } from '../model/record';
import { absoluteUrl, cleanTitle, hostEndsWith, textOf } from './dom';
import { meetingHeader } from './meeting-header';
import { noRecords } from './results';
import { parseDate } from './text-rules';
import { detection, type Detection } from './types';

export const BOARDDOCS_MEETING_NAME = '#view-meeting .meeting-name';
export const BOARDDOCS_MEETING_DATE = '#view-meeting .meeting-date';
export const BOARDDOCS_XML_MEETING = 'meetings > meeting[bodyid]';

export function isBoardDocsUrl(url: URL): boolean {
  return hostEndsWith(url, 'boarddocs.com');
}

export function detectBoardDocs(url: URL, doc: Document): Detection | null {
  const onBoardDocs = isBoardDocsUrl(url);
  if (doc.querySelector(BOARDDOCS_MEETING_NAME) && (onBoardDocs || doc.querySelector('#wrap-meeting'))) {
    return detection('boarddocs', 'agenda', 0.8, 'BoardDocs meeting view (#view-meeting)');
  }
  if (doc.querySelector(BOARDDOCS_XML_MEETING)) {
    return detection('boarddocs', 'meeting-list', 0.85, 'BoardDocs XML export of meetings');
  }
  return onBoardDocs ? detection('boarddocs', 'other', 0.6, 'BoardDocs page without an open meeting') : null;
}

/**
 * The meeting fragment names the meeting (its items load by a further request); the XML export
 * holds whole agendas, one record a meeting.
 */
export function extractBoardDocs(doc: Document, url: URL): ExtractResult {
  const found = detectBoardDocs(url, doc);
  if (found?.kind === 'meeting-list') return readExport(doc, url);
  if (found?.kind !== 'agenda') return noRecords(found, 'BoardDocs');
  const name = textOf(doc.querySelector(BOARDDOCS_MEETING_NAME));
  const header = meetingHeader(`${name} - ${textOf(doc.querySelector(BOARDDOCS_MEETING_DATE))}`);
  if (!header) return { records: [], warnings: ['BoardDocs meeting: no name or date'] };
  const warnings = ['BoardDocs meeting view: agenda items are not in this fragment (optional)'];
  return {
    records: [{ role: 'agenda', meeting: { ...header, url: url.href }, items: [], warnings }],
    warnings,
  };
}

/** "5.1 Retirements/Resignations": the printed number, then the title. */
const NUMBERED_NAME = /^(\d+(?:\.\d+)*[a-z]?)\.?\s+(.+)$/i;

function readExport(doc: Document, base: URL): ExtractResult {
  const records: MeetingRecord[] = [];
  const warnings: string[] = [];
  for (const meeting of Array.from(doc.querySelectorAll(BOARDDOCS_XML_MEETING))) {
    const date = parseDate(textOf(meeting.querySelector('start > date[format]')));
    const committee = meeting.getAttribute('bodyname') ?? '';
    if (!date || !committee) {
      warnings.push(
        `BoardDocs export: meeting ${meeting.getAttribute('id') ?? '?'} has no body name or date`,
      );
      continue;
    }
    const link = absoluteUrl(textOf(childNamed(meeting, 'link')), base);
    const items = Array.from(meeting.querySelectorAll('agendaitems > item')).map((item) =>
      exportItem(item, base),
    );
    // The body is the committee; the meeting's own name ("REGULAR BOARD MEETING") varies between meetings.
    records.push({ role: 'agenda', meeting: { committee, date, ...(link ? { url: link } : {}) }, items });
  }
  return { records, warnings };
}

function exportItem(element: Element, base: URL): Item {
  const name = textOf(childNamed(element, 'name'));
  const [, number = '', title = name] = name.match(NUMBERED_NAME) ?? [];
  const recommended = textOf(childNamed(element, 'recommendedaction'));
  const item: Item = {
    number,
    title: cleanTitle(title),
    decisions: recommended ? [{ text: recommended, kind: 'recommendation' }] : [],
    actions: [],
  };
  const link = absoluteUrl(textOf(childNamed(element, 'link')), base);
  if (link) item.url = link;
  return item;
}

/** A direct child by tag: <name> and <link> also occur deeper in the export. */
function childNamed(element: Element, tag: string): Element | undefined {
  return Array.from(element.children).find((child) => child.tagName.toLowerCase() === tag);
}
