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
 * Declared, it first asks for the links kept from the page's last visit. Chrome hands it the
 * answer only once the page is parsed, about DOMContentLoaded (issue #8: the background answers
 * within a millisecond or two, the page gets it 10-60 ms later). If the answer holds links, the
 * overlay detects and reads the page itself as soon as it has them, before the detector's turn
 * at document_end, which comes after the page's first layout and paint (on a 100-item page,
 * 70-100 ms after DOMContentLoaded). Reading inside DOMContentLoaded without waiting was measured
 * slower: the answer then comes after that first paint (161 ms to the last badge against 103).
 * A first visit has nothing kept, and is left to the detector.
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
