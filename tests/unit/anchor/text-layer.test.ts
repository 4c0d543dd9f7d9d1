import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../../scripts/lib/dom';
import {
  buildTextLayer,
  itemAt,
  layerOffsetAt,
  rawOffsetAt,
  trimSpan,
} from '../../../utils/anchor/text-layer';
import { fixtureHtml, page } from './helpers';

const layerOf = (html: string) => buildTextLayer(htmlToDocument(html));
const bodyLayer = (body: string) => layerOf(page(body));

describe('buildTextLayer', () => {
  it('collapses whitespace runs, newlines and non-breaking spaces to single spaces, with no space at the ends', () => {
    expect(bodyLayer('  <p>Report\n   of the\u00a0\u00a0Director </p>  ').text).toBe(
      'Report of the Director',
    );
  });

  it('puts a space between block elements and none inside inline ones', () => {
    expect(
      bodyLayer(
        '<table><tr><td>37</td><td><h2>Parking</h2></td></tr></table><p>An <em>urgent</em>ly needed</p>',
      ).text,
    ).toBe('37 Parking An urgently needed');
  });

  it('leaves out scripts, styles, noscript and our own shadow hosts', () => {
    const html =
      '<p>Before</p><script>var x = "code";</script><style>p{}</style><noscript>Enable JS</noscript>' +
      '<span data-lens-host data-lens-item="8">2 earlier decisions</span><p>After</p>';
    expect(bodyLayer(html).text).toBe('Before After');
  });

  it('reads the same whether or not our hosts are on the page, so a highlight made with them anchors without them', () => {
    const withHost = bodyLayer('<h2>8 Parking<div data-lens-host>badge</div> charges</h2>').text;
    const without = bodyLayer('<h2>8 Parking charges</h2>').text;
    expect(withHost).toBe(without);
  });

  it('drops soft hyphens and zero-width characters, which pages add and remove at will', () => {
    expect(bodyLayer('<p>en\u00adforce\u200bment</p>').text).toBe('enforcement');
  });

  it('maps every character back to its offset in its own text node', () => {
    const layer = bodyLayer('<p>a  b</p><p> c</p>');
    expect(layer.text).toBe('a b c');
    expect(layer.segments.map((s) => [s.node.nodeValue, s.start, s.end])).toEqual([
      ['a  b', 0, 3],
      [' c', 3, 5],
    ]);
    const [first, second] = layer.segments;
    expect([0, 1, 2].map((i) => rawOffsetAt(first!, i))).toEqual([0, 1, 3]);
    expect([3, 4].map((i) => rawOffsetAt(second!, i))).toEqual([0, 1]);
    expect([0, 1, 2, 3, 4].map((raw) => layerOffsetAt(first!, raw))).toEqual([0, 1, 2, 2, 3]);
  });

  it('reads the fixture page without its head, script or noscript text', () => {
    const text = layerOf(fixtureHtml('minutes.html')).text;
    expect(text.startsWith('Minutes of the Transport and Environment Committee Thursday')).toBe(true);
    expect(text).toContain('36 Minutes of the previous meeting RESOLVED');
    expect(text).not.toContain('tracking pixel');
    expect(text).not.toContain('enable JavaScript');
  });
});

describe('itemAt', () => {
  it('names the item whose host comes last before the offset', () => {
    const layer = bodyLayer(
      '<span data-lens-host data-lens-item="7"></span><p>First</p><span data-lens-host data-lens-item="8a"></span><p>Second</p>',
    );
    expect(itemAt(layer, 0)).toBe('7');
    expect(itemAt(layer, layer.text.indexOf('Second'))).toBe('8a');
  });

  it('is undefined before any item host', () => {
    const layer = bodyLayer('<p>Preamble</p><span data-lens-item="1"></span><p>Item</p>');
    expect(itemAt(layer, 0)).toBeUndefined();
  });
});

describe('trimSpan', () => {
  it('narrows a span past spaces at either end', () => {
    expect(trimSpan('a  word  b', 1, 8)).toEqual({ start: 3, end: 7 });
  });
});
