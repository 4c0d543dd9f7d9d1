import type { MeetingRef } from '../model/record';
import { findDates, parseDateWithoutYear } from './dates';
import { collapseWhitespace } from './text';

/**
 * References to earlier meetings by date: "the minutes of the meeting held on 3 November 2025"
 * (kind 'minutes') or "following concern raised at its meeting on 1 September 2025" (kind
 * 'mention'). The linking layer uses them to tie an item to the meeting it follows up.
 */

/** How far before a date we look for the words that make it a meeting ("meeting held on"). */
const LOOK_BEHIND = 120;
const LOOK_AHEAD = 60;

/** "…meeting held on", "…meeting of the Cabinet on", "…meeting on": ends right before the date. */
const MEETING_BEFORE =
  /\bmeetings?\b[^.;]{0,80}?\b(?:on|of|dated)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?$/i;
/** "On 3 November 2025, the Committee received/considered …". */
const BODY_AFTER =
  /^,?\s+(?:the|this|its)\s+(?:\w+\s+){0,3}(?:committee|commission|cabinet|council|board|panel|forum)\s+(?:received|considered|agreed|resolved|noted|approved|discussed)\b/i;
/** Meetings yet to happen are not references to earlier ones. */
const FUTURE =
  /\b(?:next|future|forthcoming|scheduled|will\s+be|would\s+be|to\s+be\s+held|following\s+dates)\b/i;
const MINUTES = /\bminutes\b/i;

export interface FindRefsOptions {
  /** The citing meeting's date: refs must be earlier, and yearless dates resolve against it. */
  before?: string;
}

function quoteAround(text: string, start: number, end: number): string {
  // Search for the sentence's ends only within the windows: a text with many dates and no full
  // stop would otherwise be scanned to its ends for every date (quadratic on hostile pages).
  const windowStart = Math.max(0, start - LOOK_BEHIND);
  const from = windowStart + text.slice(windowStart, start).lastIndexOf('.') + 1;
  const stop = text.slice(end, end + LOOK_AHEAD).indexOf('.');
  const to = Math.min(text.length, stop < 0 ? end + LOOK_AHEAD : end + stop + 1);
  return collapseWhitespace(text.slice(from, to)).trim();
}

/** A meeting reference for the date at [start, end), or null when the words around it do not make it one. */
function refAt(text: string, iso: string, start: number, end: number): MeetingRef | null {
  const before = text.slice(Math.max(0, start - LOOK_BEHIND), start);
  const sentenceBefore = before.slice(before.lastIndexOf('.') + 1);
  const after = text.slice(end, end + LOOK_AHEAD);
  const isMeeting = MEETING_BEFORE.test(sentenceBefore) || BODY_AFTER.test(after);
  if (!isMeeting || FUTURE.test(sentenceBefore)) return null;
  const kind = MINUTES.test(sentenceBefore) ? 'minutes' : 'mention';
  return { date: iso, quote: quoteAround(text, start, end), kind };
}

/** Yearless dates ("held on Tuesday 6th May"), resolved against the citing meeting's date. */
function yearlessDates(text: string, before: string): { iso: string; index: number; length: number }[] {
  const hits = [];
  const pattern = /\b\d{1,2}(?:st|nd|rd|th)?\s{1,3}[A-Z][a-z]{2,8}\b(?!,?\s{1,3}\d{4})/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const iso = parseDateWithoutYear(m[0], before);
    if (iso) hits.push({ iso, index: m.index, length: m[0].length });
  }
  return hits;
}

/** References to earlier meetings in a text, one per date, in order of appearance. */
export function findMeetingRefs(text: string, options: FindRefsOptions = {}): MeetingRef[] {
  const hits = findDates(text);
  if (options.before) hits.push(...yearlessDates(text, options.before));
  const refs: MeetingRef[] = [];
  for (const hit of hits.sort((a, b) => a.index - b.index)) {
    if (options.before && hit.iso >= options.before) continue;
    const ref = refAt(text, hit.iso, hit.index, hit.index + hit.length);
    if (ref && !refs.some((r) => r.date === ref.date)) refs.push(ref);
  }
  return refs;
}
