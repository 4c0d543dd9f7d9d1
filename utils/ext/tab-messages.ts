/**
 * Messages from our extension pages (the popup) to the overlay in a tab. The overlay checks the
 * sender is this extension and the shape is one of these before acting (issue #9).
 */
export type TabMessage = { type: 'backfill-start' } | { type: 'backfill-cancel' };

export function isTabMessage(value: unknown): value is TabMessage {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'backfill-start' || type === 'backfill-cancel';
}

/**
 * From the background: which page does this tab show? The overlay of a meeting page answers with
 * its address (entrypoints/overlay/which-page.ts); a page without it cannot (utils/ext/shown-page.ts).
 */
export const WHICH_PAGE = { type: 'which-page' } as const;

export function isWhichPage(value: unknown): boolean {
  return (value as { type?: unknown } | null)?.type === WHICH_PAGE.type;
}
