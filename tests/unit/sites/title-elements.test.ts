import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/sites/extract';
import { titleElements } from '../../../utils/sites/locate-items';
import { MG_ITEM_TITLE } from '../../../utils/sites/moderngov';
import { HAS_SHARED, SHARED_MISSING } from '../shared-dir';
import { fixturePages } from './fixture-pages';

/**
 * Where the overlay puts each item's badge: on the element the adapter read the item's title
 * from, where the adapter says (ModernGov), else where locateItems finds the title (issue #8).
 */
const page = (body: string) =>
  parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;

const MEETING = `<div id="modgov"><h2 class="mgSubTitleTxt">Cabinet - Monday, 7th December, 2026 6.00 pm</h2>
  <table class="mgItemTable">
    <tr><td class="mgItemNumberCell">1.</td><td>
      <p class="mgAiTitleTxt"><a class="mgAiTitleLnk" id="l1" href="mgAi.aspx?ID=1">Parking charges</a></p>
      <div class="mgWordPara"><p>Parking charges were last reviewed in 2024.</p></div></td></tr>
    <tr><td class="mgItemNumberCell">2.</td><td><p class="mgAiTitleTxt" id="t2">Libraries</p></td></tr>
  </table></div>`;
const URL = 'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2';

describe("the items' title elements", () => {
  it("are where ModernGov's adapter read each title: its link, or its paragraph", () => {
    const doc = page(MEETING);
    const { records, titles } = extractPage(doc, URL);
    const items = records[0]!.items;
    expect(items.map((item) => titles?.get(item)?.id)).toEqual(['l1', 't2']);
  });

  it('are looked for only where the adapter did not say', () => {
    const doc = page(`<h3 id="a">Waste strategy</h3><h3 id="b">Any other business</h3>`);
    const [waste, other] = [
      { number: '1', title: 'Waste strategy' },
      { number: '2', title: 'Any other business' },
    ];
    const known = new Map([[waste!, doc.getElementById('b')!]]);
    const found = titleElements(doc, [waste!, other!], known);
    expect([...found].map(([item, element]) => [item.number, element.id])).toEqual([
      ['1', 'b'],
      ['2', 'b'],
    ]);
    expect(titleElements(doc, [waste!, other!]).get(waste!)?.id).toBe('a');
  });

  it.skipIf(!HAS_SHARED)(
    `show their item's title on every real page an adapter placed (${HAS_SHARED ? 'the shared fixtures' : SHARED_MISSING})`,
    () => {
      let placed = 0;
      for (const { path, url, parse } of fixturePages()) {
        const doc = parse();
        const { records, titles } = extractPage(doc, url);
        if (!titles?.size) continue;
        const items = records.flatMap((record) => record.items);
        for (const item of items) {
          const known = titles.get(item);
          if (!known) continue;
          placed++;
          // Its text begins with the title, after at most a short label, as locateItems requires.
          const at = words(known.textContent).indexOf(words(item.title));
          expect(at, `${path}: item ${item.number}`).toBeGreaterThanOrEqual(0);
          expect(at, `${path}: item ${item.number}`).toBeLessThanOrEqual(20);
          // ModernGov's are its title paragraphs: Kingston's item 33, 'Minutes', is not item 32's
          // "Minutes:" label, which the search alone took for it.
          if (path.startsWith('moderngov/')) expect(known.closest(MG_ITEM_TITLE), path).not.toBeNull();
        }
      }
      expect(placed).toBeGreaterThanOrEqual(10);
    },
  );
});

const words = (text: string | null) => (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
