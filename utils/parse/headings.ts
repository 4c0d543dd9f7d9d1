import { findDates } from './dates';
import { isPageFurniture, isUpperCase, nextNonEmpty, sentenceCase } from './text';
import { readDecisionLabel } from './decisions';

/**
 * Item headings: "8. Budget", "117. WELCOME AND APOLOGIES", "Minute 45/25 Apologies", and the
 * OCR case of a number on a line of its own above its title. Titles come out clean: no page
 * ranges, appendix tags, file sizes or presenters.
 */

/** What the sequence check compares of an item number. */
export interface ItemNumber {
  /** The integer ("45" for "45/25"). */
  base: number;
  /** The letter after it, lower case ("a" for "7a"), or "". */
  suffix: string;
}

export interface ItemHeading extends ItemNumber {
  /** As printed: "8", "7a", "45/25". */
  number: string;
  title: string;
  presenter?: string;
  pages?: string;
  /** Index of the last line the heading used. */
  endLine: number;
}

const NUMBER = '(\\d{1,3})([a-z]?)(\\/\\d{2,4})?';
const PREFIX = '(?:(?:item|minute|min\\.?)\\s{1,3}(?:no\\.?\\s{0,3})?)?';
const HEADING = /* @__PURE__ */ new RegExp(
  `^${PREFIX}${NUMBER}(?:\\s{0,3}[.):]\\s*|\\s*[-–—]\\s+|\\t+|\\s{1,3}(?=[A-Z"'“‘]))(.+)$`,
  'i',
);
const NUMBER_ALONE = /* @__PURE__ */ new RegExp(`^${PREFIX}${NUMBER}[.):]?$`, 'i');
/** What a title may start with: a capital, a digit ("2025/26 budget") or an opening quote. */
const TITLE_START = /^["'“‘(]?[A-Z0-9]/;
const MAX_TITLE = 200;

/** Words a wrapped title line can end on only if the title goes on: "…in respect of items on". */
const DANGLING = /\b(?:of|on|and|or|the|to|for|in|with|a|an|by|from|at|&|[-–—])$/i;

const PAGES = /\(?\bpages?\s{0,3}(\d{1,4}(?:\s{0,3}[-–—]\s{0,3}\d{1,4})?)\s*\)?/i;
const APPENDIX_TAG =
  /\s*\(?\b(?:appendix|appendices|annex)\s{1,3}[A-Z0-9]{1,3}\b(?:\s{0,3}(?:[-–—,&]|and)\s{0,3}[A-Z0-9]{1,3}\b)*\)?/gi;
const FILE_SIZE = /\s*\(?\b(?:pdf|docx?|xlsx?)?\s{0,3}[,.]?\s{0,3}\d{1,5}(?:\.\d{1,2})?\s{0,2}[kmg]b\b\)?/gi;
/**
 * What APPENDIX_TAG and FILE_SIZE cannot match without. Both open with optional parts, so they
 * are tried at every position of a title; these find their one fixed part first.
 */
const APPENDIX_WORD = /appendi|annex/i;
const SIZE_UNIT = /\d(?:\.\d{1,2})?\s{0,2}[kmg]b\b/i;
/** Who brings the item: "Director of Adults and Communities", "Report of the Chief Executive". */
const PRESENTER =
  /^(?:(?:joint\s+)?report\s+(?:of|by)\s+|presented\s+by\s+|lead\s+officer:?\s+)?(?:the\s+)?(?:(?:strategic|executive|assistant|deputy|corporate|interim|acting|service|head|city|county)\s+)*(?:director|chief|head|monitoring\s+officer|officer|manager|leader|cabinet|portfolio|councillor|cllr|mayor|clerk|secretary|treasurer|solicitor|lead\s+member|chair(?:man)?)\b/i;
/** The role that opens a presenting sentence: "The Strategic Director for X presents a report". */
const PRESENTS =
  /^(?:the\s+)?(.{3,100}?)\s+(?:presents|provides|submits|introduces|updates|will\s+(?:present|provide|submit|introduce|update))\b/i;

const LEADING_THE = /^the\s+/i;

const REPORT_OF = /^(?:joint\s+)?report\s+(?:of|by)\s+(?:the\s+)?(.{3,150})$/i;

/**
 * A numbered paragraph, not a heading: "The application seeks permission for 24 dwellings.",
 * "Members were informed that …", or a decision clause "That the report be noted.".
 */
function isSentence(title: string): boolean {
  if (/^that\s/i.test(title)) return true;
  if (!/[.;]$/.test(title) || title.split(/\s+/).length < 6) return false;
  return (
    /^(?:the|this|these|it|there|a|an|we|our|in|as|on)\s/i.test(title) || /\b(?:was|were|had)\b/i.test(title)
  );
}

/** "15 January 2026" read as item 15 titled "January 2026" is a date, not an item. */
function isDateLine(line: string): boolean {
  const first = findDates(line.slice(0, 40))[0];
  return first?.index === 0;
}

/** Splits a presenter off the title: after a tab, or after a full stop when what follows names a role. */
function splitPresenter(title: string): { title: string; presenter?: string } {
  const tab = title.indexOf('\t');
  if (tab > 0) {
    const rest = title.slice(tab + 1).trim();
    if (rest && !/^\(?pages?\b/i.test(rest)) return { title: title.slice(0, tab), presenter: rest };
  }
  const sentences = title.split(/(?<=[a-z0-9)])\.\s+(?=[A-Z])/);
  for (let i = 1; i < sentences.length; i++) {
    const rest = sentences.slice(i).join('. ');
    if (PRESENTER.test(rest)) return { title: sentences.slice(0, i).join('. '), presenter: rest };
  }
  return { title };
}

/** Page ranges, appendix tags and file sizes: furniture around a title or presenter. */
function stripTags(text: string): string {
  let stripped = text.replace(PAGES, ' ');
  if (APPENDIX_WORD.test(stripped)) stripped = stripped.replace(APPENDIX_TAG, ' ');
  if (SIZE_UNIT.test(stripped)) stripped = stripped.replace(FILE_SIZE, ' ');
  return stripped;
}

function tidy(text: string): string {
  return text
    .replace(/\t+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s\-–—:.]+|[\s\-–—:.,;]+$/g, '')
    .trim();
}

/** The title without page ranges, appendix tags, file sizes and presenter; presenter and pages apart. */
export function cleanTitle(raw: string): { title: string; presenter?: string; pages?: string } {
  const pages = PAGES.exec(raw)?.[1]?.replace(/\s+/g, ' ');
  const stripped = stripTags(raw);
  const { title, presenter } = splitPresenter(stripped.trim());
  const clean = tidy(title);
  const result: { title: string; presenter?: string; pages?: string } = {
    title: isUpperCase(clean) ? sentenceCase(clean) : clean,
  };
  if (presenter && tidy(presenter)) result.presenter = tidy(presenter);
  if (pages) result.pages = pages;
  return result;
}

/** A line that can carry a title: not a number, a label, a date, a page furniture line. */
function canBeTitle(line: string): boolean {
  return (
    TITLE_START.test(line) &&
    line.length <= MAX_TITLE &&
    !NUMBER_ALONE.test(line) &&
    !HEADING.test(line) &&
    !isPageFurniture(line) &&
    !readDecisionLabel(line) &&
    !isDateLine(line)
  );
}

/** A title left dangling ("…items on"), or one with no full stop that a lower-case line carries on. */
function isDangling(title: string, line: string): boolean {
  const bare = tidy(stripTags(title));
  return DANGLING.test(bare) || (/^[a-z]/.test(line) && !/[.?!]$/.test(bare));
}

/** Wrapped title lines: capitals under capitals, or a title left dangling ("…items on" / "the agenda."). */
function extendTitle(lines: string[], title: string, at: number): { title: string; endLine: number } {
  let endLine = at;
  for (let guard = 0; guard < 3; guard++) {
    const next = nextNonEmpty(lines, endLine + 1, 5);
    if (next < 0) break;
    const line = lines[next]!;
    const adjacent = next === endLine + 1;
    const capsWrap = adjacent && isUpperCase(title) && isUpperCase(line) && canBeTitle(line);
    // Most titles end on their line: that is settled before the dearer look at what follows.
    if (!(capsWrap || isDangling(title, line))) break;
    if (REPORT_OF.test(line) || PRESENTS.test(line)) break;
    if (line.length > MAX_TITLE || (title + line).length > MAX_TITLE * 1.5) break;
    title = `${title} ${line}`;
    endLine = next;
  }
  return { title, endLine };
}

/**
 * The item heading that starts at line `at`, or null. A number alone on its line takes the
 * title from the next non-empty line (OCR separates them). A number that `wanted` turns down
 * gives null before any work on the title (most numbered lines are paragraphs out of sequence).
 */
export function readItemHeading(
  lines: string[],
  at: number,
  wanted: (number: ItemNumber) => boolean = () => true,
): ItemHeading | null {
  const located = locateTitle(lines, at, wanted);
  if (!located) return null;
  const { number, rawTitle, titleLine } = located;
  if (!TITLE_START.test(rawTitle) || isDateLine(lines[at]!) || readDecisionLabel(rawTitle)) return null;
  if (isSentence(rawTitle)) return null;
  // A heading is a line of its own: a long numbered line is a paragraph.
  if (rawTitle.length > MAX_TITLE) return null;
  const { title: fullTitle, endLine } = extendTitle(lines, rawTitle, titleLine);
  const cleaned = cleanTitle(fullTitle);
  if (!/[A-Za-z]{2}/.test(cleaned.title)) return null;
  const [, base, suffix, slash] = number;
  return {
    number: `${base}${suffix ?? ''}${slash ?? ''}`,
    ...itemNumber(number),
    ...cleaned,
    endLine,
  };
}

function itemNumber([, base, suffix]: RegExpExecArray): ItemNumber {
  return { base: Number(base), suffix: (suffix ?? '').toLowerCase() };
}

/**
 * Whether a line can open with an item number (HEADING, NUMBER_ALONE): a digit, or "item",
 * "minute", "min". Most lines cannot, and this look at one character spares them both patterns.
 */
function mayStartWithNumber(line: string): boolean {
  const first = line.charCodeAt(0);
  const lower = first | 0x20; // ASCII letters to lower case, as the patterns' `i` flag reads them
  return (first >= 0x30 && first <= 0x39) || lower === 0x69 || lower === 0x6d;
}

/** The number and raw title of a heading at `at`: on the same line, or on the next line under a lone number. */
function locateTitle(
  lines: string[],
  at: number,
  wanted: (number: ItemNumber) => boolean,
): { number: RegExpExecArray; rawTitle: string; titleLine: number } | null {
  const line = lines[at]!;
  if (!mayStartWithNumber(line)) return null;
  const sameLine = HEADING.exec(line);
  if (sameLine)
    return wanted(itemNumber(sameLine)) ? { number: sameLine, rawTitle: sameLine[4]!, titleLine: at } : null;
  const alone = NUMBER_ALONE.exec(line);
  if (!alone || !wanted(itemNumber(alone))) return null;
  const next = nextNonEmpty(lines, at + 1, 4);
  if (next < 0 || !canBeTitle(lines[next]!)) return null;
  return { number: alone, rawTitle: lines[next]!, titleLine: next };
}

/** "Report of the Director of X" or "The Director of X presents …" under an agenda heading names who presents it. */
export function readPresenterLine(line: string): string | undefined {
  const reportOf = REPORT_OF.exec(line);
  if (reportOf) return tidy(stripTags(reportOf[1]!));
  // PRESENTS tries every length of its subject, the dearest test a body line meets; a subject
  // that PRESENTER accepts starts the line (after "the"), so that anchored test goes first.
  if (!PRESENTER.test(line.replace(LEADING_THE, ''))) return undefined;
  const presents = PRESENTS.exec(line);
  return presents && PRESENTER.test(presents[1]!) ? tidy(presents[1]!) : undefined;
}
