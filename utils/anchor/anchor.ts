import { offsetsToPoints, pointsToRange, type DomRangeLike } from './dom-points';
import { anchorInText, type AnchorResult } from './match';
import type { HighlightSelectors } from './selectors';
import { buildTextLayer, defaultRoot } from './text-layer';

/** Finds a stored highlight again in a page (see match.ts for how, and when it gives up). */
export function anchor(
  doc: Document,
  selectors: HighlightSelectors,
  root: Node = defaultRoot(doc),
): AnchorResult {
  return anchorInText(buildTextLayer(doc, root).text, selectors);
}

export type AnchoredRange = AnchorResult & { range?: DomRangeLike };

/**
 * Anchors many highlights of one page, reading the page once, and gives each found one its DOM
 * range (a live Range in a browser) ready to paint. Results are in the order of `list`.
 */
export function anchorAll(
  doc: Document,
  list: readonly HighlightSelectors[],
  root: Node = defaultRoot(doc),
): AnchoredRange[] {
  const layer = buildTextLayer(doc, root);
  return list.map((selectors) => {
    const result = anchorInText(layer.text, selectors);
    if (result.status === 'orphan') return result;
    const points = offsetsToPoints(layer, result.start, result.end);
    return points ? { ...result, range: pointsToRange(doc, points) } : result;
  });
}
