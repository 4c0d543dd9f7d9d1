import { describe, expect, it } from 'vitest';
import { PAGE_BREAK, pdfPageTexts, pdfTextFromPages, type PdfTextItem } from '../../../utils/pdf/text';

// Hand-placed items in a 10pt font whose glyphs are 5pt wide, on a page with 72pt margins and
// 400pt of text width.
const SIZE = 10;
const WIDTH = 72 + 400 + 72;
const GLYPH = 5;

function item(str: string, x: number, y: number, size = SIZE): PdfTextItem {
  return {
    str,
    transform: [size, 0, 0, size, x, y],
    width: str.length * GLYPH * (size / SIZE),
    height: size,
    hasEOL: false,
  };
}

/** A line of text starting at the left margin, on baseline y. */
function line(str: string, y: number): PdfTextItem {
  return item(str, 72, y);
}

function page(...items: PdfTextItem[]) {
  return { items, width: WIDTH };
}

/** A full line: eight words, 80 glyphs, reach the right margin. */
const WORDS = Array(8).fill('xxxxxxxxx').join(' ');
const FULL = `${WORDS}.`;
const FULL_UNFINISHED = `${WORDS},`;

describe('pdfTextFromPages', () => {
  it('orders items by baseline then x, whatever order the PDF drew them in', () => {
    const text = pdfTextFromPages([
      page(line('second', 700), item('world', 72 + 6 * GLYPH, 712), line('hello', 712)),
    ]);
    expect(text).toBe('hello world\nsecond');
  });

  it('inserts a space where the PDF drew none, a tab across a table gap, nothing inside a word', () => {
    const items = [
      line('Minutes', 700),
      item('of', 72 + 7 * GLYPH + 3, 700),
      item('(Pages 5 - 12)', 300, 700),
      line('Agen', 688),
      item('da', 72 + 4 * GLYPH, 688),
    ];
    expect(pdfTextFromPages([page(...items)])).toBe('Minutes of\t(Pages 5 - 12)\nAgenda');
  });

  it('ignores the whitespace items pdf.js adds for gaps', () => {
    const items = [
      line('1. Minutes', 700),
      item(' ', 72 + 10 * GLYPH, 700),
      item('(Pages 5 - 12)', 400, 700),
    ];
    expect(pdfTextFromPages([page(...items)])).toBe('1. Minutes\t(Pages 5 - 12)');
  });

  it('keeps a superscript on its line', () => {
    const items = [line('26', 700), item('th', 72 + 2 * GLYPH, 704, 6), item('June', 72 + 4 * GLYPH, 700)];
    expect(pdfTextFromPages([page(...items)])).toBe('26th June');
  });

  it('joins lines the layout wrapped, and not lines that ended early', () => {
    const items = [
      line(FULL, 700),
      line('wrapped tail.', 688),
      line('Leicester', 676),
      line('City Council', 664),
    ];
    expect(pdfTextFromPages([page(...items)])).toBe(`${FULL} wrapped tail.\nLeicester\nCity Council`);
  });

  it('joins a continuation under a first-line indent or a hanging indent', () => {
    const indented = [item(FULL.slice(8), 72 + 8 * GLYPH, 700), line('continued.', 688)];
    const hanging = [line(FULL, 600), item('continued.', 72 + 4 * GLYPH, 588)];
    expect(pdfTextFromPages([page(...indented, ...hanging)])).toBe(
      `${FULL.slice(8)} continued.\n\n${FULL} continued.`,
    );
  });

  it('leaves a blank line where a vertical gap separates paragraphs, even after a full line', () => {
    const items = [line(FULL, 700), line('AGREED:', 676)];
    expect(pdfTextFromPages([page(...items)])).toBe(`${FULL}\n\nAGREED:`);
  });

  it('separates pages with a form feed between blank lines, one per page, blank pages included', () => {
    const text = pdfTextFromPages([page(line('one', 700)), page(), page(line('three', 700))]);
    expect(text).toBe(['one', '', 'three'].join(PAGE_BREAK));
    expect(text.split('\f')).toHaveLength(3);
  });

  it('ends a paragraph at a page break after a full line that ends a sentence; finds the margin of short pages from the others', () => {
    const pages = [
      { items: [line(FULL, 700)] },
      { items: [line('Leicester', 700), line('City Council', 688)] },
    ];
    expect(pdfTextFromPages(pages)).toBe([FULL, 'Leicester\nCity Council'].join(PAGE_BREAK));
  });

  it('keeps a paragraph the layout carried over a page break whole, on the page where it starts', () => {
    const pages = [
      page(line('Heading', 712), line(FULL_UNFINISHED, 700)),
      page(line('carried over.', 760), line('Next', 748)),
    ];
    expect(pdfPageTexts(pages)).toEqual([`Heading\n${FULL_UNFINISHED} carried over.`, 'Next']);
  });

  it('drops page numbers standing apart in the header or footer, and keeps numbers in the text', () => {
    const body = [
      line('Page 7', 800),
      line('36. Care Quality Commission', 700),
      line('12', 688),
      line('- 7 -', 60),
    ];
    expect(pdfTextFromPages([page(...body)])).toBe('36. Care Quality Commission\n12');
  });

  it('leaves out rotated text, such as a DRAFT watermark across the page', () => {
    const watermark: PdfTextItem = {
      str: 'DRAFT',
      transform: [40, 40, -40, 40, 200, 694],
      width: 150,
      height: 56,
      hasEOL: false,
    };
    expect(pdfTextFromPages([page(line(FULL_UNFINISHED, 700), watermark, line('wrapped tail.', 688))])).toBe(
      `${FULL_UNFINISHED} wrapped tail.`,
    );
  });
});
