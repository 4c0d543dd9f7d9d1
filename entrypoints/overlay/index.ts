import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { CachedLinks } from '../../utils/ext/links-cache';
import { startWhenGateOpens } from '../../utils/ext/overlay-gate';
import { send } from '../../utils/ext/send';
import { overlayLifetime } from './lifetime';
import { startOverlay } from './overlay';

/**
 * The overlay bundle: declared at document_start on pages whose address says they are meeting
 * pages, imported by the detector on other meeting pages (utils/ext/match-patterns.ts), so the
 * detector that runs on every page stays small. It starts only when the detector says so, and
 * reads the page while the background says whether the user turned this site off. Declared, it
 * first asks for the links kept from the page's last visit, which come while the page loads.
 *
 * Tried and measured (issue #8): detecting and reading inside DOMContentLoaded, before the page's
 * first layout. The answer about kept links still came after that layout (Chrome runs the page's
 * loading work first), so on a 100-item page the badges came later (161 ms against 103).
 */
export default defineUnlistedScript(() => {
  const kept = document.readyState === 'loading' ? askForKeptLinks(location.href) : Promise.resolve(null);
  startWhenGateOpens(
    (enabled) => void startOverlay(overlayLifetime(window), document, location.href, enabled, kept),
  );
});

/** The background's kept links for this page, or null (none kept, or no answer: a first visit, then). */
function askForKeptLinks(url: string): Promise<CachedLinks | null> {
  return send<CachedLinks | null>({ type: 'cached-links', url }).catch(() => null);
}
