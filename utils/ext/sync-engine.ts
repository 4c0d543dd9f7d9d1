import { pull, push, type PushResult, type SyncContext } from './sync-transport';
import type { SyncChangeListener } from './sync-area';

/**
 * Runs pull and push at the right times: a push a short while after the last edit (edits in a
 * burst become one write), a pull whenever another device changes storage.sync, both at startup
 * (which also replays an outbox left by a service worker stopped mid-sync), and a retry at the
 * time a failed push names. One operation runs at a time.
 *
 * Timers do not survive the service worker being stopped; nothing is lost by that, because the
 * outbox is in IndexedDB and start() pushes it again.
 */
export interface SyncEngineOptions {
  /** Quiet time after an edit before pushing: typing a note becomes one write. */
  debounceMs?: number;
  /** Called after a pull changed local data, so views can refresh. */
  onRemoteChange?: () => void;
}

export interface SyncEngine {
  start(): Promise<PushResult>;
  stop(): void;
  /** Call after a local write: pushes after the debounce. */
  schedulePush(): void;
  syncNow(): Promise<PushResult>;
}

export const DEFAULT_DEBOUNCE_MS = 2_000;

export function createSyncEngine(ctx: SyncContext, options: SyncEngineOptions = {}): SyncEngine {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  function serial<T>(operation: () => Promise<T>): Promise<T> {
    const result = queue.then(operation);
    queue = result.catch(() => undefined);
    return result;
  }

  function scheduleAt(delay: number) {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void syncNow();
    }, delay);
  }

  async function syncNow(): Promise<PushResult> {
    const result = await serial(() => push(ctx));
    if (result.status === 'failed') scheduleAt(Math.max(debounceMs, result.retryAt - ctx.now()));
    // A push reads the other browsers' writes first: views (and kept statuses) must hear of them.
    else if (result.pulled > 0) options.onRemoteChange?.();
    return result;
  }

  const onChanged: SyncChangeListener = (changes) => {
    const ours = Object.keys(changes).some((key) => /^[nfhd]:/.test(key));
    if (!ours) return;
    serial(() => pull(ctx))
      .then((result) => {
        if (result.changed > 0) options.onRemoteChange?.();
        if (result.queued.length > 0) scheduleAt(debounceMs);
      })
      // A failed read changes nothing locally; the next change or push reads again.
      .catch(() => scheduleAt(debounceMs));
  };

  return {
    async start() {
      ctx.area.onChanged.addListener(onChanged);
      const result = await syncNow();
      options.onRemoteChange?.();
      return result;
    },
    stop() {
      ctx.area.onChanged.removeListener(onChanged);
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    schedulePush: () => scheduleAt(debounceMs),
    syncNow,
  };
}
