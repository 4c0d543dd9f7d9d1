import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { OverlayContext } from './context';
import { startOverlay } from './overlay';

/**
 * Loaded by the content script only on a meeting page (dynamic import of this web-accessible
 * bundle), so the detector that runs on every page stays small.
 */
export default defineUnlistedScript(() => {
  const ctx = new OverlayContext('agenda-lens-overlay');
  void startOverlay(ctx, document, location.href);
});
