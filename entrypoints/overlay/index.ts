import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { CachedLinks } from '../../utils/ext/links-cache';
import { pageDetected, startWhenGateOpens } from '../../utils/ext/overlay-gate';
import { reportDetection } from '../../utils/ext/report-detection';
import { send } from '../../utils/ext/send';
import { detectPage } from '../../utils/sites/detect';
import { isMeetingPage } from '../../utils/sites/types';
import { mountKeptBadges, type Badges } from './badges';
import { overlayLifetime, type Lifetime } from './lifetime';
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
 * page's main thread). Unless the detector has had its turn already (document_end, a later task
 * that may come after the page's first paint), the overlay detects the page itself at
 * DOMContentLoaded. If the answer has come by then with links kept, it puts the badges back where
 * they went last time, if the kept links say where and the page's title elements are still there,
 * and reads the page after its next frame, to confirm them. Otherwise it reads the page at once,
 * without waiting for the answer: on a first visit nothing is kept, and waiting for the answer to
 * say so put the reading after the page's first frame in most loads (the 100-item page's badges
 * came 62-75 ms after DOMContentLoaded, and 45-54 reading at once; read again, 19-41 and 25-40).
 */
export default defineUnlistedScript(() => {
  const declared = document.readyState === 'loading';
  const kept = declared ? askForKeptLinks(location.href) : Promise.resolve(null);
  let keptCame = false;
  void kept.then(() => (keptCame = true));
  const lifetime = overlayLifetime(window);
  let putBack: Badges | undefined;
  startWhenGateOpens(
    (enabled, detection) =>
      void startOverlay(lifetime, document, location.href, { enabled, detection }, kept, putBack),
  );
  const detectNow = (links: CachedLinks | null) => {
    if (!isSmall(document) || pageDetected()) return;
    const detection = detectPage(location.href, document);
    if (links && isMeetingPage(detection)) putBack = putBadgesBack(lifetime, links);
    void reportDetection(location.href, detection);
  };
  if (declared)
    document.addEventListener(
      'DOMContentLoaded',
      // The answer's value is read in a microtask, still inside DOMContentLoaded.
      () => (keptCame ? void kept.then(detectNow) : detectNow(null)),
      { once: true },
    );
});

/**
 * The badges where the last visit put them, before the page is read (so before its first frame),
 * if its title elements are where they were; the page is read after, to confirm them.
 */
function putBadgesBack(lifetime: Lifetime, links: CachedLinks): Badges | undefined {
  const start = performance.now();
  const badges = mountKeptBadges(lifetime, document, links);
  if (typeof badges === 'string') {
    console.debug(`Agenda Lens: badges not put back before reading the page: ${badges}`);
    return undefined;
  }
  performance.measure('agenda-lens: badges put back', { start });
  return badges;
}

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
