import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../../scripts/lib/dom';
import { demoMeetingPath } from '../../../scripts/demo-site/serve';
import { RecordSchema } from '../../../utils/model/record';
import { MAX_TITLE } from '../../../utils/sites/dom';
import { detectPage } from '../../../utils/sites/detect';
import { extractPage } from '../../../utils/sites/extract';
import { MAX_ITEMS } from '../../../utils/sites/items';
import { locateItems } from '../../../utils/sites/locate-items';
import {
  DEPTH,
  HOSTILE_IDS,
  PAYLOADS,
  deepPage,
  deepen,
  hostileAgendaPage,
  hostileMinutesPage,
  hugeTitlesPage,
  manyItemsPage,
} from '../../e2e/hostile-pages';

/** The hostile pages of the e2e tests, read as the overlay reads them, with linkedom (issue #9). */
const url = (id: number) => `https://democracy.riverside.example.gov.uk${demoMeetingPath(id)}`;

function read(html: string, id: number, prepare?: (doc: Document) => void) {
  const started = performance.now();
  const doc = htmlToDocument(html);
  prepare?.(doc);
  const detection = detectPage(url(id), doc);
  const { records } = extractPage(doc, url(id));
  const items = records[0]?.items ?? [];
  const located = locateItems(doc, items);
  const ms = performance.now() - started;
  console.info(`hostile page ${id}: ${items.length} items, ${located.size} located, ${Math.round(ms)} ms`);
  return { doc, detection, records, items, located, ms };
}

describe('hostile pages through detect, extract and locate', () => {
  it('script payloads in titles, decisions and minutes come back as their literal characters', () => {
    const minutes = read(hostileMinutesPage(), HOSTILE_IDS.minutes);
    expect(minutes.detection.kind).toBe('agenda');
    // The page shows the payloads as text: nothing in it was parsed into an element.
    expect(minutes.doc.querySelectorAll('img, b[onmouseover]').length).toBe(0);
    expect(minutes.items.map((item) => item.title)).toEqual([
      `Library Opening Hours ${PAYLOADS[0]}`,
      `Street Lighting Replacement ${PAYLOADS[1]}`,
    ]);
    const decisions = minutes.items.flatMap((item) => item.decisions.map((d) => d.text)).join('\n');
    expect(decisions).toContain(PAYLOADS[2]);
    expect(decisions).toContain(PAYLOADS[3]);
    // The page's own javascript: link is never kept as a document.
    const urls = minutes.items.flatMap((item) => [item.url, ...(item.documents ?? []).map((d) => d.url)]);
    for (const link of urls.filter(Boolean)) expect(link).toMatch(/^https?:\/\//);
    expect(() => minutes.records.forEach((record) => RecordSchema.parse(record))).not.toThrow();
    expect(minutes.located.size).toBe(2);
    for (const [item, element] of minutes.located) expect(element.textContent).toContain(item.title);
  });

  it('the next agenda is itemised the same way', () => {
    const agenda = read(hostileAgendaPage(), HOSTILE_IDS.agenda);
    expect(agenda.items.map((item) => item.title)).toEqual([
      `Library Opening Hours Review ${PAYLOADS[0]}`,
      `Street Lighting Replacement Programme ${PAYLOADS[2]}`,
    ]);
    expect(agenda.located.size).toBe(2);
  });

  it('1 MB titles are cut to a bounded title, quickly, even when they are runs of punctuation', () => {
    const huge = read(hugeTitlesPage(), HOSTILE_IDS.hugeTitles);
    expect(huge.items).toHaveLength(3);
    for (const item of huge.items) expect(item.title.length).toBeLessThanOrEqual(MAX_TITLE + 1);
    expect(huge.items[0]!.title).toMatch(/^Library library opening hours/);
    expect(huge.ms).toBeLessThan(10_000);
  });

  it('10,000 items: the first MAX_ITEMS are read, with a warning, and all of those located, in bounded time', () => {
    const many = read(manyItemsPage(), HOSTILE_IDS.manyItems);
    expect(many.items).toHaveLength(MAX_ITEMS);
    expect(many.records[0]!.warnings?.join()).toContain(`more than ${MAX_ITEMS} items`);
    expect(many.located.size).toBe(MAX_ITEMS);
    // Each located item is beside its own title.
    for (const [item, element] of many.located) expect(element.textContent).toContain(item.title);
    expect(many.ms).toBeLessThan(20_000);
  });

  it(`a DOM ${DEPTH} levels deep is read without overflowing the stack, badges at the titles`, () => {
    const deep = read(deepPage(), HOSTILE_IDS.deep, (doc) => deepen(doc, DEPTH));
    let depth = 0;
    for (let at: Element | null = deep.doc.querySelector('.mgWordPara span'); at; at = at.parentElement)
      depth++;
    expect(depth).toBeGreaterThan(2 * DEPTH);
    expect(deep.items.map((item) => item.title)).toEqual(['Allotment Rents', 'Cemetery Fees']);
    expect(deep.items[0]!.text).toBe('To set allotment rents for 2026/27.');
    expect([...deep.located.values()].map((element) => element.className)).toEqual([
      'mgAiTitleTxt',
      'mgAiTitleTxt',
    ]);
    expect(deep.ms).toBeLessThan(10_000);
  });
});
