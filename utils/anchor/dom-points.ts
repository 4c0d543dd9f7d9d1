import {
  buildTextLayer,
  defaultRoot,
  layerOffsetAt,
  rawOffsetAt,
  trimSpan,
  type TextLayer,
} from './text-layer';

/** The boundary points of a DOM Range; a live Range, a StaticRange or a plain object all fit. */
export interface DomRangeLike {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

function isTextLike(node: Node): boolean {
  return node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE;
}

/** The segment holding the character at index, by binary search over document order. */
function segmentAt(layer: TextLayer, index: number) {
  let low = 0;
  let high = layer.segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((layer.segments[mid]?.start ?? 0) <= index) low = mid;
    else high = mid - 1;
  }
  return layer.segments[low];
}

/**
 * The layer offset of a DOM boundary point. Points outside the walked root (a select-all that
 * starts on <html>) clamp to the layer's ends; `side` says which end.
 */
export function pointToOffset(
  layer: TextLayer,
  container: Node,
  offset: number,
  side: 'start' | 'end',
): number {
  const span = layer.spans.get(container);
  const clamp = (value: number) => Math.min(value, layer.text.length);
  if (!span) return side === 'start' ? 0 : layer.text.length;
  if (isTextLike(container)) {
    const segment = segmentAt(layer, span.start);
    // A text node that gave no characters (whitespace after a space) has no segment of its own.
    return clamp(segment?.node === container ? layerOffsetAt(segment, offset) : span.start);
  }
  const child = container.childNodes[offset];
  const childSpan = child ? layer.spans.get(child) : undefined;
  return clamp(childSpan ? childSpan.start : span.end);
}

/**
 * DOM boundary points for layer offsets [start, end). Spaces at the edges are trimmed first:
 * a space may stand for a line break between elements, which has no text node of its own.
 * Returns null when nothing but spaces is left.
 */
export function offsetsToPoints(layer: TextLayer, start: number, end: number): DomRangeLike | null {
  const span = trimSpan(layer.text, Math.max(0, start), Math.min(end, layer.text.length));
  if (span.start >= span.end) return null;
  const first = segmentAt(layer, span.start);
  const last = segmentAt(layer, span.end - 1);
  if (!first || !last) return null;
  return {
    startContainer: first.node,
    startOffset: rawOffsetAt(first, span.start),
    endContainer: last.node,
    endOffset: rawOffsetAt(last, span.end - 1) + 1,
  };
}

/** A live Range where the Document can make one (browsers), else the bare points (linkedom). */
export function pointsToRange(doc: Document, points: DomRangeLike): DomRangeLike {
  const range = typeof doc.createRange === 'function' ? doc.createRange() : undefined;
  if (!range || typeof range.setStart !== 'function') return points;
  range.setStart(points.startContainer, points.startOffset);
  range.setEnd(points.endContainer, points.endOffset);
  return range;
}

/** Text offsets (as anchor() returns them) back to a DOM range. */
export function toRange(
  doc: Document,
  start: number,
  end: number,
  root: Node = defaultRoot(doc),
): DomRangeLike | null {
  const points = offsetsToPoints(buildTextLayer(doc, root), start, end);
  return points && pointsToRange(doc, points);
}
