/**
 * Reading agenda packs and printed minutes: which PDFs are queued, and what came of each one read.
 * Pure: the queue is the backfill's (one request at a time, at least a second apart, allowed
 * origins only); the background runs it (utils/ext/pack-reading.ts) and saves this state as it goes.
 */
import type { PackKind, PackLink } from '../sites/pack-links';
import { createQueue, enqueue, type QueueState } from './queue';

export const PACK_FAILURES = [
  'not-pdf',
  'encrypted',
  'no-text',
  'malformed',
  'timeout',
  'cancelled',
  'failed',
] as const;
export type PackFailure = (typeof PACK_FAILURES)[number];

export type PackOutcome =
  | { status: 'read'; records: number; items: number; pages: number; ms: number }
  | { status: 'already-indexed' }
  | { status: 'failed'; failure: PackFailure; message: string };

export interface PackQueueState {
  queue: QueueState<PackKind>;
  /** By PDF address: what reading it gave. */
  outcomes: Record<string, PackOutcome>;
}

export function emptyPackQueue(): PackQueueState {
  return { queue: createQueue<PackKind>([], []), outcomes: {} };
}

/** Outcomes remembered: far more than a session's reading; the oldest go first. */
export const MAX_REMEMBERED = 2_000;

export interface QueuePacksOptions {
  /** PDF addresses already in the index (read in the viewer or before): not fetched again. */
  indexed: ReadonlySet<string>;
  /** The user asked: packs that failed before are tried again. */
  retry: boolean;
}

/**
 * Queues a meeting page's packs, each once: only those on the page's own site, not those already
 * in the index or read before (idempotent by address).
 */
export function queuePacks(
  state: PackQueueState,
  pageUrl: string,
  packs: readonly PackLink[],
  options: QueuePacksOptions,
): PackQueueState {
  const origin = new URL(pageUrl).origin;
  const ours = packs.filter((pack) => URL.canParse(pack.url) && new URL(pack.url).origin === origin);
  const outcomes = { ...state.outcomes };
  const again = new Set(
    ours.filter((pack) => options.retry && outcomes[pack.url]?.status === 'failed').map((pack) => pack.url),
  );
  for (const url of again) delete outcomes[url];
  const fresh = ours.filter((pack) => !options.indexed.has(pack.url) || again.has(pack.url));
  for (const pack of ours)
    if (!fresh.includes(pack) && !outcomes[pack.url]) outcomes[pack.url] = { status: 'already-indexed' };
  const queue = enqueue(
    {
      ...state.queue,
      origins: state.queue.origins.includes(origin) ? state.queue.origins : [...state.queue.origins, origin],
      done: state.queue.done.filter((url) => !again.has(url)),
    },
    fresh.map((pack) => ({ url: pack.url, kind: pack.kind })),
  );
  return forgetOldest({ queue, outcomes });
}

export function recordOutcome(state: PackQueueState, url: string, outcome: PackOutcome): PackQueueState {
  return { ...state, outcomes: { ...state.outcomes, [url]: outcome } };
}

/**
 * The user stopped the reading: what was still queued is not read by itself later (a worker that
 * restarts does not undo a stop), and says so; asking again from the popup reads it.
 */
export function cancelPending(state: PackQueueState): PackQueueState {
  const outcomes = { ...state.outcomes };
  for (const job of state.queue.pending)
    outcomes[job.url] = {
      status: 'failed',
      failure: 'cancelled',
      message: 'Reading was stopped before this PDF.',
    };
  const done = [...state.queue.done, ...state.queue.pending.map((job) => job.url)];
  return forgetOldest({ queue: { ...state.queue, pending: [], done }, outcomes });
}

function forgetOldest(state: PackQueueState): PackQueueState {
  const excess = state.queue.done.length - MAX_REMEMBERED;
  if (excess <= 0) return state;
  const forgotten = new Set(state.queue.done.slice(0, excess));
  const outcomes = Object.fromEntries(Object.entries(state.outcomes).filter(([url]) => !forgotten.has(url)));
  return { queue: { ...state.queue, done: state.queue.done.slice(excess) }, outcomes };
}

/** What the popup shows for a meeting's packs: queued, or the outcome. */
export type PackStatus = PackOutcome | { status: 'queued' };

export function packStatuses(state: PackQueueState, urls: readonly string[]): Record<string, PackStatus> {
  const queued = new Set(state.queue.pending.map((job) => job.url));
  const statuses: Record<string, PackStatus> = {};
  for (const url of urls) {
    const outcome = queued.has(url) ? ({ status: 'queued' } as const) : state.outcomes[url];
    if (outcome) statuses[url] = outcome;
  }
  return statuses;
}
