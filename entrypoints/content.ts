import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { COUNCIL_PAGE_MATCHES } from '../utils/ext/match-patterns';
import { openOverlayGate } from '../utils/ext/overlay-gate';
import { send } from '../utils/ext/send';
import { detectPage } from '../utils/sites/detect';
import { isMeetingPage } from '../utils/sites/types';

/**
 * The cheap part that runs on every matched page: detect, report, and load the overlay only on a
 * meeting page (DESIGN.md). Everything heavier lives in the overlay script.
 */
// document_end (DOMContentLoaded) rather than idle: badges should follow the page, not wait for its images.
export default defineContentScript({
  matches: COUNCIL_PAGE_MATCHES,
  runAt: 'document_end',
  async main() {
    const detection = detectPage(location.href, document);
    const enabled = send<boolean>({ type: 'page-detected', url: location.href, detection }).catch(
      () => false,
    );
    if (!isMeetingPage(detection)) {
      console.debug(
        `Agenda Lens: no overlay on this page (${detection.system}, ${detection.kind}): ${detection.reason}`,
      );
      return;
    }
    // The overlay is a separate bundle, imported only here; it runs in this isolated world and
    // waits for the answer about this site while it loads.
    openOverlayGate(enabled);
    await import(/* @vite-ignore */ browser.runtime.getURL('/overlay.js'));
  },
});
