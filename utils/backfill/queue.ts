/**
 * A polite, resumable fetch queue for backfills: one request at a time, at least
 * `minIntervalMs` apart, only to the plan's origins. Its state is plain JSON so a backfill
 * interrupted (service worker stopped, user cancelled) resumes where it was.
 */
export type Job = { url: string; kind: 'list' | 'meeting' };

export interface QueueState {
  origins: string[];
  pending: Job[];
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

export interface QueueDeps {
  fetchText(url: string, signal?: AbortSignal): Promise<string>;
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface QueueOptions {
  minIntervalMs?: number;
  signal?: AbortSignal;
  onProgress?(progress: QueueProgress): void;
}

/** What handling a fetched job yields: more jobs (a list yields its meetings). */
export type JobHandler = (job: Job, body: string) => Promise<Job[]>;

export const DEFAULT_MIN_INTERVAL_MS = 1000;

export function createQueue(origins: string[], jobs: Job[]): QueueState {
  return enqueue({ origins, pending: [], done: [], failed: [], refused: [] }, jobs);
}

/** Adds jobs not seen before; those on other origins are refused, never fetched. */
export function enqueue(state: QueueState, jobs: Job[]): QueueState {
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
export async function runQueue(
  initial: QueueState,
  handle: JobHandler,
  deps: QueueDeps,
  options: QueueOptions = {},
): Promise<QueueState> {
  const interval = options.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS;
  let state = initial;
  let lastRequest = -Infinity;
  options.onProgress?.(progressOf(state));
  while (state.pending.length > 0 && !options.signal?.aborted) {
    const [job, ...rest] = state.pending as [Job, ...Job[]];
    const wait = lastRequest + interval - deps.now();
    if (wait > 0) await deps.sleep(wait, options.signal);
    if (options.signal?.aborted) break;
    lastRequest = deps.now();
    try {
      const more = await handle(job, await deps.fetchText(job.url, options.signal));
      state = enqueue({ ...state, pending: rest, done: [...state.done, job.url] }, more);
    } catch (error) {
      if (options.signal?.aborted) break;
      state = { ...state, pending: rest, failed: [...state.failed, { url: job.url, error: String(error) }] };
    }
    options.onProgress?.(progressOf(state));
  }
  return state;
}

function progressOf(state: QueueState): QueueProgress {
  return { done: state.done.length, failed: state.failed.length, pending: state.pending.length };
}
