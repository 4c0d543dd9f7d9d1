import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../../scripts/lib/dom';
import { offsetsToPoints, pointToOffset, toRange } from '../../../utils/anchor/dom-points';
import { buildTextLayer } from '../../../utils/anchor/text-layer';
import { page } from './helpers';

describe('offsetsToPoints and pointToOffset', () => {
  const doc = htmlToDocument(page('<p>The   Director be <em>requested</em></p><p>to report.</p>'));
  const layer = buildTextLayer(doc);

  it('turns layer offsets into text-node points that hold the same words, whitespace aside', () => {
    const start = layer.text.indexOf('Director');
    const end = layer.text.indexOf('report') + 'report'.length;
    const points = offsetsToPoints(layer, start, end)!;
    expect(points.startContainer.nodeValue).toBe('The   Director be ');
    expect(points.startOffset).toBe(6);
    expect(points.endContainer.nodeValue).toBe('to report.');
    expect(points.endOffset).toBe(9);
    expect(pointToOffset(layer, points.startContainer, points.startOffset, 'start')).toBe(start);
    expect(pointToOffset(layer, points.endContainer, points.endOffset, 'end')).toBe(end);
  });

  it('trims spaces at the edges, which may stand for a line break with no text node', () => {
    const start = layer.text.indexOf(' to report');
    const points = offsetsToPoints(layer, start, start + 3)!;
    expect(points.startContainer.nodeValue).toBe('to report.');
    expect(points.startOffset).toBe(0);
  });

  it('gives null for a span of nothing but space', () => {
    const space = layer.text.indexOf(' ');
    expect(offsetsToPoints(layer, space, space + 1)).toBeNull();
  });

  it('clamps points outside the walked root to the ends of the layer', () => {
    expect(pointToOffset(layer, doc.documentElement, 0, 'start')).toBe(0);
    expect(pointToOffset(layer, doc.documentElement, 1, 'end')).toBe(layer.text.length);
  });
});

describe('toRange', () => {
  it('returns bare points where the Document cannot make a usable Range (linkedom)', () => {
    const doc = htmlToDocument(page('<p>Noted.</p>'));
    const range = toRange(doc, 0, 6)!;
    expect(range.startContainer.nodeValue).toBe('Noted.');
    expect([range.startOffset, range.endOffset]).toEqual([0, 6]);
  });
});
