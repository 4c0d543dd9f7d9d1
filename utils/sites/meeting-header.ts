import { parseDate, parseTime } from './text-rules';

export interface MeetingHeader {
  committee: string;
  date: string;
  time?: string;
  cancelled?: boolean;
}

const CANCELLED = /[,\s-]*\b(?:cancell?ed|postponed)\b[.\s]*/i;
/** A clock time: "10:00", "9.30 am", "7pm" (a bare number is not one). */
const CLOCK = String.raw`\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?\s?m\b\.?)?|\s*[ap]\.?\s?m\b\.?)`;
const TIME_ONLY = new RegExp(`^(?:at\\s+)?${CLOCK}$`, 'i');
/** "Board Retreat @ 9:30 a.m.": a time closing a meeting's name. */
const TRAILING_TIME = new RegExp(`\\s*(?:@|\\bat\\b)\\s*${CLOCK}.*$`, 'i');
/** Page titles such as "Agenda for Planning Committee on Wednesday 18 November 2025, 7:30 pm - Modern Council". */
const TITLE_FORM =
  /^(?:agenda|minutes|decisions?|meeting)\s+(?:for|of)\s+(.+?)\s+on\s+(.+?)(?:\s+-\s+[^-]+)?$/i;

/**
 * Committee, date and time from a one-line meeting heading, in any of the orders the platforms
 * print: "Committee - Wednesday 18 November 2025 7:30 pm", "18/11/2025 - Committee",
 * "Agenda for Committee on 18 November 2025". Null when no part of the line is a date.
 */
export function meetingHeader(line: string): MeetingHeader | null {
  const cancelled = CANCELLED.test(line);
  const text = line.replace(CANCELLED, ' ').trim();
  const titled = text.match(TITLE_FORM);
  const parts = titled ? [titled[1]!, titled[2]!] : text.split(/\s+[-–]\s+/);
  const dateIndex = parts.findIndex((part) => parseDate(part));
  if (dateIndex < 0) return null;
  const dateText = parts[dateIndex]!;
  // Times printed apart ("3 Aug 2026 - 10:00", "@ 9:30 a.m. - 12:00 p.m.") belong to the date, not the name.
  const names = parts.filter((part, index) => index !== dateIndex && !TIME_ONLY.test(part));
  const committee = names.join(' - ').replace(TRAILING_TIME, '').trim();
  if (!committee) return null;
  const header: MeetingHeader = { committee, date: parseDate(dateText)! };
  const time =
    parseTime(dateText) ??
    parseTime(names.join(' ')) ??
    parseTime(parts.filter((part) => TIME_ONLY.test(part)).join(' '));
  if (time) header.time = time;
  if (cancelled) header.cancelled = true;
  return header;
}
