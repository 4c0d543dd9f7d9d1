import type { Page } from 'playwright-core';
import type { MeetingRecord } from '../../../utils/model/record';
import { launchBrowser, startBenchSite } from '../browser/site';
import { stopWorkers, workerHeapBytes } from '../browser/worker-target';
import { generateAgenda, generateMinutes } from '../generate/corpus';
import { packsOf } from '../generate/packs';
import { seedVocabulary } from '../generate/seed-vocabulary';
import { Skip, type Figure } from '../types';
import { MB } from '../units';

const DECISIONS = 100_000;
const FOOTPRINT_STEP = 10_000;
/** Filling the extension's index with 100k decisions takes minutes on two busy cores. */
const FILL_TIMEOUT_MS = 20 * 60_000;

type Reply = { ok: boolean; value?: unknown; error?: string };
/** `chrome` as the extension page sees it: only what the bench calls. */
type PageGlobals = { chrome: { runtime: { sendMessage(message: unknown): Promise<Reply> } } };

function storageUsage(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
}

/** Index minutes as the options page does: import-pack messages, one source per meeting. */
async function importRecords(page: Page, records: MeetingRecord[]): Promise<void> {
  for (const json of packsOf(records)) {
    const reply = await page.evaluate(
      (message) => (globalThis as unknown as PageGlobals).chrome.runtime.sendMessage(message),
      { type: 'import-pack', json },
    );
    if (!reply?.ok) throw new Error(`the background refused a pack: ${reply?.error}`);
  }
}

/** Minutes records holding `decisions` decisions in all, cut from the generated corpus in order. */
function firstDecisions(records: MeetingRecord[], decisions: number): MeetingRecord[] {
  let count = 0;
  const index = records.findIndex(
    (r) => (count += r.items.reduce((n, i) => n + i.decisions.length, 0)) >= decisions,
  );
  return records.slice(0, index + 1);
}

async function linkFromPage(page: Page, agenda: MeetingRecord): Promise<{ ms: number; linked: number }> {
  const { ms, reply } = await page.evaluate(async (record) => {
    const { runtime } = (globalThis as unknown as PageGlobals).chrome;
    const started = performance.now();
    const answer = await runtime.sendMessage({ type: 'link-agenda', record });
    return { ms: performance.now() - started, reply: answer };
  }, agenda);
  if (!reply.ok) throw new Error(`link-agenda failed: ${reply.error}`);
  const { items } = reply.value as { items: { priorDecisions: unknown[] }[] };
  return { ms, linked: items.reduce((n, item) => n + item.priorDecisions.length, 0) };
}

/** Runs, or why there is nothing meaningful to measure. */
type Runs = number[] | { skipped: string };

/** Set when the fill starts, so that progress lines say how long each step has taken. */
let started = performance.now();
function progress(step: string): void {
  console.error(`    ${step} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

interface ScaleRun {
  coldStartMs: Runs;
  footprintMbPer10k: Runs;
  heapMb: Runs;
}

const NOT_PERSISTED = {
  skipped: 'the index does not survive a service worker restart yet (no prior decisions after a cold start)',
};

/**
 * One browser filled with 100k decisions through the background's own messages; then the
 * worker is stopped before each timed query, so each answer comes from a cold start.
 */
async function measureScale(repeats: number): Promise<ScaleRun> {
  started = performance.now();
  const vocabulary = await seedVocabulary();
  const minutes = generateMinutes(vocabulary, DECISIONS);
  const first = firstDecisions(minutes, FOOTPRINT_STEP);
  const agenda = generateAgenda(vocabulary, 20);
  const site = await startBenchSite();
  const session = await launchBrowser(site, true);
  try {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    const cdp = await session.context.newCDPSession(page);
    const empty = await storageUsage(page);
    await importRecords(page, first);
    const afterStep = await storageUsage(page);
    progress(`imported ${FOOTPRINT_STEP} decisions`);
    await importRecords(page, minutes.slice(first.length));
    progress(`imported ${DECISIONS} decisions`);
    const warm = await linkFromPage(page, agenda);
    if (warm.linked === 0)
      throw new Error(
        'no prior decisions linked at 100k decisions: the generated index is unlike the agenda',
      );
    progress(`linked the agenda, warm: ${warm.ms.toFixed(0)} ms`);
    const filledHeap = await workerHeapBytes(cdp, session.extensionId!);
    progress(`background heap after the fill ${(filledHeap / MB).toFixed(0)} MB`);
    const full = await storageUsage(page);
    const coldStartMs: number[] = [];
    const heapMb: number[] = [];
    for (let r = 0; r < repeats; r++) {
      await stopWorkers(cdp, session.extensionId!);
      const cold = await linkFromPage(page, agenda);
      if (cold.linked === 0)
        return { coldStartMs: NOT_PERSISTED, footprintMbPer10k: NOT_PERSISTED, heapMb: [filledHeap / MB] };
      coldStartMs.push(cold.ms);
      // What a worker holds once it has loaded the index from disk and answered: most of its life.
      heapMb.push((await workerHeapBytes(cdp, session.extensionId!)) / MB);
      progress(`cold start ${r + 1}: ${cold.ms.toFixed(0)} ms, heap ${heapMb.at(-1)!.toFixed(0)} MB`);
    }
    return {
      coldStartMs,
      // Both the first step and the whole: a store that grows unevenly shows as the two differing.
      footprintMbPer10k: [(afterStep - empty) / MB, ((full - empty) / MB) * (FOOTPRINT_STEP / DECISIONS)],
      heapMb,
    };
  } finally {
    await session.close();
    site.close();
  }
}

let measured: Promise<ScaleRun> | undefined;

/** Cold starts are slow to set up: a few suffice to show the spread. */
async function scaleRuns(repeats: number, figure: keyof ScaleRun): Promise<number[]> {
  measured ??= measureScale(Math.min(repeats, 7));
  const runs = (await measured)[figure];
  if ('skipped' in runs) throw new Skip(runs.skipped);
  return runs;
}

export const scaleFigures: Figure[] = [
  {
    name: 'service worker: cold start → first link answer, 100k decisions',
    unit: 'ms',
    budget: { atMost: 300 },
    quick: false,
    timeoutMs: FILL_TIMEOUT_MS,
    run: ({ repeats }) => scaleRuns(repeats, 'coldStartMs'),
  },
  {
    name: 'IndexedDB footprint per 10k decisions',
    unit: 'MB',
    quick: false,
    timeoutMs: FILL_TIMEOUT_MS,
    run: ({ repeats }) => scaleRuns(repeats, 'footprintMbPer10k'),
  },
  {
    name: 'background JS heap at 100k decisions, after a cold start (garbage collected)',
    unit: 'MB',
    quick: false,
    timeoutMs: FILL_TIMEOUT_MS,
    run: ({ repeats }) => scaleRuns(repeats, 'heapMb'),
  },
];
