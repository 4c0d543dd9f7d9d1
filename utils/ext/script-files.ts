/**
 * The scripts that run in council pages, by their file names in the build. A module of its own so
 * the detector can name the overlay without carrying the match patterns (utils/ext/match-patterns.ts).
 */
/** The content script with every platform's detector (entrypoints/detector.ts, declared in the manifest). */
export const DETECTOR_SCRIPT = 'detector.js';
/** The content script on ModernGov's addresses: its detector alone (entrypoints/detector-moderngov.ts). */
export const MODERNGOV_DETECTOR_SCRIPT = 'detector-moderngov.js';
/** The overlay (entrypoints/overlay): declared beside the detector on meeting pages, or imported by it. */
export const OVERLAY_SCRIPT = 'overlay.js';
