import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { locateItems } from '../../../utils/sites/locate-items';

function page(body: string): Document {
  return parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;
}

const located = (doc: Document, titles: string[]) => {
  const items = titles.map((title, i) => ({ number: String(i + 1), title }));
  const found = locateItems(doc, items);
  return items.map((item) => found.get(item)?.id ?? null);
};

describe('placing badges: the element that shows each item title', () => {
  it('finds the innermost element, whatever its case and spacing', () => {
    const doc = page(`
      <table><tr><td id="n1">1.</td><td id="c1"><p id="t1"><a id="a1">Minutes  of the
        Previous Meeting</a></p></td></tr>
      <tr><td>2.</td><td id="c2"><p id="t2">BUDGET MONITORING REPORT</p></td></tr></table>`);
    expect(located(doc, ['Minutes of the previous meeting', 'Budget monitoring report'])).toEqual([
      'a1',
      't2',
    ]);
  });

  it('does not let a summary after the title, in the same block, take its badge', () => {
    const doc = page(`
      <div id="i1"><h3 id="h1">Parking Charges</h3><p id="s1">Parking charges: the summary.</p></div>
      <div id="i2"><h3 id="h2">Libraries</h3></div>`);
    expect(located(doc, ['Parking charges', 'Libraries'])).toEqual(['h1', 'h2']);
  });

  it('reads items in page order, and gives one element one badge', () => {
    const doc = page(`<p id="x">Apologies</p><p id="y">Declarations of interest</p><p id="z">Apologies</p>`);
    expect(located(doc, ['Apologies', 'Declarations of interest', 'Apologies'])).toEqual(['x', 'y', 'z']);
  });

  it('gives no badge to an item the page does not show, and still places the rest', () => {
    const doc = page(`<h2 id="a">Waste strategy</h2><h2 id="b">Any other business</h2>`);
    expect(located(doc, ['Waste strategy', 'Libraries review', 'Any other business'])).toEqual([
      'a',
      null,
      'b',
    ]);
  });

  it('matches long titles on their first words', () => {
    const long =
      'Proposed changes to the residents parking scheme in the Canbury and Norbiton areas following consultation';
    const doc = page(`<p id="p">${long.slice(0, 70)} (the rest was cut by the page)</p>`);
    expect(located(doc, [long])).toEqual(['p']);
  });

  it('puts the badge on the title, not on an earlier sentence that mentions it', () => {
    const doc = page(`
      <p id="d">2. That the impact of the real living wage be added to the work programme.</p>
      <table><tr><td>25.</td><td><p id="t">Work Programme</p></td></tr></table>`);
    expect(located(doc, ['Work Programme'])).toEqual(['t']);
  });

  it('accepts a short label before the title, and a mention where no element begins with it', () => {
    const doc = page(`<h3 id="l">Item 5 – Libraries review</h3><p id="m">Report on the waste strategy</p>`);
    expect(located(doc, ['Libraries review', 'Waste strategy'])).toEqual(['l', 'm']);
  });
});
