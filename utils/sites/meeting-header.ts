import { parseDate, parseTime } from './text-rules';

export interface MeetingHeader {
  committee: string;
  date: string;
  time?: string;
  cancelled?: boolean;
}

const CANCELLED = /[,\s-]*\b(?:cancell?ed|postponed)\b[.\s]*/i;
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
  const committee = parts
    .filter((_, index) => index !== dateIndex)
    .join(' - ')
    .trim();
  if (!committee) return null;
  const header: MeetingHeader = { committee, date: parseDate(parts[dateIndex]!)! };
  const time = parseTime(parts[dateIndex]!);
  if (time) header.time = time;
  if (cancelled) header.cancelled = true;
  return header;
}
