import { anchorInText } from '../anchor/match';
import type { HighlightSelectors } from '../anchor/selectors';

/**
 * The page (1-based) each highlight of a PDF is on, from the pages' text alone (textLayerText),
 * so orphans are known as soon as the text is read rather than once every page has been drawn.
 * A highlight belongs to the first page where utils/anchor finds it by its usual rules; pages
 * holding the exact quote are tried first, as a fuzzy search of every page costs far more.
 * Undefined for an orphan: no page holds it.
 */
export function pagesOfHighlights(
  layerTexts: readonly string[],
  list: readonly HighlightSelectors[],
): (number | undefined)[] {
  return list.map((selectors) => {
    const holding = layerTexts.flatMap((text, index) =>
      text.includes(selectors.quote.exact) ? [index] : [],
    );
    const others = layerTexts.flatMap((_, index) => (holding.includes(index) ? [] : [index]));
    const found = [...holding, ...others].find(
      (index) => anchorInText(layerTexts[index]!, selectors).status !== 'orphan',
    );
    return found === undefined ? undefined : found + 1;
  });
}
