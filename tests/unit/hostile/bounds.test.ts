import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../../scripts/lib/dom';
import { blockTextOf, cleanTitle, htmlToText, MAX_TITLE, textOf } from '../../../utils/sites/dom';
import { locateItems } from '../../../utils/sites/locate-items';

/** The bugs the hostile pages found, each on the smallest page that shows it (issue #9). */
const page = (body: string) => htmlToDocument(`<!DOCTYPE html><html><body>${body}</body></html>`);

function nested(depth: number, inner: string): string {
  return `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

describe('reading text of hostile pages', () => {
  it('reads text 20,000 elements deep (recursion overflowed the stack at 5,000)', () => {
    const doc = page(`${nested(20_000, '<p>Deep <b>words</b></p>')}`);
    expect(textOf(doc.body)).toBe('Deep words');
    expect(blockTextOf(doc.body)).toBe('Deep words');
  });

  it('keeps block breaks and skips scripts in the same order as before', () => {
    const doc = page('<div>One<p>Two</p><script>x()</script>Three</div><li>Four</li>');
    expect(blockTextOf(doc.body)).toBe('One\nTwo\nThree\nFour');
    expect(textOf(doc.body)).toBe('OneTwoThreeFour');
  });

  it('cleans a 1 MB title of punctuation runs in bounded time and length (the trailing pattern was quadratic)', () => {
    const { value, ms } = timed(() => cleanTitle(`Parks ${'-.'.repeat(500_000)}x`));
    expect(value.length).toBeLessThanOrEqual(MAX_TITLE + 1);
    expect(value.startsWith('Parks -.-.')).toBe(true);
    expect(ms).toBeLessThan(1_000);
  });

  it.each([
    ['"<" without ">"', '<'],
    ['"<p " without ">"', '<p '],
    ['unclosed <script>', '<script>'],
  ])('reads 1 MB of %s from a web service reply in bounded time (the patterns were quadratic)', (_, unit) => {
    const { value, ms } = timed(() => htmlToText(`Agenda ${unit.repeat(1_000_000 / unit.length)} end`));
    expect(value.startsWith('Agenda')).toBe(true);
    expect(ms).toBeLessThan(1_000);
  });

  it('still drops closed scripts and styles, and keeps text after an unclosed one', () => {
    expect(htmlToText('a<SCRIPT type=x>x()</script >b<style>s{}</STYLE>c')).toBe('a b c');
    expect(htmlToText('a<script>x b<style>y</style>c')).toBe('ax b c');
  });
});

describe('locating items on hostile pages', () => {
  it('puts the badge on the title, not on a later paragraph that repeats it', () => {
    const doc = page(
      '<div><p class="title">Work Programme</p><p class="summary">The work programme for 2026.</p></div>',
    );
    const item = { number: '1', title: 'Work Programme' };
    expect(locateItems(doc, [item]).get(item)?.className).toBe('title');
  });

  it('finds a title 5,000 elements deep without reading the page once per level', () => {
    const doc = page(`${nested(5_000, '<p class="title">Allotment Rents</p>')}`);
    const item = { number: '1', title: 'Allotment Rents' };
    const { value, ms } = timed(() => locateItems(doc, [item]));
    expect(value.get(item)?.className).toBe('title');
    expect(ms).toBeLessThan(2_000);
  });

  it('gives up within its budget on 10,000 items that are not on a page of 20,000 candidates', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `<p>Row ${i}</p><span>cell</span>`).join('');
    const doc = page(`${rows}`);
    const items = Array.from({ length: 10_000 }, (_, i) => ({ number: String(i), title: `Missing ${i}` }));
    const { value, ms } = timed(() => locateItems(doc, items));
    expect(value.size).toBe(0);
    expect(ms).toBeLessThan(3_000);
  });
});
