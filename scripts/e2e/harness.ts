import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from './chromium';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const ARTIFACTS_DIR = join(ROOT, 'artifacts', 'e2e');

/** Generous: on a loaded two-core machine a freshly installed extension's worker can be slow to start. */
const WORKER_START_MS = 45_000;

export interface LaunchOptions {
  /** Reuse a profile across launches (to test persistence); a fresh temp profile otherwise. */
  userDataDir?: string;
  /** Map these host names to 127.0.0.1:port, so pages load under real council host names. */
  hostMap?: Record<string, number>;
  /** Load the extension (false for side-by-side baselines). */
  withExtension?: boolean;
  /** Load this build of the extension rather than .output/chrome-mv3 (a variant for a baseline). */
  extensionDir?: string;
  headless?: boolean;
}

export interface Session {
  context: BrowserContext;
  extensionId: string | null;
  worker: Worker | null;
  userDataDir: string;
  close(): Promise<void>;
}

/** No sandbox (root in a container), no GPU, and nothing the browser would fetch or sync by itself. */
const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'agenda-lens-profile-'));
}

/** Chromium's switches for our runs: quiet, the built extension or none, council hosts mapped. */
export function chromiumArgs(
  options: Pick<LaunchOptions, 'hostMap' | 'withExtension' | 'extensionDir'>,
): string[] {
  const extension = options.extensionDir ?? EXTENSION_DIR;
  const rules = Object.entries(options.hostMap ?? {})
    .map(([host, port]) => `MAP ${host} 127.0.0.1:${port}`)
    .join(', ');
  return [
    ...QUIET_CHROMIUM_ARGS,
    ...((options.withExtension ?? true)
      ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`]
      : []),
    ...(rules ? [`--host-resolver-rules=${rules}`] : []),
  ];
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const userDataDir = options.userDataDir ?? newProfileDir();
  const withExtension = options.withExtension ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    args: chromiumArgs(options),
    // Playwright turns the back/forward cache off; a councillor's Chrome has it on, and a page
    // restored from it runs none of our scripts again (tests/e2e/overlay.e2e.test.ts).
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    viewport: { width: 1280, height: 900 },
  });
  let worker: Worker | null = null;
  if (withExtension) {
    worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: WORKER_START_MS }));
  }
  const extensionId = worker ? new URL(worker.url()).host : null;
  return { context, extensionId, worker, userDataDir, close: () => context.close() };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
