import { bundleSizeFigures } from './figures/bundle-sizes';
import { linkingFigures } from './figures/linking';
import { parsingFigures } from './figures/parsing';
import type { Figure } from './types';

/** Every figure of the suite, in the order of the table. Figure files load heavy modules lazily. */
export const FIGURES: Figure[] = [...bundleSizeFigures, ...parsingFigures, ...linkingFigures];
