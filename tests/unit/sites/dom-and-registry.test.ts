import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../../scripts/lib/dom';
import { detectPageText } from '../../../scripts/lib/extract-page';
import { detectPage } from '../../../utils/sites/detect';
import {
  absoluteUrl,
  blockTextOf,
  bounded,
  cleanText,
  cleanTitle,
  htmlToText,
} from '../../../utils/sites/dom';
import { meetingHeader } from '../../../utils/sites/meeting-header';
import { isMeetingPage } from '../../../utils/sites/types';

describe('titles and text', () => {
  it('cleanTitle drops file-size badges, page ranges and trailing punctuation', () => {
    expect(cleanTitle('Community Grants Programme  PDF 284 KB')).toBe('Community Grants Programme');
    expect(cleanTitle('Appendix A (Pages 5 - 12) .')).toBe('Appendix A');
    expect(cleanTitle('Budget report (PDF 99 KB)')).toBe('Budget report');
    expect(cleanTitle('Item 7: 2026/27 budget')).toBe('Item 7: 2026/27 budget');
  });

  it('cleanText collapses every kind of white space to single spaces, and leaves clean text as it is', () => {
    expect(cleanText(' Budget\u00a0 monitoring\n\treport\u200b ')).toBe('Budget monitoring report');
    expect(cleanText('Budget  report')).toBe('Budget report');
    expect(cleanText('Budget\u2003report')).toBe('Budget report');
    expect(cleanText(' Budget report ')).toBe('Budget report');
    const pieces = ['a', 'b', ' ', '  ', '\n', '\u00a0', '\u200b', '\t', '\u3000', '\ufeff'];
    let seed = 7;
    for (let n = 0; n < 500; n++) {
      const text = Array.from(
        { length: 8 },
        () => pieces[(seed = (seed * 48271) % 2147483647) % pieces.length],
      ).join('');
      expect(cleanText(text), JSON.stringify(text)).toBe(text.replace(/[\s\u00a0\u200b]+/g, ' ').trim());
    }
  });

  it('htmlToText reads escaped HTML without building it: entities decoded, scripts dropped, paragraphs kept', () => {
    const html =
      '<p>Resolved &ndash; that the&nbsp;report be noted&rsquo;s.</p><script>alert(1)</script><p>Next &amp; last &#163;5</p>';
    expect(htmlToText(html)).toBe('Resolved – that the report be noted’s.\nNext & last £5');
  });

  it('blockTextOf keeps one line per paragraph and skips script and style', () => {
    const doc = htmlToDocument(
      '<div id="x"><p>One</p><style>p{}</style><p>Two <b>bold</b></p><script>x()</script></div>',
    );
    expect(blockTextOf(doc.querySelector('#x'))).toBe('One\nTwo bold');
  });

  it('bounded cuts long text at a word', () => {
    const text = 'word '.repeat(400);
    expect(bounded(text).length).toBeLessThanOrEqual(1501);
    expect(bounded('short')).toBe('short');
  });

  it('absoluteUrl resolves relative links and refuses script links', () => {
    expect(absoluteUrl('mgAi.aspx?ID=1', 'https://x.gov.uk/ieListDocuments.aspx')).toBe(
      'https://x.gov.uk/mgAi.aspx?ID=1',
    );
    expect(absoluteUrl(' JavaScript:alert(1)', 'https://x.gov.uk/')).toBeUndefined();
  });
});

describe('meeting headings', () => {
  it('reads committee, date and time in the orders platforms print them', () => {
    expect(meetingHeader('Licensing Sub-Committee A - 3 Aug 2026 - 10:00')).toEqual({
      committee: 'Licensing Sub-Committee A',
      date: '2026-08-03',
      time: '10:00',
    });
    expect(meetingHeader('19/10/2015 - Policy Committee')).toEqual({
      committee: 'Policy Committee',
      date: '2015-10-19',
    });
    expect(meetingHeader('Board Retreat @ 9:30 a.m. - 12:00 p.m. - Wednesday, May 22, 2024')).toEqual({
      committee: 'Board Retreat',
      date: '2024-05-22',
      time: '09:30',
    });
    expect(meetingHeader('Cabinet - Thursday 4 December 2025 7:30 pm, CANCELLED')).toMatchObject({
      cancelled: true,
    });
    expect(meetingHeader('Committee at 3 Church Street - 4 May 2025')?.committee).toBe(
      'Committee at 3 Church Street',
    );
    expect(meetingHeader('Planning Committee')).toBeNull();
  });
});

describe('the detection registry', () => {
  it('never throws: a failing adapter is skipped and named in the reason', () => {
    const broken = {
      documentElement: { tagName: 'HTML' },
      querySelector: () => {
        throw new Error('boom');
      },
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as Document;
    const found = detectPage('https://democracy.example.gov.uk/ieListDocuments.aspx?MId=1', broken);
    expect(found).toMatchObject({ system: 'none', kind: 'other' });
    expect(found.reason).toMatch(/boom/);
    expect(detectPage('not a url', htmlToDocument('<p>x</p>'))).toMatchObject({
      system: 'none',
      kind: 'other',
    });
  });

  it('says why nothing matched, and only meeting kinds get an overlay', () => {
    const found = detectPage(
      'https://www.example.com/',
      htmlToDocument('<title>Shop</title><h1>Welcome</h1>'),
    );
    expect(found).toMatchObject({
      system: 'none',
      kind: 'other',
      reason: expect.stringMatching(/no meeting platform/),
    });
    expect(isMeetingPage(found)).toBe(false);
    expect(isMeetingPage({ ...found, kind: 'decision' })).toBe(true);
    expect(isMeetingPage({ ...found, kind: 'meeting-list' })).toBe(false);
  });

  it('JSON answers are recognised by their shape, invalid JSON is other', () => {
    expect(
      detectPageText('[{"dateTime":"2024-01-01","documentList":[]}]', 'https://x.primegov.com/api', '.json'),
    ).toMatchObject({
      system: 'primegov',
      kind: 'meeting-list',
    });
    expect(detectPageText('{oops', 'https://x.example/api', '.json')).toMatchObject({
      system: 'none',
      kind: 'other',
    });
  });
});
