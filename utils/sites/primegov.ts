/**
 * PrimeGov (Granicus): https://lacity.primegov.com/public/portal lists meetings;
 * /Portal/Meeting?meetingTemplateId=… is one meeting's HTML agenda.
 */
import type { ExtractResult } from '../model/record';
import { hostEndsWith } from './dom';
import { noRecords } from './results';
import { detection, type Detection } from './types';

export const PRIMEGOV_MEETING_TABLES = '#upcomingMeetingsTable, #archivedMeetingsTable, .meeting_title';
export const PRIMEGOV_AGENDA_ITEM = '.agenda-item, .meeting-item';

export function isPrimeGovUrl(url: URL): boolean {
  return hostEndsWith(url, 'primegov.com');
}

export function detectPrimeGov(url: URL, doc: Document): Detection | null {
  if (!isPrimeGovUrl(url)) return null;
  const path = url.pathname.toLowerCase();
  if (path.startsWith('/portal/meeting') && doc.querySelector(PRIMEGOV_AGENDA_ITEM)) {
    return detection('primegov', 'agenda', 0.8, 'PrimeGov meeting agenda');
  }
  if (doc.querySelector(PRIMEGOV_MEETING_TABLES))
    return detection('primegov', 'meeting-list', 0.85, 'PrimeGov meeting tables');
  return detection('primegov', 'other', 0.6, 'PrimeGov page that is not a meeting');
}

/** PrimeGov agendas are compiled documents; their HTML falls to the generic reader. */
export function extractPrimeGov(doc: Document, url: URL): ExtractResult {
  return noRecords(detectPrimeGov(url, doc), 'PrimeGov');
}
