/**
 * ModernGov web service XML (mgWebService.asmx), e.g.
 * https://democracy.manchester.gov.uk/mgWebService.asmx/GetMeetings?lCommitteeId=144&sFromDate=…
 * GetMeetings lists a committee's meetings; GetMeeting holds one meeting's agenda items, with
 * item text and inline minutes escaped as HTML. Also read by the backfill of the linking layer.
 */
import type { DocumentLink, ExtractResult, Item, MeetingRecord } from '../model/record';
import { absoluteUrl, cleanTitle, htmlToText, textOf } from './dom';
import { noRecords } from './results';
import { itemFromWords } from './items';
import { parseDate, parseTime } from './text-rules';
import { detection, type Detection, type PageKind } from './types';

export const WS_AGENDA_ITEM = 'agendaitems > agendaitem';
export const WS_LIST_MEETING = 'committeemeetings > meeting';
/** ieListMeetings.aspx: each meeting is a link to ieListDocuments.aspx. */
export const MG_MEETING_LINK = 'a[href*="ieListDocuments.aspx" i]';

const ROOT_KINDS: Record<string, PageKind> = {
  getmeetings: 'meeting-list',
  committees: 'committee',
  councillorsbyward: 'other',
};

export function isModernGovWebServiceUrl(url: URL): boolean {
  return url.pathname.toLowerCase().includes('/mgwebservice.asmx');
}

export function detectModernGovWebService(url: URL, doc: Document): Detection | null {
  const root = doc.documentElement?.tagName.toLowerCase() ?? '';
  // A GetMeeting answer is recognisable on its own; the other roots are too plain without the URL.
  if (root === 'meeting' && doc.querySelector('meeting > meetingid')) return meetingKind(doc);
  if (!isModernGovWebServiceUrl(url)) return null;
  return detection('moderngov', ROOT_KINDS[root] ?? 'other', 0.85, `ModernGov web service <${root}>`);
}

function meetingKind(doc: Document): Detection {
  const minutes = textOf(doc.querySelector('meeting > minutepublished')).toLowerCase() === 'true';
  return detection('moderngov', minutes ? 'minutes' : 'agenda', 0.85, 'ModernGov web service GetMeeting');
}

export function extractModernGovWebService(doc: Document, url: URL): ExtractResult {
  const found = detectModernGovWebService(url, doc);
  if (found?.kind !== 'agenda' && found?.kind !== 'minutes') return noRecords(found, 'ModernGov web service');
  const warnings: string[] = [];
  const field = (name: string) => textOf(doc.querySelector(`meeting > ${name}`));
  const date = parseDate(field('meetingdate'));
  const items = Array.from(doc.querySelectorAll(WS_AGENDA_ITEM)).map((element) => readItem(element, url));
  const committee =
    textOf(doc.querySelector(`${WS_AGENDA_ITEM} > refertocommittee`)) || field('committeetitle');
  if (!date || !committee)
    return { records: [], warnings: ['ModernGov GetMeeting: no meeting date or committee'] };
  const meeting: MeetingRecord['meeting'] = { committee, date, url: url.href };
  const time = parseTime(field('meetingtime'));
  if (time) meeting.time = time;
  if (field('meetinglocation')) meeting.venue = field('meetinglocation');
  if (/cancel/i.test(field('meetingstatus'))) meeting.cancelled = true;
  if (!items.length && !meeting.cancelled)
    warnings.push('ModernGov GetMeeting: no agendaitems and not cancelled');
  const record: MeetingRecord = { role: found.kind, meeting, items: meeting.cancelled ? [] : items };
  if (warnings.length) record.warnings = warnings;
  return { records: [record], warnings };
}

function readItem(element: Element, base: URL): Item {
  const field = (name: string) => element.querySelector(`:scope > ${name}`)?.textContent ?? '';
  const agendaText = htmlToText(field('agendatext'));
  const minutes = htmlToText(field('minutesnonemptyhtmlbody'));
  const item = itemFromWords({
    number: cleanTitle(field('fulldisplaynumberformat')) || cleanTitle(field('agendaitemnumber')),
    title: field('agendaitemtitle'),
    discussion: minutes,
    description: agendaText,
  });
  const documents = linkedDocuments(element, base);
  if (documents.length) item.documents = documents;
  return item;
}

function linkedDocuments(element: Element, base: URL): DocumentLink[] {
  return Array.from(element.querySelectorAll('linkeddocuments > linkeddoc')).flatMap((doc) => {
    const url = absoluteUrl(textOf(doc.querySelector('url')), base);
    const title = cleanTitle(textOf(doc.querySelector('title')));
    return url && title ? [{ title, url }] : [];
  });
}

export interface ListedMeeting {
  meetingId: string;
  date: string;
  url: string;
  cancelled: boolean;
}

/**
 * The meetings a GetMeetings XML answer or an ieListMeetings.aspx page lists, for backfilling
 * the index. `baseUrl` is the ModernGov site (any page of it); meeting pages are built there.
 */
export function parseModernGovMeetingList(doc: Document, baseUrl: string): ListedMeeting[] {
  const base = new URL(baseUrl);
  return doc.querySelector(WS_LIST_MEETING) ? listFromXml(doc, base) : listFromPage(doc, base);
}

function listFromXml(doc: Document, base: URL): ListedMeeting[] {
  return Array.from(doc.querySelectorAll(WS_LIST_MEETING)).flatMap((meeting) => {
    const meetingId = textOf(meeting.querySelector('meetingid'));
    const date = parseDate(textOf(meeting.querySelector('meetingdate')));
    const committeeId = textOf(meeting.closest('committee')?.querySelector('committeeid'));
    if (!meetingId || !date) return [];
    const url = new URL(`ieListDocuments.aspx?CId=${committeeId}&MId=${meetingId}`, siteRoot(base)).href;
    return [
      { meetingId, date, url, cancelled: /cancel/i.test(textOf(meeting.querySelector('meetingstatus'))) },
    ];
  });
}

function listFromPage(doc: Document, base: URL): ListedMeeting[] {
  const seen = new Set<string>();
  return Array.from(doc.querySelectorAll(MG_MEETING_LINK)).flatMap((link) => {
    const href = absoluteUrl(link.getAttribute('href'), base);
    const meetingId = href
      ? (new URL(href).searchParams.get('MId') ?? new URL(href).searchParams.get('MID'))
      : null;
    const label = textOf(link);
    const date = parseDate(label);
    if (!href || !meetingId || !date || seen.has(meetingId)) return [];
    seen.add(meetingId);
    // ModernGov prints " - CANCELLED" after the link, inside the same list entry or row.
    const entry = textOf(link.closest('li, tr') ?? link);
    return [{ meetingId, date, url: href, cancelled: /\bcancell?ed\b/i.test(entry) }];
  });
}

/** The folder ModernGov pages live in: web service answers sit one level below it. */
function siteRoot(base: URL): URL {
  const root = new URL(base.href);
  root.pathname = root.pathname.replace(/\/mgWebService\.asmx\/.*$/i, '/').replace(/[^/]*$/, '');
  root.search = '';
  return root;
}
