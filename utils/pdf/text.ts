import { layerTextOf, BLOCK_BREAK } from '../anchor/text-layer';

/**
 * pdf.js text items → plain text in the shape the text parser (utils/parse) was written
 * against: the seeds hold one line per paragraph or table row, table cells separated by tabs,
 * blank lines between paragraphs and a few blank lines at page breaks. So items are grouped into
 * lines by baseline, lines that the layout merely wrapped are joined back into their paragraph,
 * and pages are separated by a form feed on a line of its own between blank lines.
 */

/** The fields of a pdf.js TextItem that layout needs (getTextContent().items, marked content dropped). */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: x,y is the baseline start in PDF space (y grows upwards). */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

export interface PdfPageText {
  items: PdfTextItem[];
  /** Page width in PDF units (viewport at scale 1): lets a page of short lines find its right margin. */
  width?: number;
}

/** Between pages: callers that trim lines see blank lines, as in the seeds; pdftotext users see \f. */
export const PAGE_BREAK = '\n\n\f\n\n';

interface Line {
  text: string;
  left: number;
  right: number;
  baseline: number;
  size: number;
  /** Mean glyph advance, to estimate whether a word would have fitted on the line above. */
  charWidth: number;
}

interface OpenParagraph {
  paragraph: Paragraph;
  last: Line;
  /** The right margin of the page the last line is on. */
  rightMargin: number;
}

interface Paragraph {
  lines: string[];
  left: number;
  /** Set when a vertical gap (more than a line's spacing) preceded it. */
  afterGap: boolean;
}

// Baselines closer than this fraction of the font size belong to one line (sub/superscripts too).
const SAME_LINE = 0.5;
// A horizontal gap wider than this many glyphs separates table cells (a tab in the seeds).
const CELL_GAP_GLYPHS = 2.5;
// A gap wider than this fraction of the font size is a word space the PDF did not draw.
const WORD_GAP = 0.15;
// Baselines further apart than this many font sizes leave a blank line: a paragraph break.
const PARAGRAPH_GAP = 1.6;
// Slack, in font sizes, between a wrapped line's end and the right margin.
const MARGIN_SLACK = 1;
// How far, in font sizes, a continuation may start left of its paragraph's first line (first-line indents).
const INDENT_SLACK = 4;

/**
 * A page's text as pdf.js's TextLayer puts it in the DOM (a span per item, a <br> after an item
 * that ends a line), normalised as utils/anchor reads a drawn text layer: the viewer anchors
 * highlights against it as soon as the text is read, before the page is drawn.
 */
export function textLayerText(items: readonly PdfTextItem[]): string {
  return layerTextOf(items.flatMap((item) => (item.hasEOL ? [item.str, BLOCK_BREAK] : [item.str])));
}

/** Text of a whole document: pages joined with PAGE_BREAK. */
export function pdfTextFromPages(pages: PdfPageText[]): string {
  return pdfPageTexts(pages).join(PAGE_BREAK);
}

/**
 * Text of each page. A paragraph the layout carried over a page break stays whole, on the page
 * where it starts, so an item heading and its first sentence stay together.
 */
export function pdfPageTexts(pages: PdfPageText[]): string[] {
  const pageLines = pages.map((page) => withoutPageNumbers(linesOfPage(page.items)));
  const typicalRight = median(pageLines.filter((lines) => lines.length > 0).map(rightmost));
  const pageParagraphs: Paragraph[][] = pages.map(() => []);
  let open: OpenParagraph | undefined;
  pageLines.forEach((lines, pageIndex) => {
    const rightMargin = rightMarginOf(lines, pages[pageIndex]!.width, typicalRight);
    lines.forEach((line, lineIndex) => {
      const afterGap = lineIndex > 0 && open !== undefined && isParagraphGap(open.last, line);
      if (open && !afterGap && continuesParagraph(open, line, lineIndex === 0)) {
        open.paragraph.lines.push(line.text);
      } else {
        const paragraph: Paragraph = { lines: [line.text], left: line.left, afterGap };
        pageParagraphs[pageIndex]!.push(paragraph);
        open = { paragraph, last: line, rightMargin };
      }
      open.last = line;
      open.rightMargin = rightMargin;
    });
  });
  return pageParagraphs.map(joinParagraphs);
}

/**
 * A bullet glyph always opens a new entry; a dash, "(a)" or "3." does where the line above ended
 * a clause (a wrapped line may well begin "- 2029/30" in the middle of a sentence).
 */
function startsListEntry(text: string, above: string): boolean {
  if (/^[•■▪●✓]/.test(text)) return true;
  return (
    /^([-–*]|\(?[a-z0-9]{1,4}[.)])\s/i.test(text) && (endsSentence(above) || /(\band|\bor)$/.test(above))
  );
}

function endsSentence(text: string): boolean {
  return /[.:;!?]["”’)]?$/.test(text);
}

/**
 * Where wrapped lines end: the furthest any line reaches, unless that falls short of the margin
 * the other pages show or, where the page width is known, of the left margin mirrored.
 */
function rightMarginOf(lines: Line[], pageWidth: number | undefined, typicalRight: number): number {
  const mirrored = pageWidth === undefined ? 0 : pageWidth - Math.min(...lines.map((line) => line.left));
  return Math.max(rightmost(lines), mirrored, typicalRight);
}

function rightmost(lines: Line[]): number {
  return Math.max(...lines.map((line) => line.right));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function joinParagraphs(paragraphs: Paragraph[]): string {
  return paragraphs
    .map((paragraph, index) => (index > 0 && paragraph.afterGap ? '\n' : '') + joinWrapped(paragraph.lines))
    .join('\n');
}

/** A line broken after a hyphen ("co-" / "production") rejoins without a space. */
function joinWrapped(lines: string[]): string {
  return lines.reduce((text, line) => text + (/\p{L}-$/u.test(text) ? '' : ' ') + line);
}

/** Baselines further apart than a line's spacing: the layout left a blank line. */
function isParagraphGap(above: Line, line: Line): boolean {
  return above.baseline - line.baseline > PARAGRAPH_GAP * Math.max(line.size, above.size);
}

/**
 * A line continues the paragraph above when the layout wrapped it: the line above reached the
 * right margin so far that this line's first word would not have fitted there, and this line does
 * not start left of the paragraph (hanging indents and bullets continue further right). Across a
 * page break a full line may end a paragraph as well as wrap one, so its punctuation decides.
 */
function continuesParagraph(open: OpenParagraph, line: Line, acrossPageBreak: boolean): boolean {
  const above = open.last;
  if (acrossPageBreak && endsSentence(above.text)) return false;
  if (line.left < open.paragraph.left - INDENT_SLACK * line.size) return false;
  if (Math.abs(line.size - above.size) > 0.2 * line.size) return false;
  if (startsListEntry(line.text, above.text)) return false;
  const firstWord = line.text.split(/\s/, 1)[0] ?? '';
  const firstWordWidth = glyphUnits(` ${firstWord}`) * line.charWidth;
  return above.right + firstWordWidth > open.rightMargin - MARGIN_SLACK * line.size;
}

/**
 * A string's width in average glyphs: capitals, digits, m and w run wider than the lowercase that
 * dominates the average, spaces and punctuation narrower. Good enough to tell whether a word fits.
 */
function glyphUnits(text: string): number {
  let units = 0;
  for (const char of text) units += /[A-Z0-9%&@mw]/.test(char) ? 1.4 : /[\s.,;:'!|()-]/.test(char) ? 0.6 : 1;
  return units;
}

/** "Page 13", "13", "- 13 -", "13 of 40": what packs stamp in a page's header or footer. */
const PAGE_NUMBER = /^(page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(\s+of\s+\d{1,4})?$/i;

/**
 * Drops a page number standing apart (a paragraph's gap away) at the top or bottom of a page: the
 * seeds have none, and a lone number could pass for an item number.
 */
function withoutPageNumbers(lines: Line[]): Line[] {
  const apart = (line: Line | undefined, neighbour: Line | undefined) =>
    line !== undefined &&
    PAGE_NUMBER.test(line.text.trim()) &&
    (neighbour === undefined || Math.abs(line.baseline - neighbour.baseline) > PARAGRAPH_GAP * line.size);
  const start = apart(lines[0], lines[1]) ? 1 : 0;
  const end = apart(lines[lines.length - 1], lines[lines.length - 2]) ? lines.length - 1 : lines.length;
  return lines.slice(start, Math.max(start, end));
}

function linesOfPage(items: PdfTextItem[]): Line[] {
  const drawn = items.filter((item) => item.str.trim() !== '' && item.width > 0 && isUpright(item));
  drawn.sort((a, b) => baselineOf(b) - baselineOf(a) || leftOf(a) - leftOf(b));
  const groups: PdfTextItem[][] = [];
  for (const item of drawn) {
    const current = groups[groups.length - 1];
    const anchor = current?.[0];
    if (
      current &&
      anchor &&
      Math.abs(baselineOf(anchor) - baselineOf(item)) <= SAME_LINE * Math.max(sizeOf(anchor), sizeOf(item))
    )
      current.push(item);
    else groups.push([item]);
  }
  return groups.map(lineFromItems);
}

function lineFromItems(items: PdfTextItem[]): Line {
  const ordered = [...items].sort((a, b) => leftOf(a) - leftOf(b));
  const first = ordered[0]!;
  let text = first.str;
  for (let i = 1; i < ordered.length; i++)
    text += separatorBetween(ordered[i - 1]!, ordered[i]!) + ordered[i]!.str;
  const size = Math.max(...ordered.map(sizeOf));
  const left = leftOf(first);
  const right = Math.max(...ordered.map((item) => leftOf(item) + item.width));
  const glyphs = ordered.reduce((count, item) => count + item.str.length, 0);
  const inked = ordered.reduce((sum, item) => sum + item.width, 0);
  return {
    text: text.replace(/\s+$/, ''),
    left,
    right,
    baseline: baselineOf(first),
    size,
    charWidth: glyphs > 0 ? inked / glyphs : size / 2,
  };
}

function separatorBetween(before: PdfTextItem, after: PdfTextItem): string {
  const gap = leftOf(after) - (leftOf(before) + before.width);
  const glyph = before.str.length > 0 ? before.width / before.str.length : sizeOf(before) / 2;
  if (gap > CELL_GAP_GLYPHS * glyph) return '\t';
  const spaced = /\s$/.test(before.str) || /^\s/.test(after.str);
  return !spaced && gap > WORD_GAP * sizeOf(before) ? ' ' : '';
}

/**
 * Rotated text is a watermark ("DRAFT" across the page) or a margin note, not the body: placed by
 * its baseline it would land in the middle of a paragraph.
 */
function isUpright(item: PdfTextItem): boolean {
  const [a = 1, b = 0, c = 0, d = 1] = item.transform;
  return Math.abs(b) <= 0.05 * Math.abs(a) && Math.abs(c) <= 0.05 * Math.abs(d) && a > 0 && d > 0;
}

function leftOf(item: PdfTextItem): number {
  return item.transform[4] ?? 0;
}

function baselineOf(item: PdfTextItem): number {
  return item.transform[5] ?? 0;
}

/** Font size: the item's height, or the scale of its text matrix where pdf.js gives no height. */
function sizeOf(item: PdfTextItem): number {
  return item.height > 0 ? item.height : Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || 1;
}
