import { h, render } from 'preact';
import { BackfillChip, type BackfillChipProps } from '../../components/BackfillChip';
import { planBackfill } from '../../utils/backfill';
import type { QueueState } from '../../utils/backfill';
import { runBackfill } from '../../utils/ext/backfill-runner';
import { send } from '../../utils/ext/send';
import {
  nativeLocalStorage,
  nativeRuntime,
  type NativeMessageListener,
} from '../../utils/ext/native-runtime';
import { isTabMessage } from '../../utils/ext/tab-messages';
import type { Lifetime } from './lifetime';
import { mountShadowUi } from './shadow-ui';

/**
 * Backfill runs here, on the council's own page, when the user asks from the popup: requests go
 * only to this site, one a second, and each meeting read is indexed by the background. An
 * interrupted run (stopped, page left) keeps its queue in storage.local and resumes next time.
 */
export function listenForBackfill(lifetime: Lifetime, doc: Document, url: string): void {
  const runtime = nativeRuntime();
  let controller: AbortController | null = null;
  const onMessage: NativeMessageListener = (message, sender, sendResponse) => {
    if (sender.id !== runtime.id || !isTabMessage(message)) return;
    if (message.type === 'backfill-cancel') controller?.abort();
    else if (!controller) {
      controller = new AbortController();
      void start(lifetime, doc, url, controller).finally(() => (controller = null));
    }
    sendResponse(true);
  };
  runtime.onMessage.addListener(onMessage);
  lifetime.onEnd(() => {
    runtime.onMessage.removeListener(onMessage);
    controller?.abort();
  });
}

async function start(lifetime: Lifetime, doc: Document, url: string, controller: AbortController) {
  const plan = planBackfill(url, new Date());
  const key = `backfill:${plan ? `${plan.origins[0]}|${plan.committeeId}` : url}` as const;
  const saved = await loadQueue(key);
  const chip = mountChip(lifetime, doc, () => controller.abort());
  chip.show({ state: 'running', progress: { done: 0, failed: 0, pending: 1 } });
  const outcome = await runBackfill({
    pageUrl: url,
    resume: saved && saved.pending.length > 0 ? saved : undefined,
    signal: controller.signal,
    parseDocument: (text, type) => new DOMParser().parseFromString(text, type),
    store: (records, pageUrl, packs) =>
      send({ type: 'page-read', url: pageUrl, records: records.slice(0, 10), packs }),
    onProgress: (progress) => chip.show({ state: 'running', progress }),
  });
  if (!outcome.ok) return chip.show({ state: 'failed', message: outcome.error, progress: EMPTY });
  await nativeLocalStorage().set({ [key]: { v: QUEUE_VERSION, state: outcome.state } satisfies SavedQueue });
  const progress = {
    done: outcome.state.done.length,
    failed: outcome.state.failed.length,
    pending: outcome.state.pending.length,
  };
  chip.show({ state: controller.signal.aborted ? 'cancelled' : 'finished', progress });
}

const EMPTY = { done: 0, failed: 0, pending: 0 };

/**
 * A saved queue is versioned; one of another version is only lost progress (the index is
 * idempotent), so it is dropped and the backfill starts again rather than misread.
 */
const QUEUE_VERSION = 1;
interface SavedQueue {
  v: number;
  state: QueueState;
}

/** Saved under the same storage.local key as before the overlay dropped WXT's storage helper. */
async function loadQueue(key: string): Promise<QueueState | undefined> {
  const saved = (await nativeLocalStorage().get(key))[key] as SavedQueue | undefined;
  return saved?.v === QUEUE_VERSION ? saved.state : undefined;
}

function mountChip(lifetime: Lifetime, doc: Document, onCancel: () => void) {
  const ui = mountShadowUi(lifetime, { name: 'agenda-lens-backfill', anchor: doc.body, append: 'last' });
  type View = Pick<BackfillChipProps, 'state' | 'progress' | 'message'>;
  return {
    show: (view: View) =>
      render(h(BackfillChip, { ...view, onCancel, onClose: () => ui.remove() }), ui.container),
  };
}
