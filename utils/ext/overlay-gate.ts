/**
 * The detector and the overlay share one isolated world and meet here. Whichever detects the page
 * first (the detector, or the overlay itself on a page read again) says it is a meeting page by
 * opening the gate with the pending answer about this site (is it turned off?), so the overlay
 * reads the page while that answer travels. The overlay is either declared at document_start
 * (meeting pages by address: it waits here) or imported by the detector after it opened the gate.
 * Pages cannot see it.
 */
import type { Detection } from '../sites/types';

const GATE = Symbol.for('agenda-lens.overlay-gate');

type Enabled = Promise<boolean>;
/** Starts the overlay with the pending answer about this site, and what the page was detected as. */
type Start = (enabled: Enabled, detection: Detection) => void;

interface Gate {
  /** Whether a script of ours has looked at this page already (each page is detected once). */
  detected?: boolean;
  enabled?: Enabled;
  /** What the page was detected as, so that the overlay does not detect it again (issue #8). */
  detection?: Detection;
  /** A loaded overlay waiting for the detector. */
  waiting?: Start;
  started?: boolean;
}

function gate(): Gate {
  const world = globalThis as unknown as Record<symbol, Gate | undefined>;
  return (world[GATE] ??= {});
}

/**
 * The detector's side, on a meeting page: start the overlay that is already loaded, if any.
 * False when none is: the caller imports it, and it starts on its own.
 */
export function openOverlayGate(enabled: Enabled, detection: Detection): boolean {
  const current = gate();
  current.enabled ??= enabled;
  current.detection ??= detection;
  const waiting = current.waiting;
  if (!waiting) return false;
  current.waiting = undefined;
  waiting(current.enabled, current.detection);
  return true;
}

/**
 * The overlay's side: start once the detector said this is a meeting page (at once if it did
 * already). Never on a page the detector turned down, and never twice in one page.
 */
export function startWhenGateOpens(start: Start): void {
  const current = gate();
  if (current.started) return;
  current.started = true;
  if (current.enabled && current.detection) start(current.enabled, current.detection);
  else current.waiting = start;
}

/**
 * Whether a script of ours has detected this page already: the overlay may do so itself, before
 * the detector, on a page read again (entrypoints/overlay/index.ts); the detector then has nothing to do.
 */
export function pageDetected(): boolean {
  return gate().detected === true;
}

/** Whether the caller is the first of our scripts to detect this page; if so, it is the one. */
export function claimDetection(): boolean {
  if (pageDetected()) return false;
  gate().detected = true;
  return true;
}
