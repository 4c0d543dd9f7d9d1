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
 * Declared, it first asks for the links kept from the page's last visit. If they have come by
 * DOMContentLoaded (a page that streams in over the network gives them time), it detects and reads
 * the page itself, there and then, and the badges are in the page's first frame. Otherwise the
 * detector does so at document_end, after the page's first layout. Doing it inside
 * DOMContentLoaded without kept links was measured slower (issue #8: on a 100-item page served
 * locally, 161 ms to the last badge against 103): the answer came after that layout anyway, and
 * the first paint waited on our reading.
 */
export default defineUnlistedScript(() => {
  const declared = document.readyState === 'loading';
  const kept = declared ? askForKeptLinks(location.href) : NONE_KEPT;
  startWhenGateOpens(
    (enabled) => void startOverlay(overlayLifetime(window), document, location.href, enabled, kept.links),
  );
  if (declared)
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        if (kept.now() && isSmall(document) && !pageDetected())
          void reportDetection(location.href, detectPage(location.href, document));
      },
      { once: true },
    );
});

interface Kept {
  links: Promise<CachedLinks | null>;
  /** The kept links if the answer has come, else null. */
  now(): CachedLinks | null;
}

const NONE_KEPT: Kept = { links: Promise.resolve(null), now: () => null };

/** The background's kept links for this page, or null (none kept, or no answer: a first visit, then). */
function askForKeptLinks(url: string): Kept {
  let answer: CachedLinks | null = null;
  const links = send<CachedLinks | null>({ type: 'cached-links', url }).then(
    (kept) => (answer = kept),
    () => null,
  );
  return { links, now: () => answer };
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
