/**
 * Plain-text hygiene for PDF and OCR text: markup left by converters, binary junk, words split
 * across lines, running headers and page numbers.
 */

/** Lines longer than this are cut before any pattern sees them: bounds the work per line. */
export const MAX_LINE = 2000;

const SAMPLE = 8192;

/**
 * Characters no document prints: controls other than tab, line feed, form feed and carriage
 * return; DEL and the C1 controls; the replacement character. Counted by a pattern: a loop over
 * the characters was three to four times slower.
 */
const UNPRINTED = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/g;

/** NUL bytes, or mostly characters no document prints: not text we can read. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  // NUL is one of them: looked for among those found, as a string search for it is slow in a
  // text of two-byte characters (the search stops at every zero byte).
  const unprinted = sample.match(UNPRINTED);
  if (!unprinted) return false;
  return unprinted.includes('\u0000') || unprinted.length > sample.length * 0.1;
}

/**
 * Markdown emphasis, HTML tags and links that PDF-to-text converters leave in. Each pattern is
 * tried only on a line holding what it starts with: a single "*" or "_" is common, markup rare.
 */
function stripMarkup(line: string): string {
  if (!/[<[*_\\]/.test(line)) return line;
  let text = line;
  if (text.includes('<')) text = text.replace(/<[^<>\n]{0,200}>/g, ' ');
  if (text.includes('[')) text = text.replace(/\[([^\]\n]{0,300})\]\([^)\s]{0,300}\)/g, '$1');
  if (text.includes('**') || text.includes('__')) text = text.replace(/\*\*|__/g, '');
  if (text.includes('\\')) text = text.replace(/\\([[\]()*_#])/g, '$1');
  return text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text;
}

/** What ends a line for toLines (a form feed too: pdftotext's page break). */
export const LINE_BREAK = /\r\n?|[\n\f\u2028\u2029]/;

/**
 * The text as trimmed lines, markup removed, each line bounded, and words hyphenated across a
 * line break ("recom-" / "missioning") joined again. Line i of the result is line i of the text.
 */
export function toLines(text: string): string[] {
  // Runs of spaces are collapsed once over the whole text: per line, it was a tenth of parsing.
  const flat = withNewlines(withPlainSpaces(text).replace(/ {2,}/g, ' '));
  const lines = flat.split('\n');
  const marked = linesWithMarkup(flat, lines);
  return joinHyphenatedWords(
    lines.map((line, i) => {
      const bounded = line.slice(0, MAX_LINE);
      return (marked[i] ? stripMarkup(bounded) : bounded).trim();
    }),
  );
}

/** No-break and figure spaces as plain ones. Searching for each string is faster than a class. */
function withPlainSpaces(text: string): string {
  return text.replaceAll('\u00a0', ' ').replaceAll('\u2007', ' ').replaceAll('\u202f', ' ');
}

/** Every LINE_BREAK as "\n", so that the lines split at "\n" and their offsets add up simply. */
function withNewlines(text: string): string {
  const onlyNewlines = !['\r', '\f', '\u2028', '\u2029'].some((other) => text.includes(other));
  return onlyNewlines ? text : text.replace(LINE_BREAKS, '\n');
}

const LINE_BREAKS = /* @__PURE__ */ new RegExp(LINE_BREAK, 'g');

/** What markup (stripMarkup) starts with. */
const MARKUP_STARTS = ['<', '[', '*', '_', '\\'];

/**
 * Which of `lines` (`text` split at "\n") hold something markup starts with. A string search for
 * each over the whole text is far faster than a pattern tried on every line, and once a line is
 * marked the search goes on from the next.
 */
function linesWithMarkup(text: string, lines: string[]): boolean[] {
  const marked = lines.map(() => false);
  for (const start of MARKUP_STARTS) {
    let line = 0;
    let nextLineAt = lines[0]!.length + 1;
    for (let at = text.indexOf(start); at >= 0; at = text.indexOf(start, nextLineAt)) {
      while (at >= nextLineAt) nextLineAt += lines[++line]!.length + 1;
      marked[line] = true;
    }
  }
  return marked;
}

function joinHyphenatedWords(lines: string[]): string[] {
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.endsWith('-') || !/[a-z]-$/.test(lines[i]!)) continue;
    const next = nextNonEmpty(lines, i + 1, 2);
    if (next < 0 || !/^[a-z]/.test(lines[next]!)) continue;
    const [word, rest] = splitFirstWord(lines[next]!);
    lines[i] = lines[i]!.slice(0, -1) + word;
    lines[next] = rest;
  }
  return lines;
}

function splitFirstWord(line: string): [string, string] {
  const space = line.indexOf(' ');
  return space < 0 ? [line, ''] : [line.slice(0, space), line.slice(space + 1)];
}

/** Index of the next non-empty line from `from`, looking at most `within` lines ahead, or -1. */
export function nextNonEmpty(lines: string[], from: number, within = Infinity): number {
  for (let i = from; i < lines.length && i - from < within; i++) if (lines[i]) return i;
  return -1;
}

const PAGE_FURNITURE =
  /^(?:page\s{0,3}\d{1,4}(?:\s{0,3}of\s{0,3}\d{1,4})?|[-–—]\s{0,3}\d{1,4}\s{0,3}[-–—]|\d{1,4}|this page is intentionally (?:left )?blank|\*(?:\s?\*){2,}|page\s{0,3}\d{1,4}\s{0,3}[-–—]?\s{0,3}agenda item\s{0,3}\d{1,3}|agenda item\s{0,3}\d{1,3}[a-z]?)$/i;

/** Page numbers, "This page is intentionally left blank" and the like. */
export function isPageFurniture(line: string): boolean {
  return PAGE_FURNITURE.test(line);
}

/**
 * Running headers and footers: short lines repeated at least three times that are not numbered,
 * not list entries and not decision labels. Dropped from item bodies, kept for headers.
 */
export function findRunningLines(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) if (mayBeRunningLine(line)) counts.set(line, (counts.get(line) ?? 0) + 1);
  const running = new Set<string>();
  for (const [line, count] of counts) if (count >= 3) running.add(line);
  return running;
}

function mayBeRunningLine(line: string): boolean {
  if (line.length < 4 || line.length > 120 || /^[\d(\-–•*]/.test(line)) return false;
  // Sentences recur legitimately ("There were no declarations of interest."); furniture has no full stop.
  if (endsWithStop(line)) return false;
  return !/^(?:resolved|agreed|recommend|decision|noted|present|apologies|that\b|to\b)/i.test(line);
}

/** Whether the last character is a full stop, "!" or "?": `/[.!?]$/` would scan the whole line for one. */
function endsWithStop(line: string): boolean {
  const last = line[line.length - 1];
  return last === '.' || last === '!' || last === '?';
}

/**
 * Whitespace runs that are not a single space already. Matching `/\s+/g` instead finds every
 * space between words, and replacing each of those was over a third of parsing a large pack.
 */
const WHITESPACE_TO_COLLAPSE = / \s+|[^\S ]\s*/g;

/** Every run of whitespace as one space: the same text as `text.replace(/\s+/g, ' ')`. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_TO_COLLAPSE, ' ');
}

/** Lower-case content words, for comparing two texts. */
export function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);
}

/** Jaccard overlap of the words of two texts (their wordSets, made once per text), 0..1. */
export function similarity(wa: ReadonlySet<string>, wb: ReadonlySet<string>): number {
  if (!wa.size || !wb.size) return 0;
  let shared = 0;
  for (const word of wa) if (wb.has(word)) shared++;
  return shared / (wa.size + wb.size - shared);
}

/** A bounded plain summary: whitespace collapsed, cut at a word boundary. */
export function summarise(text: string, limit: number): string {
  // Collapsing whitespace only shortens: a long text is cut first, rather than all of it flattened.
  const head = text.length > limit * 2 ? text.slice(0, limit * 2) : text;
  const flatHead = collapseWhitespace(head).trim();
  const flat = flatHead.length > limit || head === text ? flatHead : collapseWhitespace(text).trim();
  if (flat.length <= limit) return flat;
  const cut = flat.lastIndexOf(' ', limit - 1);
  return flat.slice(0, cut > limit / 2 ? cut : limit - 1) + '…';
}

/** Whether a line is written in capitals (at least a few letters, none lower-case). */
export function isUpperCase(line: string): boolean {
  return /[A-Z]{3}/.test(line) && !/[a-z]/.test(line);
}

/** Two or more capitals, none of them a vowel. */
const ACRONYM = /^[B-DF-HJ-NP-TV-Z]{2,}$/;

/**
 * "TRANSITIONS FROM CHILDREN'S TO ADULTS" → "Transitions from children's to adults". Words with
 * no vowel ("CQC", "NHS") are acronyms and stay in capitals.
 */
export function sentenceCase(text: string): string {
  const lower = text
    .split(' ')
    .map((word) => (ACRONYM.test(word) ? word : word.toLowerCase()))
    .join(' ');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
