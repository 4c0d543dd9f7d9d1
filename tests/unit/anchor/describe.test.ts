import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../../scripts/lib/dom';
import { describe as describeSelection } from '../../../utils/anchor/describe';
import { HighlightSelectorsSchema } from '../../../utils/anchor/selectors';
import { PAGE_URL, fixtureHtml, page, spanOfText } from './helpers';

describe('describe', () => {
  const doc = htmlToDocument(fixtureHtml('minutes.html'));

  it('stores the quote, 32 characters of context either side, the position and the url, valid against the schema', () => {
    const selectors = describeSelection(doc, spanOfText(doc, 'bring a report on the impact'), {
      url: PAGE_URL,
    });
    expect(HighlightSelectorsSchema.parse(selectors)).toEqual(selectors);
    expect(selectors?.quote).toEqual({
      exact: 'bring a report on the impact',
      prefix: 'rector of Place be requested to ',
      suffix: ' of the new charges on carers to',
    });
    expect(selectors?.url).toBe(PAGE_URL);
  });

  it('reads a DOM range that starts and ends inside text nodes across elements, with page whitespace collapsed', () => {
    const paragraph = doc.querySelectorAll('p')[2]!;
    const em = paragraph.querySelector('em')!;
    const range = {
      startContainer: paragraph.firstChild!,
      startOffset: 'The Committee considered a report of the Director of Place on the'.length,
      endContainer: em.firstChild!,
      endOffset: 'households'.length,
    };
    const selectors = describeSelection(doc, range, { url: PAGE_URL });
    expect(selectors?.quote.exact).toBe(
      "proposed increase in residents' parking permit charges from April 2026. Members asked about the effect on households",
    );
  });

  it('reads element boundary points as the start of the child they point at', () => {
    const em = doc.querySelector('em')!;
    const selectors = describeSelection(
      doc,
      { startContainer: em, startOffset: 0, endContainer: em, endOffset: 1 },
      { url: PAGE_URL },
    );
    expect(selectors?.quote.exact).toBe('households with more than one vehicle');
  });

  it('returns null for a selection holding only whitespace', () => {
    const spaced = htmlToDocument(page('<p>One</p>   <p>Two</p>'));
    expect(describeSelection(spaced, { start: 3, end: 4 }, { url: PAGE_URL })).toBeNull();
  });

  it('takes the item number from the nearest item host before the selection, unless told', () => {
    const withHosts = htmlToDocument(
      page('<h2>8 Parking<span data-lens-host data-lens-item="8"></span></h2><p>Bring a report.</p>'),
    );
    const span = spanOfText(withHosts, 'Bring a report');
    expect(describeSelection(withHosts, span, { url: PAGE_URL })?.itemNumber).toBe('8');
    expect(describeSelection(withHosts, span, { url: PAGE_URL, itemNumber: '8a' })?.itemNumber).toBe('8a');
    expect(describeSelection(doc, spanOfText(doc, 'RESOLVED'), { url: PAGE_URL })).not.toHaveProperty(
      'itemNumber',
    );
  });
});
