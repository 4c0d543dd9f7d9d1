import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../../scripts/lib/dom';
import { describe as describeSelection } from '../../../utils/anchor/describe';
import { buildTextLayer } from '../../../utils/anchor/text-layer';
import { parsePackText } from '../../../utils/parse/index';
import { pagesOfHighlights } from '../../../utils/pdf/anchor-pages';
import { recordOfPassage } from '../../../utils/pdf/sections';
import { PAGE_BREAK, textLayerText, type PdfTextItem } from '../../../utils/pdf/text';

/** A pack of four pages: the agenda, the minutes of the last meeting (closing on page 3), then a report. */
const PAGES = [
  `HARBOURSIDE BOROUGH COUNCIL

NOTICE OF MEETING

ENVIRONMENT COMMITTEE

Tuesday, 9 September 2025 at 6.30 pm

AGENDA

1. Apologies for Absence

2. Minutes of the Previous Meeting
To confirm the minutes of the meeting held on 10 June 2025. (Pages 2 - 3)

3. Air Quality Monitoring at Quay Street
Report of the Head of Environmental Health`,
  `HARBOURSIDE BOROUGH COUNCIL

ENVIRONMENT COMMITTEE

MINUTES OF THE MEETING HELD ON TUESDAY 10 JUNE 2025 AT 6.30 P.M. IN COMMITTEE ROOM 2, CIVIC CENTRE

Present: Councillors M. Hughes (Chair), R. Osei and P. Doyle

12/25 APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillor S. Byrne.

13/25 AIR QUALITY MONITORING AT QUAY STREET

The Committee considered a report on nitrogen dioxide levels at Quay Street.`,
  `RESOLVED: That the Head of Environmental Health be requested to bring a report on air quality to the September meeting.

The meeting closed at 7.40 pm.`,
  `Purpose of the report

Nitrogen dioxide levels at Quay Street exceeded the annual objective in two of the last three years.`,
];

describe('recordOfPassage', () => {
  const { records, lines } = parsePackText(PAGES.join(PAGE_BREAK));

  it('reads where each record of the pack stands', () => {
    expect(records.map((r) => [r.role, r.meeting.date])).toEqual([
      ['agenda', '2025-09-09'],
      ['minutes', '2025-06-10'],
    ]);
    expect(lines).toHaveLength(2);
  });

  it('files a passage of the printed minutes under the minutes, whichever page of them it is on', () => {
    expect(recordOfPassage(PAGES, lines, 2, 'nitrogen dioxide levels')).toBe(1);
    expect(recordOfPassage(PAGES, lines, 3, 'be requested to bring a report')).toBe(1);
  });

  it('files a passage of the agenda under the agenda', () => {
    expect(recordOfPassage(PAGES, lines, 1, 'Air Quality Monitoring')).toBe(0);
  });

  it('files nothing for a report bound after the minutes closed: the caller gives it the main meeting', () => {
    expect(recordOfPassage(PAGES, lines, 4, 'exceeded the annual objective')).toBeUndefined();
  });

  it('tells apart two records on one page by where the quote stands', () => {
    const onePage = [`${PAGES[0]}\n${PAGES[1]}\n${PAGES[2]}`];
    const parsed = parsePackText(onePage[0]!);
    expect(recordOfPassage(onePage, parsed.lines, 1, 'Report of the Head of Environmental Health')).toBe(0);
    expect(recordOfPassage(onePage, parsed.lines, 1, 'nitrogen   dioxide\nlevels')).toBe(1);
  });

  it('gives nothing for a page the pack does not have', () => {
    expect(recordOfPassage(PAGES, lines, 9, 'anything')).toBeUndefined();
  });
});

function item(str: string, hasEOL = false): PdfTextItem {
  return { str, transform: [10, 0, 0, 10, 72, 700], width: str.length * 5, height: 10, hasEOL };
}

describe('textLayerText', () => {
  it('reads a page as utils/anchor reads the text layer pdf.js draws for it', () => {
    const items = [
      item('Nitrogen  dioxide '),
      item('levels', true),
      item(''),
      item('at Quay\u00a0Street', true),
    ];
    // What pdf.js's TextLayer puts in the DOM: a span per non-empty item, a <br> after an item ending a line.
    const html = items
      .map((i) => `${i.str ? `<span>${i.str}</span>` : ''}${i.hasEOL ? '<br role="presentation">' : ''}`)
      .join('');
    const layer = htmlToDocument(
      `<!DOCTYPE html><html><body><div class="textLayer">${html}</div></body></html>`,
    );
    expect(textLayerText(items)).toBe(buildTextLayer(layer).text);
    expect(textLayerText(items)).toBe('Nitrogen dioxide levels at Quay Street');
  });
});

describe('pagesOfHighlights', () => {
  const pages = [
    'Agenda of the meeting. Item 4 air quality.',
    'The nitrogen dioxide levels at Quay Street rose.',
  ];
  const selectorsOn = (text: string, quote: string) => {
    const doc = htmlToDocument(`<!DOCTYPE html><html><body><p>${text}</p></body></html>`);
    const start = text.indexOf(quote);
    return describeSelection(
      doc,
      { start, end: start + quote.length },
      { url: 'https://example.gov.uk/p.pdf' },
    )!;
  };

  it('finds the page of each highlight from the text alone, and no page for an orphan', () => {
    const kept = selectorsOn(pages[1]!, 'nitrogen dioxide levels');
    const gone = selectorsOn(
      'A passage about parking charges that no page holds any more.',
      'parking charges',
    );
    expect(pagesOfHighlights(pages, [kept, gone])).toEqual([2, undefined]);
  });

  it('finds a highlight whose words changed a little, on its page', () => {
    const kept = selectorsOn(pages[1]!, 'The nitrogen dioxide levels at Quay Street rose');
    const revised = [
      pages[0]!,
      'The nitrogen dioxide levels at Quay Street rose.'.replace('rose', 'rose again'),
    ];
    expect(pagesOfHighlights(revised, [kept])).toEqual([2]);
  });
});
