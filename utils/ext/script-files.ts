/**
 * The scripts that run in council pages, by their file names in the build. A module of its own so
 * the detector can name the overlay without carrying the match patterns (utils/ext/match-patterns.ts).
 */
/** The content script (entrypoints/detector.ts, an unlisted script declared in the manifest). */
export const DETECTOR_SCRIPT = 'detector.js';
/** The overlay (entrypoints/overlay): declared beside the detector on meeting pages, or imported by it. */
export const OVERLAY_SCRIPT = 'overlay.js';
