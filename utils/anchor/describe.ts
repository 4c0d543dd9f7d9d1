import { pointToOffset, type DomRangeLike } from './dom-points';
import { CONTEXT_LENGTH } from './context';
import type { HighlightSelectors } from './selectors';
import { buildTextLayer, defaultRoot, itemAt, trimSpan, type TextLayer } from './text-layer';

/** Offsets into the text layer, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface DescribeOptions {
  url: string;
  /** The agenda item, when the caller knows it better than the nearest item host does. */
  itemNumber?: string;
  root?: Node;
}

function isDomRange(target: DomRangeLike | TextSpan): target is DomRangeLike {
  return 'startContainer' in target;
}

function spanOf(layer: TextLayer, target: DomRangeLike | TextSpan): TextSpan {
  if (!isDomRange(target)) return target;
  return {
    start: pointToOffset(layer, target.startContainer, target.startOffset, 'start'),
    end: pointToOffset(layer, target.endContainer, target.endOffset, 'end'),
  };
}

/**
 * Describes a selection (DOM range or layer offsets) by its quote, context and position, so
 * that anchor() can find it again. Null when the selection holds no text (only spaces, or
 * only our own UI).
 */
export function describe(
  doc: Document,
  target: DomRangeLike | TextSpan,
  options: DescribeOptions,
): HighlightSelectors | null {
  const layer = buildTextLayer(doc, options.root ?? defaultRoot(doc));
  const raw = spanOf(layer, target);
  const { start, end } = trimSpan(layer.text, raw.start, Math.min(raw.end, layer.text.length));
  if (start >= end) return null;
  const itemNumber = options.itemNumber ?? itemAt(layer, start);
  return {
    v: 1,
    quote: {
      exact: layer.text.slice(start, end),
      prefix: layer.text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: layer.text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { start, end },
    ...(itemNumber === undefined ? {} : { itemNumber }),
    url: options.url,
  };
}
