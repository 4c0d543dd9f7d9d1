import { nativeRuntime } from './native-runtime';
import { OVERLAY_SCRIPT } from './script-files';
import { claimDetection, openOverlayGate } from './overlay-gate';
import { send } from './send';
import type { Detection } from '../sites/types';
import { isMeetingPage } from '../sites/types';

/**
 * What a content script does once it knows what the page is: tell the background (the popup and
 * side panel show it), and on a meeting page start the overlay. The overlay is a separate bundle in
 * this isolated world: declared before the detector where the address says meeting page, otherwise
 * imported now. It reads the page while the background says whether the user turned this site off.
 * Once per page: the first of our scripts to report is the one (the overlay, on a page read again).
 */
export async function reportDetection(url: string, detection: Detection): Promise<void> {
  if (!claimDetection()) return;
  const report = () => send<boolean>({ type: 'page-detected', url, detection }).catch(() => false);
  const enabled = report();
  // Restored from the back/forward cache, the page runs none of our scripts again, and the tab's
  // state is of the page it left for: report this one again.
  addEventListener('pageshow', (event) => event.persisted && void report());
  if (!isMeetingPage(detection)) {
    console.debug(
      `Agenda Lens: no overlay on this page (${detection.system}, ${detection.kind}): ${detection.reason}`,
    );
    return;
  }
  if (!openOverlayGate(enabled, detection))
    await import(/* @vite-ignore */ nativeRuntime().getURL(`/${OVERLAY_SCRIPT}`));
}
