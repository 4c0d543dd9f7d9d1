/**
 * eSCRIBE: https://pub-detroitmi.escribemeetings.com/Meetings.aspx lists meetings;
 * Meeting.aspx?Id=…&Agenda=Agenda shows one meeting's items (div.AgendaItem…).
 */
import type { ExtractResult, Item, MeetingRecord } from '../model/record';
import { blockTextOf, hostEndsWith, pageName, textOf } from './dom';
import { meetingHeader } from './meeting-header';
import { noRecords } from './results';
import { itemFromWords } from './items';
import { detection, type Detection } from './types';

export const ESCRIBE_MEETING_LIST = '.MeetingListPast, .MeetingListFuture, .MeetingTypeContainer';
export const ESCRIBE_AGENDA_ITEM = '.AgendaItem';
export const ESCRIBE_ITEM_COUNTER = '.AgendaItemCounter';
export const ESCRIBE_ITEM_TITLE = '.AgendaItemTitle';
export const ESCRIBE_ITEM_BODY = '.AgendaItemDescription, .AgendaItemMotions, .AgendaItemMinutes';
export const ESCRIBE_MEETING_TITLE = '.AgendaHeaderTitle, .MeetingTitle';
export const ESCRIBE_MEETING_DATE = '.AgendaHeaderDate, .MeetingDate';

export function isEscribeUrl(url: URL): boolean {
  return hostEndsWith(url, 'escribemeetings.com');
}

export function detectEscribe(url: URL, doc: Document): Detection | null {
  if (!isEscribeUrl(url)) return null;
  const name = pageName(url);
  if (name === 'meeting.aspx' && doc.querySelector(ESCRIBE_AGENDA_ITEM)) {
    return detection('escribe', 'agenda', 0.85, 'eSCRIBE Meeting.aspx with agenda items');
  }
  if (doc.querySelector(ESCRIBE_MEETING_LIST) || name === 'meetings.aspx') {
    return detection('escribe', 'meeting-list', 0.85, 'eSCRIBE meeting list');
  }
  return detection('escribe', 'other', 0.6, 'eSCRIBE page that is not a meeting');
}

export function extractEscribe(doc: Document, url: URL): ExtractResult {
  const found = detectEscribe(url, doc);
  if (found?.kind !== 'agenda') return noRecords(found, 'eSCRIBE');
  const title = textOf(doc.querySelector(ESCRIBE_MEETING_TITLE));
  const header = meetingHeader(`${title} - ${textOf(doc.querySelector(ESCRIBE_MEETING_DATE))}`);
  if (!header) return { records: [], warnings: ['eSCRIBE meeting: no title or date'] };
  const items = Array.from(doc.querySelectorAll(ESCRIBE_AGENDA_ITEM)).map(readItem);
  const role = items.some((item) => item.decisions.length) ? 'minutes' : 'agenda';
  const record: MeetingRecord = { role, meeting: { ...header, url: url.href }, items };
  return { records: [record], warnings: [] };
}

function readItem(element: Element): Item {
  const body = Array.from(element.querySelectorAll(ESCRIBE_ITEM_BODY)).map(blockTextOf).join('\n');
  return itemFromWords({
    number: textOf(element.querySelector(ESCRIBE_ITEM_COUNTER)).replace(/\.$/, ''),
    title: textOf(element.querySelector(ESCRIBE_ITEM_TITLE)),
    discussion: body,
  });
}
