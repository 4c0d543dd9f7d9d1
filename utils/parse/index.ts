import type { Action, ExtractResult, Item, Meeting, MeetingRecord } from '../model/record';
import { findActions } from './actions';
import { findDecisionsInLines } from './decisions';
import { readItemHeading, readPresenterLine, type ItemHeading, type ItemNumber } from './headings';
import { findRecordStarts, mostCitedCouncil, type RecordStart } from './meeting';
import { findMeetingRefs } from './refs';
import { readMarker } from './markers';
import {
  findRunningLines,
  isPageFurniture,
  isUpperCase,
  looksBinary,
  similarity,
  summarise,
  toLines,
  wordSet,
} from './text';

/**
 * The text of agenda packs and minutes (PDF text, OCR'd or not) → records. A pack yields its
 * agenda and each set of minutes inside it. Rules, not cases: item numbers must follow on from
 * each other, so numbered paragraphs of reports are not items; a record ends where the minutes
 * close or a report begins.
 *
 * The site adapters share these modules (utils/sites/text-rules.ts), so the content script's
 * bundle imports them: patterns built at load time are marked `@__PURE__` so the bundler can leave
 * them out there (tests/e2e/bundles.e2e.test.ts); RegExp copies take the RegExp, not its `.source`.
 */

export interface ParseOptions {
  url?: string;
}

/** Bound on an item's `text` (its minute text or agenda description), used for linking. */
const ITEM_TEXT_LIMIT = 1500;
/** No item sets more follow-ups than this; the bound keeps the de-duplication cheap on hostile text. */
const MAX_ACTIONS = 100;
/** Follow-ups this alike are the same one said twice (in discussion and in the decision). */
const SAME_ACTION = 0.5;

/** Lines that end a set of minutes and belong to its last item. */
const CLOSES_AFTER =
  /\b(?:meeting|business)\s+(?:closed|ended|finished|concluded|rose|terminated)\b|^there\s+being\s+no\s+(?:further|other)\s+business/i;
/**
 * What every CLOSES_AFTER line holds: "meeting"/"business" ("…ng", "…ss") before the initial of
 * a closing verb, or "there" opening it. Tried first on every line of minutes: it is the faster
 * scan, and rules out most lines.
 */
const MAY_CLOSE_AFTER = /(?:ng|ss)\s+[cefrt]|^there/i;
/** Lines that end a set of minutes and are not part of it: duration line, signature block. */
const CLOSES_BEFORE =
  /^(?:\(?\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?\s{0,3}(?:to|[-–—])\s{0,3}\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?\)?|chair(?:man|woman|person)?(?:'s)?(?:\s+signature)?|signed\s*:?.{0,60}|(?:the\s+)?meeting\s+commenced\s+at.{0,40})$/i;
/** The first lines of a report bound into a pack: what follows is not the agenda or the minutes. */
const REPORT_STARTS =
  /^(?:purpose\s+of\s+(?:the\s+|this\s+)?report|useful\s+information|lead\s+director|report\s+author|for\s+consideration\s+by|executive\s+summary|wards?\s+affected)\b/i;

interface Section {
  heading: ItemHeading;
  body: string[];
  /** An agenda item's description ends at the next heading in capitals (guidance notes, reports). */
  closed?: boolean;
}

/** An unnumbered heading in capitals of three words or more. */
function isCapitalHeading(line: string): boolean {
  return isUpperCase(line) && line.split(/\s+/).length >= 3 && line.length <= 120;
}

function noRecords(warning: string): ExtractResult {
  return { records: [], warnings: [warning] };
}

/** Whether number `next` can follow `previous`: the numbers run on (a lost item may be skipped). */
function numberFollowsOn(previous: ItemNumber | undefined, next: ItemNumber): boolean {
  if (!previous) return true;
  if (next.base === previous.base) return next.suffix > previous.suffix;
  if (next.base === previous.base + 1) return next.suffix === '' || next.suffix === 'a';
  return next.base === previous.base + 2 && next.suffix === '';
}

/** Whether `next` can follow `previous` as the next item; skipping a number takes a short title. */
function followsOn(previous: ItemHeading | undefined, next: ItemHeading): boolean {
  if (!numberFollowsOn(previous, next)) return false;
  return !previous || next.base !== previous.base + 2 || next.title.length <= 80;
}

function endsRecord(line: string, role: MeetingRecord['role']): 'after' | 'before' | null {
  if (REPORT_STARTS.test(line)) return 'before';
  if (role !== 'minutes') return null;
  if (CLOSES_BEFORE.test(line)) return 'before';
  return MAY_CLOSE_AFTER.test(line) && CLOSES_AFTER.test(line) ? 'after' : null;
}

/**
 * The item sections of one record, read between its header and `end`, and the line where the
 * record ended (its minutes closed or a report began), `end` when it ran to it.
 */
function readSections(
  lines: string[],
  from: number,
  end: number,
  role: MeetingRecord['role'],
  running: Set<string>,
): { sections: Section[]; endLine: number } {
  const sections: Section[] = [];
  let i = from;
  for (; i < end; i++) {
    const line = lines[i]!;
    const current = sections[sections.length - 1];
    if (!line) {
      current?.body.push('');
      continue;
    }
    const ending = current ? endsRecord(line, role) : null;
    if (ending === 'after') {
      current!.body.push(line);
      i++; // The closing line is the record's last.
    }
    if (ending) break;
    const heading = readItemHeading(lines, i, (number) => numberFollowsOn(current?.heading, number));
    if (heading && followsOn(current?.heading, heading)) {
      sections.push({ heading, body: [] });
      i = heading.endLine;
    } else if (current && !current.closed && !isPageFurniture(line) && !running.has(line)) {
      if (role === 'agenda' && isCapitalHeading(line)) current.closed = true;
      else current.body.push(line);
    }
  }
  return { sections, endLine: Math.min(i, end) };
}

/** Body lines with each list entry as a paragraph of its own, markers dropped. */
function asParagraphs(body: string[]): string {
  return body
    .map((line) => {
      const marker = readMarker(line);
      return marker ? `\n${marker.rest}` : line;
    })
    .join('\n');
}

/** Follow-ups from the decisions first, then from the discussion, each said once. */
function collectActions(decisionTexts: string[], discussion: string): Action[] {
  const found = [
    ...decisionTexts.flatMap((text) => findActions(text, { inDecision: true })),
    ...findActions(discussion),
  ].slice(0, MAX_ACTIONS);
  const kept: { action: Action; words: Set<string> }[] = [];
  for (const action of found) {
    const words = wordSet(action.text);
    if (!kept.some((k) => similarity(k.words, words) >= SAME_ACTION)) kept.push({ action, words });
  }
  return kept.map((k) => k.action);
}

function firstPresenterLine(body: string[]): string | undefined {
  for (const line of body) {
    const presenter = readPresenterLine(line);
    if (presenter) return presenter;
  }
  return undefined;
}

function toItem(section: Section, role: MeetingRecord['role'], meeting: Meeting): Item {
  const { heading, body } = section;
  const bodyText = body.join('\n');
  const decisions = role === 'minutes' ? findDecisionsInLines(body) : [];
  const decisionTexts = decisions.map((d) => d.text);
  const actions = role === 'minutes' ? collectActions(decisionTexts, asParagraphs(body)) : [];
  const item: Item = { number: heading.number, title: heading.title, decisions, actions };
  const presenter = heading.presenter ?? firstPresenterLine(body);
  if (presenter) item.presenter = presenter;
  const pages = heading.pages ?? /\bpages?\s{0,3}(\d{1,4}\s{0,3}[-–—]\s{0,3}\d{1,4})/i.exec(bodyText)?.[1];
  if (pages) item.pages = pages;
  const text = summarise(bodyText, ITEM_TEXT_LIMIT);
  if (text) item.text = text;
  const refs = findMeetingRefs(`${heading.title}.\n${bodyText}`, { before: meeting.date });
  if (refs.length) item.refs = refs;
  return item;
}

function isMeeting(meeting: Partial<Meeting>): meeting is Meeting {
  return !!meeting.committee && !!meeting.date;
}

function readRecord(
  lines: string[],
  start: RecordStart,
  end: number,
  context: { running: Set<string>; previous?: Meeting; council?: string; url?: string },
): { record?: MeetingRecord; lines?: LineRange; warnings: string[] } {
  const where = `${start.role} at line ${start.line + 1}`;
  // Minutes that do not name their committee inside a pack are the pack committee's minutes.
  const meeting = {
    council: context.previous?.council ?? context.council,
    committee: context.previous?.committee,
    ...start.meeting,
  };
  if (!isMeeting(meeting))
    return { warnings: [`${where}: no ${meeting.date ? 'committee' : 'meeting date'} found`] };
  if (context.url) meeting.url = context.url;
  const { sections, endLine } = readSections(lines, start.line + 1, end, start.role, context.running);
  if (!sections.length) return { warnings: [`${where}: no numbered items found`] };
  const items = sections.map((section) => toItem(section, start.role, meeting as Meeting));
  const record: MeetingRecord = { role: start.role, meeting: stripEmpty(meeting), items };
  return { record, lines: { start: start.line, end: endLine }, warnings: [] };
}

function stripEmpty(meeting: Meeting): Meeting {
  return Object.fromEntries(Object.entries(meeting).filter(([, v]) => v !== undefined)) as Meeting;
}

/** Records (agenda and minutes) in the text of an agenda pack or a set of minutes. Never throws. */
export function parseAgendaText(text: string, options: ParseOptions = {}): ExtractResult {
  const { records, warnings } = parsePackText(text, options);
  return { records, warnings };
}

/** Lines [start, end) of the text (as toLines splits it) that a record was read from. */
export interface LineRange {
  start: number;
  end: number;
}

/**
 * parseAgendaText, also saying where in the text each record stands (`lines[i]` is `records[i]`'s):
 * the PDF viewer files a highlight under the meeting whose part of the pack it falls in.
 */
export function parsePackText(
  text: string,
  options: ParseOptions = {},
): ExtractResult & { lines: LineRange[] } {
  if (!text.trim()) return { ...noRecords('empty input: no text to read'), lines: [] };
  if (looksBinary(text))
    return { ...noRecords('binary input: this is not text (extract the PDF text first)'), lines: [] };
  const lines = toLines(text);
  const starts = findRecordStarts(lines);
  if (!starts.length)
    return {
      ...noRecords('no agenda or minutes heading found: this does not look like council papers'),
      lines: [],
    };
  const running = findRunningLines(lines);
  const council = starts.every((start) => start.meeting.council) ? undefined : mostCitedCouncil(lines);
  const records: MeetingRecord[] = [];
  const ranges: LineRange[] = [];
  const warnings: string[] = [];
  starts.forEach((start, i) => {
    const end = starts[i + 1]?.line ?? lines.length;
    const previous = records[records.length - 1]?.meeting;
    const read = readRecord(lines, start, end, { running, previous, council, url: options.url });
    if (read.record && read.lines) {
      records.push(read.record);
      ranges.push(read.lines);
    }
    warnings.push(...read.warnings);
  });
  if (!records.length)
    warnings.push('no records: headings were found but no meeting with a date, committee and items');
  return { records, warnings, lines: ranges };
}
