import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETINGS } from '../../scripts/demo-site/data';
import { screenshot } from '../../scripts/e2e/harness';
import { badgeCounts, openMeeting, startDemoRun, tabIdOf, type DemoRun } from './demo-site';

const agenda = MEETINGS.find((m) => m.status === 'agenda')!;

describe("indexing a committee's past meetings from its agenda page", () => {
  let run: DemoRun;
  beforeAll(async () => {
    run = await startDemoRun();
  });
  afterAll(async () => run?.close());

  it('reads the earlier meetings one a second, then the agenda shows their decisions', async () => {
    const page = await run.session.context.newPage();
    const requests: { url: string; at: number }[] = [];
    page.on('request', (request) => requests.push({ url: request.url(), at: Date.now() }));
    await openMeeting(page, run.url(agenda.id));
    // Nothing read before: no history yet.
    expect(Object.values(await badgeCounts(page)).every((c) => c.prior === 0)).toBe(true);
    // What the popup's button does: ask the overlay in this tab to start.
    const tabId = await tabIdOf(run, page);
    await run.session.worker!.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      await api.tabs.sendMessage(id, { type: 'backfill-start' });
    }, tabId);
    const chip = page.locator('agenda-lens-backfill [data-backfill]');
    await expect.poll(() => chip.getAttribute('data-backfill'), { timeout: 30_000 }).toBe('finished');
    await screenshot(page, 'backfill-finished');
    // The pages read in the background did not replace what the tab itself shows.
    expect(await tabIdOf(run, page)).toBe(tabId);
    // Only this site, and never faster than one request a second.
    const backfill = requests.filter(
      (r) => /GetMeetings|ieListDocuments/.test(r.url) && r.at > requests[0]!.at + 50,
    );
    expect(backfill.every((r) => r.url.startsWith('http://democracy.riverside.example.gov.uk/'))).toBe(true);
    // The meeting list and the three past meetings (the cancelled one is skipped).
    expect(backfill.length).toBeGreaterThanOrEqual(4);
    const gaps = backfill.slice(1).map((r, i) => r.at - backfill[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(900);
    await openMeeting(page, run.url(agenda.id));
    expect((await badgeCounts(page))['44']?.prior).toBeGreaterThanOrEqual(1);
    // The links kept from the first visit (no history) were forgotten when the minutes came in.
    expect(await page.evaluate(() => document.documentElement.dataset.lensLinks)).toBe('answered');
  });
});
