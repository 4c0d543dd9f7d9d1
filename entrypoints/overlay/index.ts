import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { CachedLinks } from '../../utils/ext/links-cache';
import { pageDetected, startWhenGateOpens } from '../../utils/ext/overlay-gate';
import { reportDetection } from '../../utils/ext/report-detection';
import { send } from '../../utils/ext/send';
import { detectPage } from '../../utils/sites/detect';
import { overlayLifetime } from './lifetime';
import { startOverlay } from './overlay';

/**
 * The overlay bundle: declared at document_start on pages whose address says they are meeting
 * pages, imported by the detector on other meeting pages (utils/ext/match-patterns.ts), so the
 * detector that runs on every page stays small. It starts only once the page is detected as a
 * meeting page, and reads the page while the background says whether the user turned this site
 * off.
 *
 * Declared, it first asks for the links kept from the page's last visit. On a page served in one
 * piece the answer comes about DOMContentLoaded, 10-80 ms after it was asked (issue #8: the
 * request reaches the browser once the navigation has committed, and the answer waits for the
 * page's main thread). If it holds links, the overlay detects and reads the page itself as soon as
 * it has them, rather than waiting for the detector's turn at document_end, a later task that
 * may come after the page's first paint. Reading inside DOMContentLoaded without waiting was
 * measured slower: Chrome then paints first and hands the answer over after (161 ms to the last
 * badge against 103). A first visit has nothing kept, and is left to the detector.
 */
export default defineUnlistedScript(() => {
  const declared = document.readyState === 'loading';
  const kept = declared ? askForKeptLinks(location.href) : Promise.resolve(null);
  startWhenGateOpens(
    (enabled) => void startOverlay(overlayLifetime(window), document, location.href, enabled, kept),
  );
  if (declared)
    document.addEventListener(
      'DOMContentLoaded',
      () =>
        void kept.then((links) => {
          if (links && isSmall(document) && !pageDetected())
            void reportDetection(location.href, detectPage(location.href, document));
        }),
      { once: true },
    );
});

/** The background's kept links for this page, or null (none kept, or no answer: a first visit, then). */
function askForKeptLinks(url: string): Promise<CachedLinks | null> {
  return send<CachedLinks | null>({ type: 'cached-links', url }).catch(() => null);
}

/**
 * Small enough to read before the first frame without holding it up noticeably: a 10,000-item
 * page reads for most of a second (tests/e2e/hostile.e2e.test.ts), and is left to document_end.
 */
function isSmall(doc: Document): boolean {
  return doc.getElementsByTagName('*').length <= MAX_ELEMENTS_BEFORE_FIRST_FRAME;
}

/** About ten times the largest real meeting page we have (Kingston's, about 1,900 elements). */
const MAX_ELEMENTS_BEFORE_FIRST_FRAME = 20_000;
