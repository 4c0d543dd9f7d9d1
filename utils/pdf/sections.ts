import type { LineRange } from '../parse/index';
import { LINE_BREAK } from '../parse/text';
import { PAGE_BREAK } from './text';

/**
 * Which record of a pack a passage on one of its pages belongs to. A pack holds the agenda of
 * the coming meeting and the printed minutes of earlier ones: a highlight in those minutes is
 * about the earlier meeting. `ranges` are the records' lines in the pack's text (the pages
 * joined with PAGE_BREAK, as parsePackText read them), `ranges[i]` record i's. The passage's
 * line is found by its quote in the page's text, the page's first line when the quote is not
 * there as such. Undefined when the passage lies in no record (a report after the minutes closed).
 */
export function recordOfPassage(
  pageTexts: readonly string[],
  ranges: readonly LineRange[],
  page: number,
  quote: string,
): number | undefined {
  const pageText = pageTexts[page - 1];
  if (pageText === undefined) return undefined;
  const line = firstLineOf(pageTexts, page) + lineOfQuote(pageText, quote);
  let found: number | undefined;
  ranges.forEach((range, index) => {
    const latest = found === undefined || range.start > ranges[found]!.start;
    if (range.start <= line && line < range.end && latest) found = index;
  });
  return found;
}

/** The line of the joined text where a page's first line stands. */
function firstLineOf(pageTexts: readonly string[], page: number): number {
  const breakLines = lineCount(PAGE_BREAK) - 1;
  let line = 0;
  for (let i = 0; i < page - 1; i++) line += lineCount(pageTexts[i]!) - 1 + breakLines;
  return line;
}

function lineCount(text: string): number {
  return text.split(LINE_BREAK).length;
}

/** Enough of a quote to find it; a long one may run over a hyphenated line end. */
const QUOTE_PREFIX = 40;

/** The line of the page holding the start of the quote, whitespace aside; 0 when it is not found. */
function lineOfQuote(pageText: string, quote: string): number {
  const lines = pageText.split(LINE_BREAK).map(collapse);
  const wanted = collapse(quote).slice(0, QUOTE_PREFIX);
  const joined = lines.join(' ');
  const at = wanted ? joined.indexOf(wanted) : -1;
  if (at < 0) return 0;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    start += lines[i]!.length + 1;
    if (start > at) return i;
  }
  return 0;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
