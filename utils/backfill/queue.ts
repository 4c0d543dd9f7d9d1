/**
 * A polite, resumable fetch queue for backfills and pack reading: one request at a time, at least
 * `minIntervalMs` apart, only to the allowed origins. Its state is plain JSON so a run
 * interrupted (service worker stopped, user cancelled) resumes where it was.
 */
export type Job<K extends string = BackfillJobKind> = { url: string; kind: K };
/** A backfill fetches meeting lists, then the meeting pages they list. */
export type BackfillJobKind = 'list' | 'meeting';

export interface QueueState<K extends string = BackfillJobKind> {
  origins: string[];
  pending: Job<K>[];
  done: string[];
  failed: Array<{ url: string; error: string }>;
  /** URLs refused for being on another site. */
  refused: string[];
}

export interface QueueProgress {
  done: number;
  failed: number;
  pending: number;
}

/** `fetch` gets what a job's handler reads: a page's text for a backfill, a PDF's records for packs. */
export interface QueueDeps<B = string> {
  fetch(url: string, signal?: AbortSignal): Promise<B>;
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface QueueOptions<K extends string = BackfillJobKind> {
  minIntervalMs?: number;
  signal?: AbortSignal;
  /** After each job, with the state to save: a run stopped at any point resumes from it. */
  onProgress?(progress: QueueProgress, state: QueueState<K>): void;
  /** Before each job: changes made while the queue runs (jobs added by the user meanwhile). */
  refresh?(state: QueueState<K>): QueueState<K>;
}

/** What handling a fetched job yields: more jobs (a list yields its meetings). */
export type JobHandler<K extends string = BackfillJobKind, B = string> = (
  job: Job<K>,
  body: B,
) => Promise<Job<K>[]>;

export const DEFAULT_MIN_INTERVAL_MS = 1000;

export function createQueue<K extends string>(origins: string[], jobs: Job<K>[]): QueueState<K> {
  return enqueue({ origins, pending: [], done: [], failed: [], refused: [] }, jobs);
}

/** Adds jobs not seen before; those on other origins are refused, never fetched. */
export function enqueue<K extends string>(state: QueueState<K>, jobs: Job<K>[]): QueueState<K> {
  const seen = new Set([
    ...state.done,
    ...state.pending.map((j) => j.url),
    ...state.failed.map((f) => f.url),
  ]);
  const next = { ...state, pending: [...state.pending], refused: [...state.refused] };
  for (const job of jobs) {
    if (seen.has(job.url)) continue;
    seen.add(job.url);
    if (isAllowed(job.url, state.origins)) next.pending.push(job);
    else next.refused.push(job.url);
  }
  return next;
}

function isAllowed(url: string, origins: string[]): boolean {
  try {
    return origins.includes(new URL(url).origin);
  } catch {
    return false;
  }
}

/** Works through the queue until it is empty or the signal aborts; returns the state to resume from. */
export async function runQueue<K extends string, B>(
  initial: QueueState<K>,
  handle: JobHandler<K, B>,
  deps: QueueDeps<B>,
  options: QueueOptions<K> = {},
): Promise<QueueState<K>> {
  const interval = options.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS;
  let state = initial;
  let lastRequest = -Infinity;
  options.onProgress?.(progressOf(state), state);
  while (!options.signal?.aborted) {
    if (options.refresh) state = options.refresh(state);
    if (state.pending.length === 0) break;
    const [job, ...rest] = state.pending as [Job<K>, ...Job<K>[]];
    const wait = lastRequest + interval - deps.now();
    if (wait > 0) await deps.sleep(wait, options.signal);
    if (options.signal?.aborted) break;
    lastRequest = deps.now();
    try {
      const more = await handle(job, await deps.fetch(job.url, options.signal));
      state = enqueue({ ...state, pending: rest, done: [...state.done, job.url] }, more);
    } catch (error) {
      if (options.signal?.aborted) break;
      state = { ...state, pending: rest, failed: [...state.failed, { url: job.url, error: String(error) }] };
    }
    options.onProgress?.(progressOf(state), state);
  }
  return state;
}

function progressOf(state: QueueState<string>): QueueProgress {
  return { done: state.done.length, failed: state.failed.length, pending: state.pending.length };
}
