import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { newProfileDir } from '../../e2e/harness';
import { findChromium } from '../../e2e/chromium';

/**
 * A Chromium driven over the DevTools protocol with nothing but the domains a measurement asks
 * for. Playwright enables the Runtime domain on every page (for console events and contexts);
 * with it on, each console call and each new script world is serialised for the client, which
 * costs the content script milliseconds that no user without DevTools pays (issue #8). Here the
 * page has only Page and Performance enabled. The protocol runs over a pipe (fds 3 and 4:
 * --remote-debugging-pipe), messages separated by NUL bytes.
 */
export interface BareBrowser {
  /** Open a tab, load `url` to its load event, wait `settleMs`, measure, and close the tab. */
  load(url: string, options: LoadOptions): Promise<BareLoad>;
  close(): Promise<void>;
}

export interface LoadOptions {
  settleMs: number;
  /** Durations in the main thread's CPU time rather than wall time (Performance.enable's timeDomain). */
  threadTime?: boolean;
  /**
   * Also record console messages and requests for extension files: a check before measuring,
   * since it enables the domains whose cost the measured loads leave out.
   */
  watch?: boolean;
}

export interface BareLoad {
  /** Performance.getMetrics, durations in ms. */
  metrics: Record<string, number>;
  loadEventEndMs: number;
  console: string[];
  extensionRequests: string[];
}

interface Reply {
  id?: number;
  method?: string;
  sessionId?: string;
  params?: Params;
  result?: Params;
  error?: { message: string };
}

export interface BareLaunchOptions {
  /** Chromium switches beyond headless mode and the pipe (scripts/e2e/harness.ts: chromiumArgs). */
  args: string[];
}

export async function launchBare(options: BareLaunchOptions): Promise<BareBrowser> {
  const profile = newProfileDir();
  const chrome = spawn(
    findChromium(),
    ['--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, ...options.args, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const connection = connect(chrome);
  return {
    load: (url, loadOptions) => load(connection, url, loadOptions),
    close: async () => {
      await connection.send('Browser.close').catch(() => undefined);
      await new Promise((resolve) => (chrome.exitCode === null ? chrome.once('exit', resolve) : resolve(0)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function load(connection: Connection, url: string, options: LoadOptions): Promise<BareLoad> {
  const { targetId } = (await connection.send('Target.createTarget', { url: 'about:blank' })) as {
    targetId: string;
  };
  const { sessionId } = (await connection.send('Target.attachToTarget', { targetId, flatten: true })) as {
    sessionId: string;
  };
  const page = (method: string, params: object = {}) => connection.send(method, params, sessionId);
  const seen: Pick<BareLoad, 'console' | 'extensionRequests'> = { console: [], extensionRequests: [] };
  if (options.watch) await watch(connection, sessionId, seen);
  await page('Page.enable');
  await page('Performance.enable', options.threadTime ? { timeDomain: 'threadTicks' } : {});
  const loaded = connection.once('Page.loadEventFired', sessionId);
  await page('Page.navigate', { url });
  await loaded;
  await new Promise((resolve) => setTimeout(resolve, options.settleMs));
  const { metrics } = (await page('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  // Runtime.evaluate needs no Runtime.enable: it reads the timing without watching the page.
  const timing = (await page('Runtime.evaluate', {
    expression: "performance.getEntriesByType('navigation')[0].loadEventEnd",
    returnByValue: true,
  })) as { result: { value: number } };
  await connection.send('Target.closeTarget', { targetId });
  return {
    metrics: Object.fromEntries(metrics.map((metric) => [metric.name, metric.value * 1000])),
    loadEventEndMs: timing.result.value,
    ...seen,
  };
}

async function watch(
  connection: Connection,
  sessionId: string,
  seen: Omit<BareLoad, 'metrics' | 'loadEventEndMs'>,
) {
  connection.on('Runtime.consoleAPICalled', sessionId, (params) => {
    const args = params.args as { value?: unknown }[];
    seen.console.push(args.map((arg) => String(arg.value ?? '')).join(' '));
  });
  connection.on('Network.requestWillBeSent', sessionId, (params) => {
    const { url } = params.request as { url: string };
    if (url.startsWith('chrome-extension://')) seen.extensionRequests.push(url);
  });
  await connection.send('Runtime.enable', {}, sessionId);
  await connection.send('Network.enable', {}, sessionId);
}

type Params = Record<string, unknown>;

interface Connection {
  send(method: string, params?: object, sessionId?: string): Promise<Params>;
  once(method: string, sessionId: string): Promise<void>;
  on(method: string, sessionId: string, listener: (params: Params) => void): void;
}

function connect(chrome: ChildProcess): Connection {
  const toChrome = chrome.stdio[3] as Writable;
  const fromChrome = chrome.stdio[4] as Readable;
  const pending = new Map<number, { resolve(value: Params): void; reject(error: Error): void }>();
  const listeners: { method: string; sessionId: string; listener(params: Params): void }[] = [];
  let nextId = 1;
  let buffered = '';
  // A browser that dies or never starts fails every call in flight rather than leaving it hanging.
  const failAll = (error: Error) => {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };
  chrome.once('error', failAll);
  chrome.once('exit', (code) => failAll(new Error(`Chromium exited (code ${code}) during the measurement`)));
  fromChrome.on('data', (chunk: Buffer) => {
    const parts = (buffered + chunk.toString('utf8')).split('\0');
    buffered = parts.pop() ?? '';
    for (const part of parts) dispatch(JSON.parse(part) as Reply);
  });
  function dispatch(reply: Reply) {
    if (reply.id !== undefined) {
      const call = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.error) call?.reject(new Error(reply.error.message));
      else call?.resolve(reply.result ?? {});
      return;
    }
    for (const { method, sessionId, listener } of [...listeners])
      if (method === reply.method && sessionId === reply.sessionId) listener(reply.params ?? {});
  }
  return {
    send: (method, params = {}, sessionId) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        toChrome.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
      }),
    once: (method, sessionId) =>
      new Promise((resolve) => {
        const entry = {
          method,
          sessionId,
          listener: () => {
            listeners.splice(listeners.indexOf(entry), 1);
            resolve();
          },
        };
        listeners.push(entry);
      }),
    on: (method, sessionId, listener) => listeners.push({ method, sessionId, listener }),
  };
}
