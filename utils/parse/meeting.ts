import type { Meeting, Role } from '../model/record';
import { findDates, parseTime } from './dates';
import { isUpperCase, sentenceCase } from './text';

/**
 * Where a record starts and what meeting it is: the front sheet of an agenda ("MEETING OF THE
 * X", "Meeting: X", "DATE:", "PLACE:") or the head of a set of minutes ("Minutes of a meeting of
 * the X held at Y on <date>").
 */

export interface RecordStart {
  role: Role;
  /** First line of the header. */
  line: number;
  meeting: Partial<Meeting>;
}

/** How many lines after a cue the meeting's details may be spread over. */
const HEADER_SPAN = 14;
/** How far a "Present" list may come after the minutes heading. */
const PRESENT_SPAN = 40;

const MINUTES_CUE =
  /^(?:appendix\s{1,3}\w{1,3}\s{0,3}[-–—:]?\s{0,3})?minutes\s+of\b(?!\s+the\s+(?:previous|last)\b)/i;
const PRESENT =
  /^(?:p\s?r\s?e\s?s\s?e\s?n\s?t|members\s+present|in\s+attendance|attendance|councillors\s+present)\b/i;
const AGENDA_CUE =
  /^(?:agenda|(?:notice\s+of\s+)?meeting\b|summons\b|you\s+are\s+(?:hereby\s+)?(?:summoned|requested|invited)\s+to\s+attend|date\s*(?:\/\s*time)?\s*:)/i;
const COMMITTEE_WORDS =
  /\b(?:committee|commission|cabinet|council|board|panel|forum|executive|assembly|authority|partnership|group|sub-committee|scrutiny)\b/i;
const COUNCIL_NAME =
  /\b((?:(?:London\s+Borough|Royal\s+Borough|City|County|Borough|District)\s+of\s+)?(?:[A-Z][A-Za-z'’-]+\s+){1,4}?(?:(?:City|County|Borough|District|Town|Parish|Metropolitan\s+Borough|Unitary)\s+)?Council)\b/;
const OF_MEETING =
  /\bmeeting\s+of\s+(?:the\s+)?(.{3,160}?)(?=\s+(?:held|to\s+be\s+held|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|on\s+\d|at\s+(?:the\s+)?[A-Z0-9])\b|[,.]\s|[,.]?$)/i;
const LABELLED = /^(meeting|committee|date(?:\s*\/\s*time)?|time|place|venue|location|where)\s*:\s*(.*)$/i;
const HELD_AT =
  /\bheld\s+(?:at|in)\s+(?:the\s+)?(.{3,120}?)\s*,?\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)/i;

/** "… at 10.00 am in the Council Chamber, Town Hall". */
const AFTER_TIME = /\b\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?,?\s+(?:in|at)\s+(?:the\s+)?(.{3,120})$/i;

function labelled(line: string, names: RegExp): string | undefined {
  const m = LABELLED.exec(line);
  return m && names.test(m[1]!) ? m[2]!.trim() : undefined;
}

function committeeName(text: string): string {
  const clean = text.replace(/[.,:;]+$/, '').trim();
  return isUpperCase(clean) ? titleCase(clean) : clean;
}

/** Words that stay in lower case inside a title. */
const SMALL_WORDS = /* @__PURE__ */ new Set([
  'and',
  'of',
  'the',
  'for',
  'in',
  'on',
  'to',
  'a',
  'an',
  'at',
  'by',
]);

/** "ADULT SOCIAL CARE SCRUTINY COMMISSION" → "Adult Social Care Scrutiny Commission". */
function titleCase(text: string): string {
  return sentenceCase(text)
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/** Lines of a header: from the cue through HEADER_SPAN lines, stopping before an item heading. */
function headerLines(lines: string[], from: number): string[] {
  const out: string[] = [];
  for (let i = from; i < lines.length && i < from + HEADER_SPAN; i++) {
    if (i > from && /^\d{1,3}[.)]?\s+[A-Z]/.test(lines[i]!)) break;
    if (lines[i]) out.push(lines[i]!);
  }
  return out;
}

function findCommittee(cueLine: string, header: string[], before: string[]): string | undefined {
  for (const line of header) {
    const named = labelled(line, /^(meeting|committee)$/i);
    if (named && COMMITTEE_WORDS.test(named)) return committeeName(named);
  }
  // "Minutes of the Meeting of the" / "ADULT SOCIAL CARE SCRUTINY COMMISSION": the name is the next line.
  if (/\bof(?:\s+the)?$/i.test(cueLine)) {
    return header[1] && COMMITTEE_WORDS.test(header[1]) ? committeeName(header[1]) : undefined;
  }
  const ofMeeting = OF_MEETING.exec(cueLine)?.[1];
  if (ofMeeting) return committeeName(ofMeeting);
  const nearby = [...before.slice(-4).reverse(), ...header.slice(1)];
  const named = nearby.find(
    (line) =>
      COMMITTEE_WORDS.test(line) && line.length <= 100 && !findDates(line).length && !councilOnly(line),
  );
  return named ? committeeName(named.replace(/^(?:meeting\s+of\s+(?:the\s+)?)/i, '')) : undefined;
}

/** The council's name when the whole line is one ("NORTHVALE BOROUGH COUNCIL" read in title case). */
function councilOnly(line: string): string | undefined {
  const text = (isUpperCase(line) ? titleCase(line) : line).replace(/[.,]$/, '');
  const m = COUNCIL_NAME.exec(text);
  return m && m[0].length >= text.length - 2 ? m[1]!.replace(/\s+/g, ' ') : undefined;
}

/** The council named at the top ("Leicester" / "City Council" on two lines counts). */
function findCouncil(header: string[], before: string[]): string | undefined {
  const near = [...before.slice(-6), ...header.slice(0, 6)];
  for (let i = 0; i < near.length; i++) {
    const joinable = i + 1 < near.length && /^[A-Z][a-z]/.test(near[i]!) && near[i]!.length < 40;
    const council =
      councilOnly(near[i]!) ?? (joinable ? councilOnly(`${near[i]} ${near[i + 1]}`) : undefined);
    if (council) return council;
  }
  return undefined;
}

function findVenue(cueLine: string, header: string[]): string | undefined {
  for (let i = 0; i < header.length; i++) {
    const place = labelled(header[i]!, /^(place|venue|location|where)$/i);
    if (place !== undefined) {
      const wrapped =
        place.endsWith(',') && header[i + 1] && !LABELLED.test(header[i + 1]!) ? ` ${header[i + 1]}` : '';
      return (place + wrapped).trim() || undefined;
    }
  }
  const place = HELD_AT.exec(cueLine) ?? AFTER_TIME.exec(cueLine);
  return place
    ? (isUpperCase(place[1]!) ? titleCase(place[1]!) : place[1]!).replace(/[.,]$/, '').trim()
    : undefined;
}

function findDateAndTime(header: string[]): { date?: string; time?: string } {
  for (const line of header) {
    const date = findDates(line)[0];
    if (!date) continue;
    const time = parseTime(line.slice(date.index)) ?? header.map((l) => labelled(l, /^time$/i)).find(Boolean);
    return { date: date.iso, time: time ? (parseTime(time) ?? undefined) : undefined };
  }
  return {};
}

/** The meeting a header starting at `line` describes, as far as it says (committee or date may be missing). */
export function readMeeting(lines: string[], line: number): Partial<Meeting> {
  const header = headerLines(lines, line);
  const before = lines.slice(Math.max(0, line - 8), line).filter(Boolean);
  const { date, time } = findDateAndTime(header);
  const meeting: Partial<Meeting> = {};
  const fields = {
    committee: findCommittee(lines[line]!, header, before),
    date,
    council: findCouncil(header, before),
    time,
    venue: findVenue(lines[line]!, header),
  };
  for (const [key, value] of Object.entries(fields)) if (value) Object.assign(meeting, { [key]: value });
  return meeting;
}

const COUNCIL_NAMES = /* @__PURE__ */ new RegExp(COUNCIL_NAME, 'g');

/** The council most often named in the text ("… County Council" twice or more), for headers that omit it. */
export function mostCitedCouncil(lines: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (!line.includes('Council')) continue;
    // An exec loop, not matchAll: matchAll copies the pattern for every line.
    COUNCIL_NAMES.lastIndex = 0;
    for (let m = COUNCIL_NAMES.exec(line); m; m = COUNCIL_NAMES.exec(line)) {
      const name = m[1]!.replace(/\s+/g, ' ');
      const typed = /\b(?:City|County|Borough|District)\b/.test(name);
      if (typed && !/^(?:The|This|Our|A|City|County|Borough|District)\b/.test(name)) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : undefined;
}

function hasPresentList(lines: string[], from: number): boolean {
  for (let i = from; i < lines.length && i < from + PRESENT_SPAN; i++)
    if (PRESENT.test(lines[i]!)) return true;
  return false;
}

/** A minutes heading: "Minutes of the meeting of …", confirmed by a "Present" list or "meeting of". */
function isMinutesStart(lines: string[], at: number): boolean {
  const line = lines[at]!;
  return (
    MINUTES_CUE.test(line) &&
    line.length <= 300 &&
    (/\bmeeting\s+of\b/i.test(line) || hasPresentList(lines, at))
  );
}

/** Where the first agenda front sheet starts, looking only before the first minutes heading. */
function findAgendaStart(lines: string[], until: number): number {
  for (let i = 0; i < until && i < 200; i++) if (AGENDA_CUE.test(lines[i]!)) return i;
  return -1;
}

/** Every record's start: the agenda front sheet (if the text opens with one) and each set of minutes. */
export function findRecordStarts(lines: string[]): RecordStart[] {
  const starts: RecordStart[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] && isMinutesStart(lines, i))
      starts.push({ role: 'minutes', line: i, meeting: readMeeting(lines, i) });
  }
  const agendaAt = findAgendaStart(lines, starts[0]?.line ?? lines.length);
  if (agendaAt >= 0) {
    // The agenda's details sit around its first cue ("MEETING OF THE X" then "DATE:"): read from the top.
    const top = Math.max(0, agendaAt - 6);
    const meeting = { ...readMeeting(lines, top), ...readMeeting(lines, agendaAt) };
    starts.unshift({ role: 'agenda', line: agendaAt, meeting });
  }
  return starts;
}
