import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MEETINGS } from '../../scripts/demo-site/data';
import { meetingPage } from '../../scripts/demo-site/render';
import { demoMeetingPath } from '../../scripts/demo-site/serve';
import { screenshot } from '../../scripts/e2e/harness';
import {
  badgeCounts,
  openMeeting,
  openSidePanel,
  OTHER_SITE_HOST,
  startDemoRun,
  tabIdOf,
  type DemoRun,
} from './demo-site';

const [first, second, agenda] = MEETINGS as [
  (typeof MEETINGS)[0],
  (typeof MEETINGS)[0],
  (typeof MEETINGS)[0],
];
const QUOTE = 'waiting lists for occupational therapy assessments';
const RETITLED = 'Carers Strategy - Assessments';

/** Select the first occurrence of `text` on the page, as a user dragging the mouse would. */
async function select(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      const box = range.getBoundingClientRect();
      document.dispatchEvent(
        new MouseEvent('mouseup', { bubbles: true, clientX: box.right, clientY: box.bottom }),
      );
      return;
    }
    throw new Error(`"${wanted}" is not on the page`);
  }, text);
}

const highlightsState = (page: Page) => page.evaluate(() => document.documentElement.dataset.lensHighlights);

describe('the overlay on the demo council site', () => {
  let run: DemoRun;
  let page: Page;
  beforeAll(async () => {
    run = await startDemoRun();
    page = await run.session.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // Layout shifts of the council's own content, summed as the browser reports them (CLS).
    await page.addInitScript(() => {
      const w = window as unknown as { lensShift: number };
      w.lensShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.lensShift += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
  });
  afterAll(async () => run?.close());

  it('reads earlier minutes, then shows prior decisions and open follow-ups on the later agenda', async () => {
    await openMeeting(page, run.url(first.id));
    await openMeeting(page, run.url(second.id));
    await openMeeting(page, run.url(agenda.id));
    const counts = await badgeCounts(page);
    // Item 44 (occupational therapy waiting times) answers the report requested in September.
    expect(counts['44']?.prior).toBeGreaterThanOrEqual(1);
    expect(counts['44']?.open).toBeGreaterThanOrEqual(1);
    // Badges sit beside the titles and shift none of the page's content.
    expect(await page.evaluate(() => (window as unknown as { lensShift: number }).lensShift)).toBeLessThan(
      0.01,
    );
    // Procedural items are never linked by topic.
    expect(counts['41']?.prior ?? 0).toBe(0);
    expect(counts['42']?.prior ?? 0).toBe(0);
    await page.locator('[data-lens-item="44"]').locator('button').first().click();
    // The panel opens in place: the council's page is not navigated away from.
    await expect.poll(() => page.locator('[data-lens-item="44"] .panel').isVisible()).toBe(true);
    expect(page.url()).toBe(run.url(agenda.id));
    await screenshot(page, 'agenda-with-badges');
    // A badge activated without pointing or focusing first, as assistive technology may do: its
    // closed form, drawn without Preact, is taken over by the click itself, which opens it.
    const other = await page.evaluate(() => {
      const host = Array.from(document.querySelectorAll('[data-lens-item]')).find(
        (h) => h.getAttribute('data-lens-item') !== '44' && h.shadowRoot?.querySelector('button.badge'),
      )!;
      host.shadowRoot!.querySelector<HTMLButtonElement>('button.badge')!.click();
      return host.getAttribute('data-lens-item');
    });
    await expect.poll(() => page.locator(`[data-lens-item="${other}"] .panel`).isVisible()).toBe(true);
  });

  it('works from the keyboard and stays readable at 200% zoom (half the width) and in dark mode', async () => {
    await page.setViewportSize({ width: 640, height: 900 });
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'dark' });
    await openMeeting(page, run.url(agenda.id));
    // Read again with nothing changed: the badges came from the links kept from the last visit,
    // put back where they went then before the page was read, or after it was read if the
    // detector's turn came before the links (on a page served in one piece, either may be first).
    expect(await linksUsed(page)).toMatch(/^(put back|kept)$/);
    const badge = page.locator('[data-lens-item="44"] button.badge');
    await badge.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-lens-item="44"] .panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await badge.getAttribute('aria-expanded')).toBe('true');
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(640);
    await screenshot(page, 'agenda-narrow-dark');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
    await openMeeting(page, run.url(agenda.id));
  });

  it('puts the badges of a page read again back inside DOMContentLoaded when the page comes over a network', async () => {
    const slow = await overNetwork(run);
    await openMeeting(slow, run.url(agenda.id)); // its links are kept, if they were not already
    await openMeeting(slow, run.url(agenda.id));
    expect(await linksUsed(slow)).toBe('put back');
    // Badged before the event ended, so before the page's first layout.
    expect(await beforeDomContentLoadedEnded(slow, 'agenda-lens: badges put back')).toBe(true);
    expect((await badgeCounts(slow))['44']?.prior).toBeGreaterThanOrEqual(1);
    await slow.close();
  });

  it('reads a page visited for the first time inside DOMContentLoaded when it comes over a network', async () => {
    const slow = await overNetwork(run);
    // The agenda at an address not read before: nothing is kept for it.
    const path = `${demoMeetingPath(agenda.id)}&first=1`;
    run.overrides.set(path, () => meetingPage(agenda));
    await openMeeting(slow, `${run.url(agenda.id)}&first=1`);
    expect(await linksUsed(slow)).toBe('answered');
    // The background said nothing was kept before the page was complete: the overlay read it
    // then, not at the detector's later turn.
    expect(await beforeDomContentLoadedEnded(slow, 'agenda-lens: read page')).toBe(true);
    expect((await badgeCounts(slow))['44']?.prior).toBeGreaterThanOrEqual(1);
    run.overrides.delete(path);
    await slow.close();
  });

  it('marks a follow-up done and the count drops, also after a reload', async () => {
    const before = (await badgeCounts(page))['44']!.open;
    await page.locator('[data-lens-item="44"] button.badge').click();
    await page.locator('[data-lens-item="44"] button', { hasText: 'Mark done' }).first().click();
    await expect.poll(async () => (await badgeCounts(page))['44']?.open).toBe(before - 1);
    await openMeeting(page, run.url(agenda.id));
    expect((await badgeCounts(page))['44']?.open).toBe(before - 1);
    // The follow-up's new status made the kept links stale: they were forgotten, not shown.
    expect(await linksUsed(page)).toBe('answered');
  });

  it('keeps a highlight as a follow-up and finds it again after a reload', async () => {
    await select(page, QUOTE);
    await page.locator('agenda-lens-toolbar button', { hasText: 'Follow up' }).click();
    await expect.poll(() => highlightsState(page)).toBe('1/1');
    await screenshot(page, 'highlight-made');
    await openMeeting(page, run.url(agenda.id));
    await expect.poll(() => highlightsState(page)).toBe('1/1');
  });

  it('puts badges back where the titles moved alike, not where one changed, and takes them away when the records changed', async () => {
    const path = demoMeetingPath(agenda.id);
    const slow = await overNetwork(run); // the links come before the page is complete: see above
    await openMeeting(slow, run.url(agenda.id));
    expect(await wasPutBack(slow)).toBe(true);
    // A notice added at the top of the page: every title element moved alike, and is found there.
    run.overrides.set(path, () =>
      meetingPage(agenda).replace(
        '<main>',
        '<div class="notice"><p>We use cookies.</p><button>OK</button></div><main>',
      ),
    );
    await openMeeting(slow, run.url(agenda.id));
    expect(await wasPutBack(slow)).toBe(true);
    expect(await linksUsed(slow)).toBe('put back');
    // A page whose own script rebuilds the items at DOMContentLoaded, after the badges went back:
    // they went with the old elements, and are drawn again on the new ones once the page is read.
    run.overrides.set(
      path,
      () =>
        meetingPage(agenda) +
        `<script>
          const table = document.getElementById('mgItemTable');
          const html = table.outerHTML;
          document.addEventListener('DOMContentLoaded', () => (document.getElementById('mgItemTable').outerHTML = html));
        </script>`,
    );
    await openMeeting(slow, run.url(agenda.id));
    expect(await wasPutBack(slow)).toBe(true);
    expect(await linksUsed(slow)).toBe('kept');
    expect((await badgeCounts(slow))['44']?.prior).toBeGreaterThanOrEqual(1);
    // Words changed after the titles: every title is where it was, so the badges go back; the
    // page read after them holds other records, and the background's answer replaces them.
    run.overrides.set(path, () => meetingPage(agenda).replace(QUOTE, 'waiting lists for physiotherapy'));
    await openMeeting(slow, run.url(agenda.id));
    expect(await wasPutBack(slow)).toBe(true);
    expect(await linksUsed(slow)).toBe('answered');
    expect((await badgeCounts(slow))['44']?.prior).toBeGreaterThanOrEqual(1);
    // An item retitled: its title element does not say what it said, nothing goes back.
    run.overrides.set(path, () => meetingPage(agenda).replace(RETITLED, 'Urgent business'));
    await openMeeting(slow, run.url(agenda.id));
    expect(await wasPutBack(slow)).toBe(false);
    expect(await linksUsed(slow)).toBe('answered');
    expect((await badgeCounts(slow))['44']?.prior).toBeGreaterThanOrEqual(1);
    run.overrides.delete(path);
    await slow.close();
  });

  it('re-anchors the highlight when the page changes around it, and orphans it when its text is gone', async () => {
    const path = demoMeetingPath(agenda.id);
    // Text inserted before the passage: its stored position is stale, the quote still matches.
    run.overrides.set(path, () =>
      meetingPage(agenda).replace(
        '<div class="mgContent">',
        '<div class="mgContent"><p>Late paper: an added notice of two sentences. Please read it first.</p>',
      ),
    );
    await openMeeting(page, run.url(agenda.id));
    await expect.poll(() => highlightsState(page)).toBe('1/1');
    // The passage itself rewritten: it must not be attached to other text.
    run.overrides.set(path, () =>
      meetingPage(agenda).replace(QUOTE, 'the new reablement service and its budget'),
    );
    await openMeeting(page, run.url(agenda.id));
    await expect.poll(() => highlightsState(page)).toBe('0/1');
    const tabId = await tabIdOf(run, page);
    const panel = await openSidePanel(run.session, tabId);
    await panel.getByRole('tab', { name: 'Follow-ups' }).click();
    await expect.poll(() => panel.locator('[data-orphan]').count()).toBe(1);
    expect(await panel.locator('[data-orphan]').textContent()).toContain(QUOTE);
    await screenshot(panel, 'side-panel-orphan');
    run.overrides.delete(path);
  });

  it("the side panel shows the meeting of the tab's page: none on a site we do not read, the right one after Back", async () => {
    const tab = await run.session.context.newPage();
    await noteRestores(tab);
    // At an address no other tab shows, so that the tab is known by it.
    const path = `${demoMeetingPath(agenda.id)}&panel=1`;
    run.overrides.set(path, () => meetingPage(agenda));
    await openMeeting(tab, `${run.url(agenda.id)}&panel=1`);
    const tabId = await tabIdOf(run, tab);
    const panel = await openSidePanel(run.session, tabId);
    const shows = (id: string) => panel.locator(`li[data-item="${id}"]`).count();
    await expect.poll(() => shows('44')).toBe(1);
    // A link within the page is no other page.
    await tab.evaluate(() => (location.hash = 'item44'));
    await tab.waitForTimeout(300);
    expect(await shows('44')).toBe(1);
    // No script of ours runs on that site, so nothing reports it: the panel must see it left.
    await tab.goto(`http://${OTHER_SITE_HOST}/`);
    await expect.poll(() => shows('44')).toBe(0);
    // Back, from the back/forward cache, where no script of ours runs again: the page reports again.
    await backFromCache(tab);
    await expect.poll(() => shows('44')).toBe(1);
    // From this meeting to an earlier one and back: the panel follows.
    await openMeeting(tab, run.url(second.id));
    await expect.poll(() => shows('44')).toBe(0);
    await backFromCache(tab);
    await expect.poll(() => shows('44')).toBe(1);
    // Restored from the back/forward cache, as in a councillor's Chrome: no script of ours ran again.
    expect(await wasRestored(tab)).toBe(true);
    run.overrides.delete(path);
    await Promise.all([tab.close(), panel.close()]);
  });
});

/** Where the overlay's badges came from: links kept from the last visit, or the background's answer. */
const linksUsed = (page: Page) => page.evaluate(() => document.documentElement.dataset.lensLinks);

/**
 * A page whose documents come at 160 kbit/s after 150 ms each way, so that this short page streams
 * in long enough for the kept links to arrive before it is complete (a long agenda does so on a
 * faster line).
 */
async function overNetwork(run: DemoRun): Promise<Page> {
  const page = await run.session.context.newPage();
  const cdp = await run.session.context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 20_000,
    uploadThroughput: 20_000,
  });
  return page;
}

/** Marks a page shown again from the back/forward cache, for wasRestored. */
const noteRestores = (page: Page) =>
  page.addInitScript(() =>
    addEventListener('pageshow', (event) => {
      if (event.persisted) document.documentElement.dataset.restored = 'yes';
    }),
  );

/** Whether the page the tab shows came back from the back/forward cache (no script of ours ran again). */
const wasRestored = async (page: Page) =>
  (await page.evaluate(() => document.documentElement.dataset.restored)) === 'yes';

/** Back: a page restored from the back/forward cache fires no load event for Playwright to wait for. */
const backFromCache = (page: Page) => page.goBack({ waitUntil: 'commit' });

/** Whether the overlay's step `measure` (a performance measure) started before DOMContentLoaded ended. */
const beforeDomContentLoadedEnded = (page: Page, measure: string) =>
  page.evaluate(
    (name) =>
      performance.getEntriesByName(name)[0]!.startTime <
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    measure,
  );

/** Whether the badges were put back before the page was read. */
const wasPutBack = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('agenda-lens: badges put back').length > 0);

describe('a meeting page restored from the back/forward cache', () => {
  let run: DemoRun;
  beforeAll(async () => {
    run = await startDemoRun();
  });
  afterAll(async () => run?.close());

  it('redraws its badges when a follow-up was marked done while the tab was away', async () => {
    const tab = await run.session.context.newPage();
    await noteRestores(tab);
    for (const meeting of [first, second, agenda]) await openMeeting(tab, run.url(meeting.id));
    const before = (await badgeCounts(tab))['44']!.open;
    expect(before).toBeGreaterThanOrEqual(1);
    const panel = await openSidePanel(run.session, await tabIdOf(run, tab));
    const label = await panel
      .locator('li[data-item="44"]')
      .getByRole('button', { name: /^Mark done:/ })
      .first()
      .getAttribute('aria-label');
    // Away on another site, the councillor marks item 44's follow-up done in the side panel.
    await tab.goto(`http://${OTHER_SITE_HOST}/`);
    await panel.getByRole('tab', { name: 'Follow-ups' }).click();
    await panel.getByRole('button', { name: label!, exact: true }).click();
    await backFromCache(tab);
    await expect.poll(async () => (await badgeCounts(tab))['44']?.open).toBe(before - 1);
    expect(await wasRestored(tab)).toBe(true);
    await Promise.all([tab.close(), panel.close()]);
  });
});
