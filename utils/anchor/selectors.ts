import { z } from 'zod';
import { CONTEXT_LENGTH } from './context';

/**
 * How a highlight is remembered: several independent descriptors of the same passage, as
 * Hypothesis stores them, so that it can be found again after the page has changed.
 * `v` versions the shape: a later version adds a migration, it never reinterprets v1.
 */

export const TextQuoteSelectorSchema = z.object({
  exact: z.string().min(1),
  prefix: z.string().max(CONTEXT_LENGTH),
  suffix: z.string().max(CONTEXT_LENGTH),
});

/** Offsets into the page's normalised text layer (see text-layer.ts), end exclusive. */
export const TextPositionSelectorSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((p) => p.end > p.start, { message: 'position.end must be after position.start' });

export const HighlightSelectorsSchema = z.object({
  v: z.literal(1),
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
  /** The agenda item the highlight sits in, as printed ("8", "7a"), when the page says. */
  itemNumber: z.string().optional(),
  url: z.string(),
});

export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;
export type HighlightSelectors = z.infer<typeof HighlightSelectorsSchema>;
