import type { CDPSession } from 'playwright-core';

/**
 * The extension's service worker's JS heap after a full garbage collection, so the figure is what
 * the worker holds, not what it happened not to have collected yet. The worker is reached as a
 * DevTools target through a page's CDP session (Playwright opens CDP sessions on pages only).
 */
export async function workerHeapBytes(cdp: CDPSession, extensionId: string): Promise<number> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
  if (!worker) throw new Error('the extension service worker is not running');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  });
  try {
    await sendToTarget(cdp, sessionId, 1, 'HeapProfiler.collectGarbage');
    const usage = await sendToTarget(cdp, sessionId, 2, 'Runtime.getHeapUsage');
    return (usage as { usedSize: number }).usedSize;
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

/** One DevTools command to an attached target, and its result. */
function sendToTarget(cdp: CDPSession, sessionId: string, id: number, method: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: { sessionId?: string; message: string }) => {
      const parsed = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
      if (event.sessionId !== sessionId || parsed.id !== id) return;
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      if (parsed.result) resolve(parsed.result);
      else reject(new Error(`${method} failed: ${JSON.stringify(parsed.error)}`));
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
  });
}

async function workerRunning(cdp: CDPSession, extensionId: string): Promise<boolean> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.some((t) => t.type === 'service_worker' && t.url.includes(extensionId));
}

/**
 * Stop every service worker (ours is the only one) and wait until its DevTools target is gone.
 * Playwright's worker 'close' event comes late or not at all for a stopped worker.
 */
export async function stopWorkers(cdp: CDPSession, extensionId: string): Promise<void> {
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  for (let waited = 0; await workerRunning(cdp, extensionId); waited += 50) {
    if (waited > 10_000) throw new Error('the service worker did not stop within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
