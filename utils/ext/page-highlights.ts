import type { AnchoredRange } from '../anchor/anchor';
import type { HighlightSelectors } from '../anchor/selectors';
import type { PaintableHighlight } from './highlighter';
import { send } from './send';
import type { Highlight } from '../model/notes';

/**
 * What the web overlay and the PDF viewer do alike with highlights: turn anchoring results into
 * what the highlighter paints, and keep a selection as a highlight of a meeting.
 */

/** The saved highlights anchorAll() found (results in the order of `saved`), ready to paint. */
export function foundHighlights(
  saved: readonly Highlight[],
  results: readonly AnchoredRange[],
): PaintableHighlight[] {
  return saved.flatMap((highlight, i) => {
    const result = results[i];
    return result && result.status !== 'orphan' && result.range
      ? [{ id: highlight.id, kind: highlight.kind, range: result.range }]
      : [];
  });
}

export interface KeptPassage {
  /** The page (or PDF) the highlight belongs to, without #fragment. */
  url: string;
  meetingKey: string;
  kind: 'followup' | 'note';
  selectors: HighlightSelectors;
  note?: string;
}

/** Saves a highlight in the background (a follow-up also becomes an open action there). */
export function keepPassage({ url, meetingKey, kind, selectors, note }: KeptPassage): Promise<Highlight> {
  return send<Highlight>({
    type: 'save-highlight',
    url,
    meetingKey,
    itemNumber: selectors.itemNumber,
    kind,
    selectors,
    quote: selectors.quote.exact,
    note,
  });
}
