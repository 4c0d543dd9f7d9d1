import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../../scripts/lib/dom';
import { anchor } from '../../../utils/anchor/anchor';
import { anchorInText } from '../../../utils/anchor/match';
import { buildTextLayer } from '../../../utils/anchor/text-layer';
import { edit, page, selectorsFor } from './helpers';

/** Deterministic pseudo-random minutes text: repetitive like real minutes, but no two paragraphs alike. */
function bigMinutesPage(targetBytes: number): string {
  const words = [
    'council',
    'report',
    'resolved',
    'director',
    'parking',
    'highways',
    'budget',
    'members',
    'noted',
    'ward',
    'scheme',
    'consultation',
    'officers',
    'agreed',
    'committee',
    'the',
    'of',
    'and',
    'that',
    'be',
  ];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const parts: string[] = [];
  let size = 0;
  for (let item = 1; size < targetBytes; item++) {
    const sentence = Array.from({ length: 60 }, () => words[next() % words.length]).join(' ');
    const row = `<table><tr><td>${item}</td><td><h2>Item ${item}</h2></td></tr></table><p>${sentence}.</p><p>RESOLVED – That the report be noted.</p>`;
    parts.push(row);
    size += row.length;
  }
  return page(parts.join('\n'));
}

const QUOTE =
  'the Director of Place be requested to bring a report on the impact of the new charges on carers to the June meeting';
const BIG = bigMinutesPage(1_000_000).replace(
  '<p>RESOLVED – That the report be noted.</p>',
  `<p>RESOLVED – That ${QUOTE}.</p>`,
);
// The highlight sits near the middle of the page.
const MIDDLE = BIG.indexOf('<h2>Item 1000</h2>');
const ORIGINAL = BIG.slice(0, MIDDLE) + `<p>Also: ${QUOTE}, as minuted.</p>` + BIG.slice(MIDDLE);

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

describe('anchoring on a 1 MB page', () => {
  const selectors = selectorsFor(ORIGINAL, `Also: ${QUOTE}, as minuted.`);

  it.each([
    ['unchanged (stored position)', ORIGINAL, 'exact'],
    [
      'text inserted above (exact search)',
      edit(ORIGINAL, '<h2>Item 3</h2>', '<h2>Item 3</h2><p>An added paragraph.</p>'),
      'exact',
    ],
    [
      'quote edited (fuzzy, near the old place)',
      edit(
        ORIGINAL,
        'on carers to the June meeting, as minuted',
        'on unpaid carers to the June meeting, as minuted',
      ),
      'fuzzy',
    ],
    [
      'quote deleted (fuzzy over the whole page, then orphan)',
      edit(ORIGINAL, `<p>Also: ${QUOTE}, as minuted.</p>`, ''),
      'orphan',
    ],
  ])('%s: anchors within a generous bound', (_case, html, status) => {
    const doc = htmlToDocument(html);
    anchor(doc, selectors); // warm up the JIT, as a page that paints several highlights would
    const layer = timed(() => buildTextLayer(doc));
    const match = timed(() => anchorInText(layer.value.text, selectors));
    const total = timed(() => anchor(doc, selectors));
    console.info(
      `anchor on ${(html.length / 1e6).toFixed(2)} MB (${layer.value.text.length} chars of text), ${_case}: ` +
        `read page ${layer.ms.toFixed(1)} ms + match ${match.ms.toFixed(1)} ms; anchor() ${total.ms.toFixed(1)} ms`,
    );
    expect(total.value.status).toBe(status);
    // Tens of ms on an idle desktop; the bound only catches a quadratic slip, as this machine's cores are shared.
    expect(total.ms).toBeLessThan(3_000);
  });
});

describe('a one-word quote on a big page', () => {
  it('scores only the likeliest of its thousands of hits, and still finds the one its context names', () => {
    const text = buildTextLayer(htmlToDocument(BIG)).text;
    const at = text.indexOf(' the ', Math.floor(text.length / 2)) + 1;
    const hits = text.split(' the ').length - 1;
    const selectors = {
      v: 1 as const,
      quote: { exact: 'the', prefix: text.slice(at - 32, at), suffix: text.slice(at + 3, at + 35) },
      // Stale by a few characters, as after a small edit above it.
      position: { start: at + 7, end: at + 10 },
      url: 'x',
    };
    const { value, ms } = timed(() => anchorInText(text, selectors));
    console.info(`one-word quote with ${hits} exact hits in ${text.length} chars: ${ms.toFixed(1)} ms`);
    expect(hits).toBeGreaterThan(1_000);
    expect(value).toMatchObject({ status: 'exact', start: at });
    expect(ms).toBeLessThan(3_000);
  });
});
