import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { overlayAllowed } from '../../utils/ext/overlay-gate';
import { overlayLifetime } from './lifetime';
import { startOverlay } from './overlay';

/**
 * Loaded by the content script only on a meeting page (dynamic import of this web-accessible
 * bundle), so the detector that runs on every page stays small. It reads the page while the
 * background says whether the user turned this site off.
 */
export default defineUnlistedScript(() => {
  void startOverlay(overlayLifetime(window), document, location.href, overlayAllowed());
});
