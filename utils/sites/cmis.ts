/**
 * CMIS (Civica, on DotNetNuke), used by some UK councils, e.g.
 * https://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/15028/Committee/6/Default.aspx.
 * Control ids carry the module name (MeetingCalendarPublicList, ViewMeetingPublic).
 */
import type { ExtractResult, MeetingRecord } from '../model/record';
import { textOf } from './dom';
import { meetingHeader } from './meeting-header';
import { packKindOfWords, packLinksIn, type PackLink } from './pack-links';
import { noRecords } from './results';
import { detection, type Detection } from './types';

export const CMIS_MODULE = '.ModCMISMeetingsC, .CMIS_ModuleWrapper, [id*="_CMIS"]';
export const CMIS_MEETING_COMMITTEE = '.Value.Committee';
export const CMIS_MEETING_DATE = '.Value.DateTime';
export const CMIS_VALUE_HOLDER = '.holder';
export const CMIS_CALENDAR = '[id*="MeetingCalendarPublic"]';
/** Every CMIS document is served by Document.ashx?<opaque key>: only the link words tell them apart. */
export const CMIS_DOCUMENT = { candidates: 'a[href*="Document.ashx" i]', href: /Document\.ashx\?/i };

/** CMIS lives on *.cmis.uk.com or under a /cmis… path of the council's host. */
export function isCmisUrl(url: URL): boolean {
  return /(?:^|\.)cmis\./i.test(url.hostname) || /\/cmis\d*\//i.test(url.pathname);
}

export function detectCmis(url: URL, doc: Document): Detection | null {
  const path = url.pathname.toLowerCase();
  const onCmis = isCmisUrl(url);
  if (!onCmis && !doc.querySelector(CMIS_MODULE)) return null;
  if (path.includes('viewmeetingpublic') || doc.querySelector(CMIS_MEETING_COMMITTEE)) {
    return doc.querySelector(CMIS_MEETING_COMMITTEE)
      ? detection('cmis', 'agenda', 0.85, 'CMIS meeting details (Committee and Date/Time fields)')
      : detection('cmis', 'other', 0.5, 'CMIS meeting URL without meeting details');
  }
  if (path.includes('meetingcalendar') || doc.querySelector(CMIS_CALENDAR)) {
    return detection('cmis', 'meeting-list', 0.85, 'CMIS meeting calendar');
  }
  return onCmis ? detection('cmis', 'other', 0.7, 'CMIS page that is not a meeting') : null;
}

export function extractCmis(doc: Document, url: URL): ExtractResult {
  const found = detectCmis(url, doc);
  if (found?.kind !== 'agenda') return noRecords(found, 'CMIS');
  const committee = textOf(doc.querySelector(CMIS_MEETING_COMMITTEE));
  const header = meetingHeader(`${committee} - ${textOf(doc.querySelector(CMIS_MEETING_DATE))}`);
  if (!header) return { records: [], warnings: ['CMIS meeting details: no committee or date'] };
  const warnings = ['CMIS meeting summary: items are on the agenda tab, not this page (optional)'];
  const meeting: MeetingRecord['meeting'] = { ...header, url: url.href };
  const status = labelledValue(doc, /^status/i);
  if (status && /cancel/i.test(status)) meeting.cancelled = true;
  const venue = labelledValue(doc, /^venue/i);
  if (venue) meeting.venue = venue;
  const record: MeetingRecord = { role: 'agenda', meeting, items: [], warnings };
  return { records: [record], warnings };
}

/** Agenda packs and minutes among a meeting's documents, named by their link words (or title). */
export function findCmisPacks(doc: Document, url: URL): PackLink[] {
  return packLinksIn(doc, url, CMIS_DOCUMENT, (words) =>
    packKindOfWords(words.replace(/^Open Document\s*/i, '')),
  );
}

/** CMIS prints each field as a .holder with a label div and a .Value div. */
function labelledValue(doc: Document, label: RegExp): string | undefined {
  for (const holder of Array.from(doc.querySelectorAll(CMIS_VALUE_HOLDER))) {
    const labelText = textOf(holder.querySelector('label'));
    if (!label.test(labelText)) continue;
    const value = Array.from(holder.children).find((child) => child.classList.contains('Value'));
    return textOf(value) || undefined;
  }
  return undefined;
}
