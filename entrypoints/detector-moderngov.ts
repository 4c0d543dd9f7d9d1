import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { nativeRuntime } from '../utils/ext/native-runtime';
import { pageDetected } from '../utils/ext/overlay-gate';
import { reportDetection } from '../utils/ext/report-detection';
import { DETECTOR_SCRIPT } from '../utils/ext/script-files';
import { detectModernGovFirst } from '../utils/sites/moderngov';

/**
 * The content script on ModernGov's addresses (most UK councils): ModernGov's detector alone,
 * 3 kB instead of every platform's 12, because a council page pays for every byte of it on every
 * load (compiling the full detector cost about 2 ms of the page's main thread: issue #8). A page
 * ModernGov does not recognise gets the full detector, so nothing is detected differently.
 */
export default defineUnlistedScript(async () => {
  if (pageDetected()) return; // the overlay did, on a page read again
  const detection = detectModernGovFirst(location.href, document);
  if (detection) return reportDetection(location.href, detection);
  await import(/* @vite-ignore */ nativeRuntime().getURL(`/${DETECTOR_SCRIPT}`));
});
