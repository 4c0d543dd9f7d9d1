import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pageDetected } from '../utils/ext/overlay-gate';
import { reportDetection } from '../utils/ext/report-detection';
import { detectPage } from '../utils/sites/detect';

/**
 * The content script with every platform's detector: on the known platforms' pages where no
 * platform has a script of its own (entrypoints/detector-moderngov.ts), on opted-in sites, and
 * where a platform's script did not recognise its page. It detects, reports, and loads the
 * overlay only on a meeting page (DESIGN.md). It is an unlisted script declared in the manifest
 * (utils/ext/match-patterns.ts) rather than a WXT content script, whose wrapper and polyfill cost
 * more than the detector itself (utils/ext/native-runtime.ts); it runs at document_end, so badges
 * follow the DOM, not images.
 */
export default defineUnlistedScript(async () => {
  if (!pageDetected()) await reportDetection(location.href, detectPage(location.href, document));
});
