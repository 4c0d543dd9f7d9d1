import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/sites/extract';
import { titleElements } from '../../../utils/sites/locate-items';
import { findPlaced, placeElements } from '../../../utils/sites/page-layout';
import { HAS_SHARED, SHARED_MISSING } from '../shared-dir';
import { fixturePages } from './fixture-pages';

/**
 * Where a page's badges went, kept so that a page read again gets them back before it is read
 * (issue #8): an element's place in document order, and how its text begins.
 */
const page = (body: string) =>
  parseHTML(`<!doctype html><html><head><title>Cabinet</title></head><body>${body}</body></html>`)
    .document as unknown as Document;

const AGENDA = `<h2>Cabinet</h2><table>
  <tr><td>1.</td><td><p id="t1">Parking charges</p></td></tr>
  <tr><td>2.</td><td><p id="t2">Libraries: opening hours</p><p>A report on the hours.</p></td></tr>
  <tr><td>3.</td><td><p id="t3">Any other business</p></td></tr></table>`;
const notOurs = () => false;
const titlesOf = (doc: Document) => ['t1', 't2', 't3'].map((id) => doc.getElementById(id)!);

describe('page layout', () => {
  it('finds the same elements on the page parsed again', () => {
    const placements = placeElements(page(AGENDA), titlesOf(page(AGENDA)), notOurs);
    // Elements of another parse are not in this document: none can be placed.
    expect(placements).toBeNull();
    const doc = page(AGENDA);
    const kept = placeElements(doc, titlesOf(doc), notOurs)!;
    expect(kept.map((p) => p.text)).toEqual([
      'Parking charges',
      'Libraries: opening hours',
      'Any other business',
    ]);
    const again = page(AGENDA);
    const found = findPlaced(again, kept);
    expect(Array.isArray(found) && found.map((element) => element.id)).toEqual(['t1', 't2', 't3']);
  });

  it('counts the page without our elements, added since it was parsed', () => {
    const doc = page(AGENDA);
    for (const title of titlesOf(doc)) {
      const host = doc.createElement('agenda-lens-badge');
      host.setAttribute('data-ours', '');
      title.append(host); // inside the title, and before the next one in document order
    }
    const placements = placeElements(doc, titlesOf(doc), (element) => element.hasAttribute('data-ours'))!;
    const found = findPlaced(page(AGENDA), placements);
    expect(Array.isArray(found) && found.map((element) => element.id)).toEqual(['t1', 't2', 't3']);
  });

  it('gives the same place to an element that holds two badges', () => {
    const doc = page(AGENDA);
    const [first] = titlesOf(doc);
    const placements = placeElements(doc, [first!, first!], notOurs)!;
    expect(placements[0]).toEqual(placements[1]);
  });

  it('finds them all as far off when the page gained or lost elements before them', () => {
    const doc = page(AGENDA);
    const kept = placeElements(doc, titlesOf(doc), notOurs)!;
    for (const changed of [
      page(`<div><p>Cookie notice</p><button>Accept</button></div>${AGENDA}`),
      page(AGENDA.replace('<h2>Cabinet</h2>', '')),
    ]) {
      const found = findPlaced(changed, kept);
      expect(Array.isArray(found) && found.map((element) => element.id)).toEqual(['t1', 't2', 't3']);
    }
  });

  it('says why not when the page changed between title elements, or a title itself', () => {
    const doc = page(AGENDA);
    const kept = placeElements(doc, titlesOf(doc), notOurs)!;
    // A paragraph added after item 1: items 2 and 3 moved, item 1 did not.
    const inserted = page(
      AGENDA.replace('<p id="t1">Parking charges</p>', '<p id="t1">Parking charges</p><p>Late</p>'),
    );
    expect(findPlaced(inserted, kept)).toMatch(
      /^element \d+ was <p> "Libraries: opening hours" and is now <td> "Libraries: opening hours/,
    );
    // Item 1's title paragraph gone, its cell saying the same: the cell is not taken for it.
    const cell = page(AGENDA.replace('<td><p id="t1">Parking charges</p></td>', '<td>Parking charges</td>'));
    expect(findPlaced(cell, kept)).toMatch(/^element \d+ was <p> "Parking charges" and is now <tr> /);
    const retitled = page(AGENDA.replace('Any other business', 'Urgent business'));
    expect(findPlaced(retitled, kept)).toMatch(
      /was <p> "Any other business" and is now <p> "Urgent business"$/,
    );
    const shorter = page('<p>Cancelled</p>');
    expect(findPlaced(shorter, kept)).toMatch(/^the page has no element \d+ any more$/);
  });

  it('keeps only the start of a long element text, white space collapsed', () => {
    const doc = page(`<div id="long">  Item\n\n  ${'word '.repeat(200)}</div>`);
    const [placement] = placeElements(doc, [doc.getElementById('long')!], notOurs)!;
    expect(placement!.text).toBe(`Item ${'word '.repeat(20)}`.slice(0, 60));
  });

  it('places no element that left the page', () => {
    const doc = page(AGENDA);
    const [first] = titlesOf(doc);
    first!.remove();
    expect(placeElements(doc, [first!], notOurs)).toBeNull();
  });

  it.skipIf(!HAS_SHARED)(
    `finds every item's title element again on every real meeting page parsed twice (${HAS_SHARED ? 'the shared fixtures' : SHARED_MISSING})`,
    () => {
      let pages = 0;
      for (const { path, url, parse } of fixturePages()) {
        const first = parse();
        const read = extractPage(first, url);
        const items = read.records.flatMap((record) => record.items);
        if (!items.length) continue;
        const elements = [...titleElements(first, items, read.titles).values()];
        const placements = placeElements(first, elements, notOurs);
        expect(placements, path).not.toBeNull();
        const again = findPlaced(parse(), placements!);
        expect(Array.isArray(again), `${path}: ${String(again)}`).toBe(true);
        expect(
          (again as Element[]).map((e) => e.outerHTML),
          path,
        ).toEqual(elements.map((e) => e.outerHTML));
        pages++;
      }
      expect(pages).toBeGreaterThanOrEqual(5);
    },
  );
});
