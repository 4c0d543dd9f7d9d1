/**
 * The content script and the overlay bundle it imports share one isolated world. The content
 * script asks the background whether the site is turned off while the overlay loads, and hands
 * the answer over here, so the two waits overlap instead of adding up. Pages cannot see it.
 */
const GATE = Symbol.for('agenda-lens.overlay-enabled');

type Gate = Promise<boolean>;

export function openOverlayGate(enabled: Gate): void {
  (globalThis as unknown as Record<symbol, Gate>)[GATE] = enabled;
}

/** Whether the overlay may run: false when the site is turned off, or no content script said yes. */
export function overlayAllowed(): Gate {
  return (globalThis as unknown as Record<symbol, Gate | undefined>)[GATE] ?? Promise.resolve(false);
}
