/**
 * The JSON answers behind meeting portals (Legistar web API, PrimeGov, CivicClerk, eSCRIBE).
 * They are not pages the content script sees, but `cli detect`/`extract` are given them: they
 * list meetings and never hold one meeting's items.
 */
import { hostEndsWith } from './dom';
import { detection, type Detection } from './types';

type JsonRecord = Record<string, unknown>;

function firstRecord(data: unknown): JsonRecord | undefined {
  const list = Array.isArray(data) ? data : rowsOf(data);
  const first: unknown = list?.[0];
  return first && typeof first === 'object' ? (first as JsonRecord) : undefined;
}

/** OData wraps rows in "value", ASP.NET page methods in "d". */
function rowsOf(data: unknown): unknown[] | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { value, d } = data as JsonRecord;
  return Array.isArray(value) ? value : Array.isArray(d) ? d : undefined;
}

const has = (row: JsonRecord | undefined, ...keys: string[]) =>
  Boolean(row && keys.every((key) => key in row));

export function detectJsonFeed(url: URL, data: unknown): Detection {
  const row = firstRecord(data);
  if (hostEndsWith(url, 'legistar.com')) {
    const isEvents = Object.keys(row ?? {}).some((key) => key.startsWith('Event'));
    return isEvents
      ? detection('legistar', 'meeting-list', 0.85, 'Legistar web API events')
      : detection('legistar', 'other', 0.8, 'Legistar web API records that are not meetings');
  }
  if (has(row, 'dateTime', 'documentList'))
    return detection('primegov', 'meeting-list', 0.85, 'PrimeGov meetings (dateTime, documentList)');
  if (has(row, 'eventName', 'eventDate') || has(row, 'eventName', 'agendaId')) {
    return detection('civicclerk', 'meeting-list', 0.85, 'CivicClerk events (eventName)');
  }
  if (has(row, 'MeetingName', 'StartDate'))
    return detection('escribe', 'meeting-list', 0.85, 'eSCRIBE calendar meetings');
  if (row && Object.keys(row).some((key) => /meeting.?date|start.?date/i.test(key))) {
    return detection('generic', 'meeting-list', 0.5, 'JSON rows with meeting dates');
  }
  return detection('none', 'other', 0.8, 'JSON without meeting rows');
}
