import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startWhenGateOpens } from '../../utils/ext/overlay-gate';
import { overlayLifetime } from './lifetime';
import { startOverlay } from './overlay';

/**
 * The overlay bundle: declared beside the detector on pages whose address says they are meeting
 * pages, imported by the detector on other meeting pages (utils/ext/match-patterns.ts), so the
 * detector that runs on every page stays small. It starts only when the detector says so, and
 * reads the page while the background says whether the user turned this site off.
 */
export default defineUnlistedScript(() => {
  startWhenGateOpens(
    (enabled) => void startOverlay(overlayLifetime(window), document, location.href, enabled),
  );
});
