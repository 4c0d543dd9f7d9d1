import { join } from 'node:path';
import { DEMO_HOST } from '../../demo-site/serve';
import { declaredScriptsFor } from '../../../utils/ext/match-patterns';
import { EXTENSION_DIR, ensureBuild } from '../build';
import { emptyScriptsExtension } from '../browser/empty-scripts-extension';
import { allLaunched, loadsInTurn } from '../browser/in-turn';
import type { BareBrowser, BareLoad } from '../browser/bare-cdp';
import { launchBareBrowser, startBenchSite } from '../browser/site';
import type { Figure } from '../types';
import { KB } from '../units';
import { gzippedBytes } from './bundle-sizes';

/** A page the content script matches (ModernGov's meeting list) on which it must not load the overlay. */
const NON_MEETING_URL = `http://${DEMO_HOST}/ieListMeetings.aspx?CommitteeId=412`;
/** After load, long enough for a document_end script and its message round trip to finish. */
const SETTLE_MS = 400;

/**
 * Script compile and run time in the page's renderer (page and isolated-world scripts alike), in
 * the main thread's CPU time: the two browsers run side by side on two cores, and wall time would
 * count the moments one waited while the other ran. Layout and paint are left out: they vary by
 * tens of ms between identical loads and would drown the detector's few ms.
 */
const scriptMs = (load: BareLoad) => load.metrics.ScriptDuration! + load.metrics.V8CompileDuration!;

interface SideBySide {
  addedScriptMs: number[];
  addedLoadMs: number[];
  /** The same for the build whose content scripts are empty (browser/empty-scripts-extension.ts). */
  emptyScriptsLoadMs: number[];
  /** Ours against the empty scripts, load by load: what the detector itself adds. */
  beyondEmptyLoadMs: number[];
  scriptKb: number[];
}

/**
 * One load watched for what the extension did: the detector must have run (its console line) and
 * not loaded the overlay. Returns the extension scripts the page loaded: the declared ones plus
 * any it fetched.
 */
async function checkedScripts(browser: BareBrowser): Promise<string[]> {
  const load = await browser.load(NON_MEETING_URL, { settleMs: SETTLE_MS, watch: true });
  if (!load.console.some((line) => line.startsWith('Agenda Lens: no overlay')))
    throw new Error(
      `the content script did not run on ${NON_MEETING_URL}: console ${JSON.stringify(load.console)}`,
    );
  const fetched = load.extensionRequests.map((url) => new URL(url).pathname.slice(1));
  return [...declaredScriptsFor(NON_MEETING_URL), ...fetched];
}

/**
 * The same page loaded in three browsers: with the extension, with its empty-scripts variant and
 * without, in turn, each first as often as the others, so that the machine's other load falls on
 * all alike. Each repeat yields one difference of each kind. The browsers are driven without
 * Playwright, whose Runtime domain would make every console call and script world cost more than
 * it does for a user (browser/bare-cdp.ts).
 */
async function measureSideBySide(repeats: number): Promise<SideBySide> {
  const empty = emptyScriptsExtension(await ensureBuild());
  const site = await startBenchSite().catch((error: unknown) => {
    empty.remove();
    throw error;
  });
  try {
    const browsers = await allLaunched([
      launchBareBrowser(site, { withExtension: true }),
      launchBareBrowser(site, { withExtension: true, extensionDir: empty.dir }),
      launchBareBrowser(site, { withExtension: false }),
    ] as const);
    try {
      return await loadSideBySide(browsers, repeats);
    } finally {
      await Promise.all(browsers.map((browser) => browser.close()));
    }
  } finally {
    empty.remove();
    site.close();
  }
}

async function loadSideBySide(
  browsers: readonly [ours: BareBrowser, emptyScripts: BareBrowser, none: BareBrowser],
  repeats: number,
): Promise<SideBySide> {
  const scripts = await checkedScripts(browsers[0]);
  const scriptKb = scripts.reduce((sum, file) => sum + gzippedBytes(join(EXTENSION_DIR, file)), 0) / KB;
  const measure = (browser: BareBrowser) =>
    browser.load(NON_MEETING_URL, { settleMs: SETTLE_MS, threadTime: true });
  await Promise.all(browsers.map(measure));
  const result: SideBySide = {
    addedScriptMs: [],
    addedLoadMs: [],
    emptyScriptsLoadMs: [],
    beyondEmptyLoadMs: [],
    scriptKb: [],
  };
  for (let r = 0; r < repeats; r++) {
    const [loaded, emptied, bare] = await loadsInTurn<[BareLoad, BareLoad, BareLoad]>(r, [
      () => measure(browsers[0]),
      () => measure(browsers[1]),
      () => measure(browsers[2]),
    ]);
    result.addedScriptMs.push(scriptMs(loaded) - scriptMs(bare));
    result.addedLoadMs.push(loaded.loadEventEndMs - bare.loadEventEndMs);
    result.emptyScriptsLoadMs.push(emptied.loadEventEndMs - bare.loadEventEndMs);
    result.beyondEmptyLoadMs.push(loaded.loadEventEndMs - emptied.loadEventEndMs);
    result.scriptKb.push(scriptKb);
  }
  return result;
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
    name: "content script: for scale, load event delayed by empty content scripts (the browser's own cost)",
    unit: 'ms',
    quick: false,
    run: async ({ repeats }) => (await sideBySide(repeats)).emptyScriptsLoadMs,
  },
  {
    // Not budgeted: wall time, whose medians move by ±3 ms from run to run here (README, Measured).
    name: 'content script: load event delayed beyond empty content scripts, non-meeting page',
    unit: 'ms',
    quick: false,
    run: async ({ repeats }) => (await sideBySide(repeats)).beyondEmptyLoadMs,
  },
  {
    name: 'content script: script loaded, non-meeting page',
    unit: 'kB gz',
    budget: { atMost: 20 },
    quick: false,
    run: async ({ repeats }) => (await sideBySide(repeats)).scriptKb,
  },
];
