import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import {
  DEMO_HOST,
  demoMeetingPath,
  startDemoServer,
  type PageOverrides,
} from '../../scripts/demo-site/serve';
import { launch, type LaunchOptions, type Session } from '../../scripts/e2e/harness';

/** The demo council site under its council-like host name, and a Chromium with the built extension. */
export interface DemoRun {
  session: Session;
  server: Server;
  overrides: PageOverrides;
  url(meetingId: number): string;
  close(): Promise<void>;
}

/** A site that is no council's, served by the same server: Agenda Lens has no access to it. */
export const OTHER_SITE_HOST = 'www.riverside-gazette.example.com';

export async function startDemoRun(options: LaunchOptions = {}): Promise<DemoRun> {
  const overrides: PageOverrides = new Map();
  const { server, port } = await startDemoServer(0, overrides);
  const session = await launch({ ...options, hostMap: { [DEMO_HOST]: port, [OTHER_SITE_HOST]: port } });
  return {
    session,
    server,
    overrides,
    url: (meetingId) => `http://${DEMO_HOST}${demoMeetingPath(meetingId)}`,
    async close() {
      await session.close();
      server.close();
    },
  };
}

/** Open a meeting page and wait until the overlay has read it and drawn its badges. */
export async function openMeeting(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.lensReady !== undefined, null, {
    timeout: 15_000,
  });
}

export async function badgeCounts(page: Page): Promise<Record<string, { prior: number; open: number }>> {
  return page.evaluate(() => {
    const out: Record<string, { prior: number; open: number }> = {};
    for (const host of Array.from(document.querySelectorAll<HTMLElement>('[data-lens-item]'))) {
      out[host.dataset.lensItem!] = {
        prior: Number(host.dataset.priorCount),
        open: Number(host.dataset.openCount),
      };
    }
    return out;
  });
}

/** The side panel as it shows beside the tab `tabId`, in a page of its own. */
export async function openSidePanel(
  session: Pick<Session, 'context' | 'extensionId'>,
  tabId: number,
): Promise<Page> {
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/**
 * The browser's id of the tab showing `page`. Without the "tabs" permission the extension cannot
 * read tab URLs, so this asks what the background recorded when the page's content script reported in.
 */
export async function tabIdOf(
  run: Pick<DemoRun, 'session'>,
  page: Page,
  /** The address its page reported (our viewer's: the PDF it shows). */
  url = page.url(),
): Promise<number> {
  const id = await run.session.worker!.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    const states = (await api.storage.session.get(null)) as Record<string, { url?: string }>;
    const key = Object.keys(states).find((k) => k.startsWith('tab:') && states[k]?.url === wanted);
    return key ? Number(key.slice(4)) : undefined;
  }, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}
