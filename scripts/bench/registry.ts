import { badgeFigures } from './figures/badges';
import { bundleSizeFigures } from './figures/bundle-sizes';
import { contentScriptFigures } from './figures/content-script-cost';
import { linkingFigures } from './figures/linking';
import { parsingFigures } from './figures/parsing';
import { scaleFigures } from './figures/scale';
import type { Figure } from './types';

/** Every figure of the suite, in the order of the table. */
export const FIGURES: Figure[] = [
  ...bundleSizeFigures,
  ...parsingFigures,
  ...linkingFigures,
  ...contentScriptFigures,
  ...badgeFigures,
  ...scaleFigures,
];
