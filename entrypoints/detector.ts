import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { nativeRuntime } from '../utils/ext/native-runtime';
import { OVERLAY_SCRIPT } from '../utils/ext/script-files';
import { openOverlayGate } from '../utils/ext/overlay-gate';
import { send } from '../utils/ext/send';
import { detectPage } from '../utils/sites/detect';
import { isMeetingPage } from '../utils/sites/types';

/**
 * The content script: the cheap part that runs on every matched council page. It detects,
 * reports, and loads the overlay only on a meeting page (DESIGN.md). Everything heavier lives in
 * the overlay bundle. It is an unlisted script declared in the manifest (wxt.config.ts) rather
 * than a WXT content script, whose wrapper and polyfill cost more than the detector itself
 * (utils/ext/native-runtime.ts); it runs at document_end, so badges follow the DOM, not images.
 */
export default defineUnlistedScript(async () => {
  const detection = detectPage(location.href, document);
  const enabled = send<boolean>({ type: 'page-detected', url: location.href, detection }).catch(() => false);
  if (!isMeetingPage(detection)) {
    console.debug(
      `Agenda Lens: no overlay on this page (${detection.system}, ${detection.kind}): ${detection.reason}`,
    );
    return;
  }
  // The overlay is a separate bundle in this isolated world: declared before this script where the
  // address says meeting page, otherwise imported now. It reads the page while the answer comes.
  if (!openOverlayGate(enabled))
    await import(/* @vite-ignore */ nativeRuntime().getURL(`/${OVERLAY_SCRIPT}`));
});
