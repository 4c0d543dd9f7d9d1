import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startOverlay } from './overlay';

/**
 * Loaded by the content script only on a meeting page (dynamic import of this web-accessible
 * bundle), so the detector that runs on every page stays small.
 */
export default defineUnlistedScript(() => {
  const ctx = new ContentScriptContext('agenda-lens-overlay');
  void startOverlay(ctx, document, location.href);
});
