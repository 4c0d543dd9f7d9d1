import { storage } from 'wxt/utils/storage';
import { DEFAULT_MIN_INTERVAL_MS, runQueue } from '../backfill';
import {
  cancelPending,
  emptyPackQueue,
  packStatuses,
  queuePacks,
  recordOutcome,
  type PackOutcome,
  type PackQueueState,
  type PackStatus,
} from '../backfill/pack-queue';
import type { PackLink } from '../sites/pack-links';
import { sleep } from './backfill-runner';
import { closeReader, readPackInReader } from './pack-reader/host';
import { autoReadPacksItem, siteAllowed } from './pack-settings';
import type { PackRead } from './pack-reader/protocol';
import { indexSource } from './reading';
import { getServices, type Services } from './services';

/**
 * The background reads the agenda packs and printed minutes of meeting pages: when the user asks
 * (popup), or by itself for the pages it indexes where the user allowed the site. One PDF at a
 * time, a second apart at least (the backfill's queue), saved after each so a stopped worker resumes.
 */

/** Version 1 is { queue, outcomes } (utils/backfill/pack-queue.ts); a migration comes with each change of shape. */
export const packReadingItem = storage.defineItem<PackQueueState>('local:packReading', {
  fallback: emptyPackQueue(),
  version: 1,
});

type Change = (state: PackQueueState) => PackQueueState;
/** Packs queued while a run is under way: the run takes them before its next PDF. */
let changes: Change[] = [];
let running: AbortController | null = null;
/** The state of the run under way, as last saved. */
let latest: PackQueueState | null = null;

const takeChanges = (state: PackQueueState): PackQueueState => {
  const taken = changes;
  changes = [];
  return taken.reduce((next, change) => change(next), state);
};

/** Queues a meeting page's packs and starts reading. `retry`: the user asked, so failures are tried again. */
export async function readPacks(pageUrl: string, packs: readonly PackLink[], retry: boolean): Promise<void> {
  const indexed = await indexedSources(packs.map((pack) => pack.url));
  changes.push((state) => queuePacks(state, pageUrl, packs, { indexed, retry }));
  start();
}

/** The packs of a page the background indexed: read if the setting is on and the site allowed. */
export async function readPacksIfAllowed(pageUrl: string, packs: readonly PackLink[]): Promise<void> {
  if (packs.length === 0 || !(await autoReadPacksItem.getValue())) return;
  if (await siteAllowed(pageUrl)) await readPacks(pageUrl, packs, false);
}

export function stopPackReading(): void {
  running?.abort();
}

/** A worker stopped in the middle of a run (not by the user) picks it up when it starts again. */
export function resumePackReading(): void {
  start();
}

export interface PackReadingView {
  running: boolean;
  pending: number;
  statuses: Record<string, PackStatus>;
}

export async function packReadingView(urls: readonly string[]): Promise<PackReadingView> {
  const state = changes.reduce((next, change) => change(next), latest ?? (await packReadingItem.getValue()));
  return {
    running: running !== null,
    pending: state.queue.pending.length,
    statuses: packStatuses(state, urls),
  };
}

function start(): void {
  if (running) return;
  const controller = new AbortController();
  running = controller;
  void work(controller.signal).catch((error: unknown) =>
    console.error('Agenda Lens: reading PDF papers stopped', error),
  );
}

async function work(signal: AbortSignal): Promise<void> {
  try {
    let current = await packReadingItem.getValue();
    let services: Services | undefined;
    const save = (state: PackQueueState) => ((latest = state), packReadingItem.setValue(state));
    const handle = async (job: { url: string }, read: PackRead) => {
      services ??= await getServices();
      current = recordOutcome(current, job.url, await outcomeOf(services, job.url, read));
      return [];
    };
    let round = 0;
    do {
      // A new round's first PDF keeps its distance from the last round's last one.
      if (round++ > 0) await sleep(DEFAULT_MIN_INTERVAL_MS, signal);
      current = takeChanges(current);
      await save(current);
      const queue = await runQueue(
        current.queue,
        handle,
        { fetch: readPackInReader, now: () => Date.now(), sleep },
        {
          signal,
          refresh: (queue) => (current = takeChanges({ ...current, queue })).queue,
          onProgress: (_progress, queue) => void save((current = { ...current, queue })),
        },
      );
      current = { ...current, queue };
      await save((current = signal.aborted ? cancelPending(current) : current));
      if (queue.pending.length === 0) await closeReader();
      // Checked with no await before the run ends: packs queued from now on start a new run.
    } while (!signal.aborted && changes.length > 0);
  } finally {
    running = null;
    latest = null;
  }
}

/** Indexes what a pack gave (one transaction), or says why it could not be read. */
async function outcomeOf(services: Services, url: string, read: PackRead): Promise<PackOutcome> {
  if (!read.ok) return { status: 'failed', failure: read.failure, message: read.message };
  try {
    await indexSource(services, url, read.records);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      status: 'failed',
      failure: 'failed',
      message: `The PDF was read but could not be stored: ${detail}`,
    };
  }
  const items = read.records.reduce((n, record) => n + record.items.length, 0);
  return { status: 'read', records: read.records.length, items, pages: read.pages, ms: read.ms };
}

/** Which of these PDFs are already sources of the index (opened in the viewer, or read before). */
async function indexedSources(urls: string[]): Promise<Set<string>> {
  const { index } = await getServices();
  const found = await Promise.all(urls.map((url) => index.getKey('sources', url)));
  return new Set(urls.filter((_, i) => found[i] !== undefined));
}
