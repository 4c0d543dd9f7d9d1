import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../../scripts/lib/dom';
import { anchor, anchorAll } from '../../../utils/anchor/anchor';
import type { AnchorResult } from '../../../utils/anchor/match';
import { buildTextLayer } from '../../../utils/anchor/text-layer';
import { edit, fixtureHtml, page, selectorsFor, spanOfText } from './helpers';

const MINUTES = fixtureHtml('minutes.html');
const ACTION =
  'the Director of Place be requested to bring a report on the impact of the new charges on carers to the June meeting';

/** The words an anchor result covers in html, or its orphan reason. */
function found(html: string, result: AnchorResult): string {
  if (result.status === 'orphan') return `orphan: ${result.reason}`;
  return buildTextLayer(htmlToDocument(html)).text.slice(result.start, result.end);
}

function reanchor(original: string, quote: string, changed: string, occurrence = 0) {
  const result = anchor(htmlToDocument(changed), selectorsFor(original, quote, occurrence));
  return { result, words: found(changed, result) };
}

describe('anchor on an unchanged page', () => {
  it('finds the highlight at its stored position, exactly', () => {
    const selectors = selectorsFor(MINUTES, ACTION);
    expect(anchor(htmlToDocument(MINUTES), selectors)).toEqual({
      status: 'exact',
      ...selectors.position,
      score: 1,
    });
  });

  it('tells apart the two identical "That the report be noted." by position and context', () => {
    const second = selectorsFor(MINUTES, 'That the report be noted.', 1);
    const result = anchor(htmlToDocument(MINUTES), second);
    expect(result).toMatchObject({ status: 'exact', start: second.position.start });
  });
});

describe('anchor after the page changed', () => {
  it('finds the quote by exact search when text inserted earlier makes the stored position stale', () => {
    const changed = edit(
      MINUTES,
      '<h1 class="mgMainTitleTxt">',
      '<p>Published 14 March 2026. Subject to approval at the next meeting.</p><h1 class="mgMainTitleTxt">',
    );
    const { result, words } = reanchor(MINUTES, ACTION, changed);
    expect(result.status).toBe('exact');
    expect(words).toBe(ACTION);
  });

  it('follows the repeated quote its context names when the repeats move apart', () => {
    const changed = edit(
      MINUTES,
      '<p>RESOLVED – That the report be noted.</p>\n    <table',
      '<p>Councillor Ahmed asked for the vote to be recorded.</p><p>RESOLVED – That the report be noted.</p>\n    <table',
    );
    const first = reanchor(MINUTES, 'That the report be noted.', changed, 0);
    const second = reanchor(MINUTES, 'That the report be noted.', changed, 1);
    const text = buildTextLayer(htmlToDocument(changed)).text;
    expect(first.result).toMatchObject({
      status: 'exact',
      start: spanOfText(htmlToDocument(changed), 'That the report be noted.', 0).start,
    });
    expect(second.result).toMatchObject({
      status: 'exact',
      start: text.lastIndexOf('That the report be noted.'),
    });
  });

  it('anchors fuzzily through small edits inside the quote', () => {
    const changed = edit(
      MINUTES,
      'bring a report on the impact of the new charges on carers to the June meeting',
      'bring a report on the impacts of the new charges on unpaid carers to the June meeting',
    );
    const { result, words } = reanchor(MINUTES, ACTION, changed);
    expect(result.status).toBe('fuzzy');
    expect(words).toBe(
      'the Director of Place be requested to bring a report on the impacts of the new charges on unpaid carers to the June meeting',
    );
  });

  it('anchors through whitespace and line-break changes, which the text layer normalises away', () => {
    const changed = edit(
      MINUTES,
      '<p>RESOLVED – That the Director of Place be requested',
      '<p>RESOLVED –\n\n   That the Director of Place\n      be   requested',
    );
    const { result, words } = reanchor(MINUTES, ACTION, changed);
    expect(result.status).toBe('exact');
    expect(words).toBe(ACTION);
  });

  it('anchors when the quote was split across new inline markup', () => {
    const changed = edit(
      MINUTES,
      'on carers to the June meeting',
      'on <strong>carers</strong> to the <a href="#">June meeting</a>',
    );
    expect(reanchor(MINUTES, ACTION, changed).words).toBe(ACTION);
  });

  it('gives an orphan, not another place, when the quoted sentence was deleted', () => {
    const changed = edit(MINUTES, `<p>RESOLVED – That ${ACTION}.</p>`, '');
    expect(reanchor(MINUTES, ACTION, changed).words).toBe('orphan: not-found');
  });

  it('gives an orphan when a short quote survives only elsewhere, in other words around it', () => {
    const quote = 'the figures for each camera site';
    const changed = edit(
      MINUTES,
      '<p>RESOLVED – That the Head of Highways circulate the figures for each camera site to all members of the Committee.</p>',
      '<p>Members noted that officers would publish the figures for each camera site online in due course.</p>',
    );
    expect(reanchor(MINUTES, quote, changed).words).toBe('orphan: unverified');
  });

  it('gives an orphan, not a wrong match, when the sentence was replaced by a similar one about something else', () => {
    const changed = edit(
      MINUTES,
      'bring a report on the impact of the new charges on carers to the June meeting',
      'bring a report on the take-up of the new permits by businesses to the July meeting',
    );
    expect(reanchor(MINUTES, ACTION, changed).words).toBe('orphan: not-found');
  });

  it('gives an orphan when, within the edit budget, the quote now says something else (other words, not typos)', () => {
    const changed = edit(
      MINUTES,
      'the impact of the new charges on carers',
      'the cost of the new permits for traders',
    );
    expect(reanchor(MINUTES, ACTION, changed).words).toBe('orphan: unverified');
  });

  it('anchors a quote from the very start of the page, whose empty prefix meant "page edge", once a heading is added above', () => {
    const quote = 'Minutes of the Transport and Environment Committee';
    const changed = edit(
      MINUTES,
      '<div id="mgContent">',
      '<div id="mgContent"><p>Draft – subject to approval</p>',
    );
    expect(selectorsFor(MINUTES, quote).quote.prefix).toBe('');
    expect(reanchor(MINUTES, quote, changed)).toMatchObject({ result: { status: 'exact' }, words: quote });
  });

  describe('two passages that read alike', () => {
    const note = 'Noted without comment.';
    const block = `<p>Item 4 was taken as read and was: ${note} The meeting then moved on to the next item.</p>`;
    const filler = `<p>${'Filler text about something else entirely. '.repeat(20)}</p>`;

    it('gives an orphan when neither is clearly nearer where the highlight was', () => {
      const selectors = selectorsFor(page(filler + block + filler), note);
      const spread = page(block + filler + filler + block);
      expect(anchor(htmlToDocument(spread), selectors)).toEqual({ status: 'orphan', reason: 'ambiguous' });
    });

    it('takes the one clearly nearer the stored position, after text was inserted above both', () => {
      const original = page(block + filler + filler + block);
      const moved = page(
        '<p>A preamble was added at the top of the page.</p>' + block + filler + filler + block,
      );
      const { result } = reanchor(original, note, moved, 0);
      expect(result).toMatchObject({
        status: 'exact',
        start: spanOfText(htmlToDocument(moved), note, 0).start,
      });
    });
  });
});

describe('anchorAll', () => {
  it('reads the page once and gives found highlights a range and orphans none, in order', () => {
    const doc = htmlToDocument(MINUTES);
    const results = anchorAll(doc, [
      selectorsFor(MINUTES, ACTION),
      { ...selectorsFor(MINUTES, 'carers'), quote: { exact: 'bus subsidies', prefix: '', suffix: '' } },
    ]);
    expect(results.map((r) => r.status)).toEqual(['exact', 'orphan']);
    expect(results[0]?.range?.startContainer.nodeValue).toContain('RESOLVED – That the Director of Place');
    expect(results[1]).not.toHaveProperty('range');
  });
});
