import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { storage } from 'wxt/utils/storage';
import { BackfillChip, type BackfillChipProps } from '../../components/BackfillChip';
import { OVERLAY_CSS } from '../../components/overlay-styles';
import { planBackfill } from '../../utils/backfill';
import type { QueueState } from '../../utils/backfill';
import { runBackfill } from '../../utils/ext/backfill-runner';
import { send } from '../../utils/ext/send';
import { isTabMessage } from '../../utils/ext/tab-messages';

/**
 * Backfill runs here, on the council's own page, when the user asks from the popup: requests go
 * only to this site, one a second, and each meeting read is indexed by the background. An
 * interrupted run (stopped, page left) keeps its queue in storage.local and resumes next time.
 */
export function listenForBackfill(ctx: ContentScriptContext, doc: Document, url: string): void {
  let controller: AbortController | null = null;
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isTabMessage(message)) return;
    if (message.type === 'backfill-cancel') controller?.abort();
    else if (!controller) {
      controller = new AbortController();
      void start(ctx, doc, url, controller).finally(() => (controller = null));
    }
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    controller?.abort();
  });
}

async function start(ctx: ContentScriptContext, doc: Document, url: string, controller: AbortController) {
  const plan = planBackfill(url, new Date());
  const key = `local:backfill:${plan ? `${plan.origins[0]}|${plan.committeeId}` : url}` as const;
  const saved = await loadQueue(key);
  const chip = await mountChip(ctx, doc, () => controller.abort());
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
  await storage.setItem<SavedQueue>(key, { v: QUEUE_VERSION, state: outcome.state });
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

async function loadQueue(key: `local:${string}`): Promise<QueueState | undefined> {
  const saved = await storage.getItem<SavedQueue>(key);
  return saved?.v === QUEUE_VERSION ? saved.state : undefined;
}

async function mountChip(ctx: ContentScriptContext, doc: Document, onCancel: () => void) {
  const ui = await createShadowRootUi(ctx, {
    name: 'agenda-lens-backfill',
    position: 'inline',
    anchor: doc.body,
    append: 'last',
    css: OVERLAY_CSS,
    onMount: (container, _shadow, host) => {
      host.dataset.lensHost = '';
      return container;
    },
  });
  ui.mount();
  type View = Pick<BackfillChipProps, 'state' | 'progress' | 'message'>;
  return {
    show: (view: View) =>
      render(h(BackfillChip, { ...view, onCancel, onClose: () => ui.remove() }), ui.uiContainer),
  };
}
