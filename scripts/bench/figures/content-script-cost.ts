import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_HOST } from '../../demo-site/serve';
import type { Session } from '../../e2e/harness';
import { EXTENSION_DIR } from '../build';
import { launchBrowser, startBenchSite } from '../browser/site';
import type { Figure } from '../types';
import { KB } from '../units';
import { entryPointBytes, gzippedBytes } from './bundle-sizes';

/** A page the content script matches (ModernGov's meeting list) on which it must not load the overlay. */
const NON_MEETING_URL = `http://${DEMO_HOST}/ieListMeetings.aspx?CommitteeId=412`;
/** After load, long enough for a document_idle script and its message round trip to finish. */
const SETTLE_MS = 400;

interface Load {
  /** Script compile and run time in the page's renderer (page and isolated-world scripts alike). */
  scriptMs: number;
  loadEventMs: number;
  /** Extension scripts the page fetched beyond the injected content script (the overlay, say). */
  extensionScripts: string[];
  detectorRan: boolean;
}

async function loadOnce(session: Session): Promise<Load> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Network.enable');
  const extensionScripts: string[] = [];
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.request.url.startsWith('chrome-extension://')) extensionScripts.push(event.request.url);
  });
  let detectorRan = false;
  page.on('console', (message) => (detectorRan ||= message.text().startsWith('Agenda Lens: no overlay')));
  await page.goto(NON_MEETING_URL, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  // Script time rather than all task time: layout and paint of the page itself vary by tens of
  // ms between identical loads on a busy machine and would drown the detector's few ms.
  const scriptMs = metric('ScriptDuration') + metric('V8CompileDuration');
  const loadEventMs = await loadEventEnd(page);
  await page.close();
  return { scriptMs, loadEventMs, extensionScripts, detectorRan };
}

function loadEventEnd(page: Page): Promise<number> {
  return page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
}

interface SideBySide {
  addedScriptMs: number[];
  addedLoadMs: number[];
  scriptKb: number[];
}

/**
 * The same page loaded in two browsers, with and without the extension, alternating which goes
 * first, so that the machine's other load falls on both alike. Each repeat yields one difference.
 */
async function measureSideBySide(repeats: number): Promise<SideBySide> {
  const site = await startBenchSite();
  const [withExtension, without] = await Promise.all([launchBrowser(site, true), launchBrowser(site, false)]);
  try {
    const contentKb = (await entryPointBytes('content')) / KB;
    await loadOnce(withExtension);
    await loadOnce(without);
    const result: SideBySide = { addedScriptMs: [], addedLoadMs: [], scriptKb: [] };
    for (let r = 0; r < repeats; r++) {
      const order = r % 2 ? [without, withExtension] : [withExtension, without];
      const [first, second] = [await loadOnce(order[0]!), await loadOnce(order[1]!)];
      const [loaded, bare] = order[0] === withExtension ? [first, second] : [second, first];
      if (!loaded.detectorRan) throw new Error(`the content script did not run on ${NON_MEETING_URL}`);
      result.addedScriptMs.push(loaded.scriptMs - bare.scriptMs);
      result.addedLoadMs.push(loaded.loadEventMs - bare.loadEventMs);
      result.scriptKb.push(contentKb + extraKb(loaded.extensionScripts));
    }
    return result;
  } finally {
    await Promise.all([withExtension.close(), without.close()]);
    site.close();
  }
}

function extraKb(urls: string[]): number {
  return urls.reduce((sum, url) => sum + gzippedBytes(join(EXTENSION_DIR, new URL(url).pathname)), 0) / KB;
}

let measured: Promise<SideBySide> | undefined;
const sideBySide = (repeats: number) => (measured ??= measureSideBySide(repeats));

export const contentScriptFigures: Figure[] = [
  {
    name: 'content script: script time added, non-meeting page',
    unit: 'ms',
    budget: { atMost: 5 },
    quick: false,
    run: async ({ repeats }) => (await sideBySide(repeats)).addedScriptMs,
  },
  {
    name: 'content script: load event delayed, non-meeting page',
    unit: 'ms',
    quick: false,
    run: async ({ repeats }) => (await sideBySide(repeats)).addedLoadMs,
  },
  {
    name: 'content script: script loaded, non-meeting page',
    unit: 'kB gz',
    budget: { atMost: 20 },
    quick: false,
    run: async ({ repeats }) => (await sideBySide(repeats)).scriptKb,
  },
];
