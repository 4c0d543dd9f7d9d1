import type { CDPSession } from 'playwright-core';

/**
 * The extension's service worker as a DevTools target, reached through a page's CDP session
 * (Playwright opens CDP sessions on pages only). Commands go through Target.sendMessageToTarget.
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
    const reply = await new Promise<{ usedSize: number }>((resolve, reject) => {
      const onMessage = (event: { sessionId?: string; message: string }) => {
        const parsed = JSON.parse(event.message) as {
          id?: number;
          result?: { usedSize: number };
          error?: unknown;
        };
        if (event.sessionId !== sessionId || parsed.id !== 1) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        if (parsed.result) resolve(parsed.result);
        else reject(new Error(`Runtime.getHeapUsage failed: ${JSON.stringify(parsed.error)}`));
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }),
      });
    });
    return reply.usedSize;
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
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
