/** A task longer than this delays the page's answer to a click or key enough to be felt (RAIL). */
export const LONG_TASK_MS = 50;

/** Give the page its main thread back for a turn. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * After the page's next frame; or after a moment, since a tab in the background draws no frames.
 * Double resolution is harmless: the first one counts.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, NO_FRAME_MS);
    requestAnimationFrame(() => setTimeout(resolve));
  });
}

/** Long enough for a visible tab's frame (a few at 60 Hz, with a busy page). */
const NO_FRAME_MS = 100;
