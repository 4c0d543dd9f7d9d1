import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { overlayAllowed } from '../../utils/ext/overlay-gate';
import { OverlayContext } from './context';
import { startOverlay } from './overlay';

/**
 * Loaded by the content script only on a meeting page (dynamic import of this web-accessible
 * bundle), so the detector that runs on every page stays small.
 */
export default defineUnlistedScript(async () => {
  if (!(await overlayAllowed())) {
    console.debug('Agenda Lens: turned off on this site from the popup');
    return;
  }
  const ctx = new OverlayContext('agenda-lens-overlay');
  void startOverlay(ctx, document, location.href);
});
