import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { DemoItem, DemoMeeting } from '../../demo-site/data';
import { meetingPage } from '../../demo-site/render';
import { DEMO_HOST } from '../../demo-site/serve';
import { KINGSTON_HOST, launchBrowser, startBenchSite } from '../browser/site';
import { seedVocabulary } from '../generate/seed-vocabulary';
import { sharedPath } from '../shared';
import type { Figure } from '../types';

/** A page to open, served at `path` on `host`. */
interface BadgePage {
  host: string;
  path: string;
  html(): Promise<string>;
}

/** The largest real ModernGov meeting page we have, at the URL it was saved from. */
const KINGSTON: BadgePage = {
  host: KINGSTON_HOST,
  path: '/ieListDocuments.aspx?CId=711&MId=10159',
  html: async () =>
    readFileSync(
      sharedPath('fixtures/moderngov/kingston-neighbourhood-cttee-2025-11-18-ielistdocuments.html'),
      'utf8',
    ),
};

/** A 100-item agenda in the demo site's ModernGov markup, with titles from the seeds. */
const HUNDRED_ITEMS: BadgePage = {
  host: DEMO_HOST,
  path: '/ieListDocuments.aspx?CId=412&MId=9900',
  html: async () => meetingPage(await hundredItemMeeting()),
};

async function hundredItemMeeting(): Promise<DemoMeeting> {
  const { titles, texts } = await seedVocabulary();
  const items: DemoItem[] = Array.from({ length: 100 }, (_, i) => ({
    number: String(i + 1),
    title: titles[i % titles.length]!,
    summary: texts.length ? texts[i % texts.length]!.slice(0, 300) : undefined,
  }));
  return {
    id: 9900,
    date: '2026-12-07',
    weekday: 'Monday',
    dateText: '7 December 2026',
    time: '6:00 pm',
    venue: 'Council Chamber, Riverside Civic Centre',
    status: 'agenda',
    items,
  };
}

/**
 * Installed before the page's own scripts: notes when each badge host appears. It looks only at
 * the mutation records, so that watching costs the page next to nothing. A string, because a
 * transpiled function may call helpers (esbuild's __name) that do not exist in the page.
 */
const WATCH_BADGES = `
  const seen = new Set();
  const state = { last: NaN, count: 0 };
  window.__lensBadges = state;
  new MutationObserver((records) => {
    for (const record of records) {
      const nodes = record.type === 'attributes' ? [record.target] : Array.from(record.addedNodes);
      const badges = nodes.filter((node) => node instanceof Element && node.hasAttribute('data-lens-item'));
      if (badges.length) {
        for (const badge of badges) seen.add(badge);
        state.count = seen.size;
        state.last = performance.now();
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-lens-item'] });
`;

async function dclToLastBadge(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.lensReady !== undefined, null, {
    timeout: 30_000,
  });
  const { last, count, dcl } = await page.evaluate(() => ({
    ...(window as unknown as { __lensBadges: { last: number; count: number } }).__lensBadges,
    dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
      .domContentLoadedEventEnd,
  }));
  if (!count) throw new Error(`the overlay finished on ${url} without showing a badge`);
  return last - dcl;
}

/** The first visit indexes the page and compiles the overlay: it is the warm-up, not a run. */
async function measureBadges(target: BadgePage, repeats: number): Promise<number[]> {
  const site = await startBenchSite();
  site.overrides.set(target.path, () => html);
  const html = await target.html();
  const session = await launchBrowser(site, true);
  try {
    const page = await session.context.newPage();
    await page.addInitScript(WATCH_BADGES);
    const url = `http://${target.host}${target.path}`;
    await dclToLastBadge(page, url);
    const runs: number[] = [];
    for (let r = 0; r < repeats; r++) runs.push(await dclToLastBadge(page, url));
    return runs;
  } finally {
    await session.close();
    site.close();
  }
}

export const badgeFigures: Figure[] = [
  { name: 'badges: DOMContentLoaded → last badge, Kingston page', target: KINGSTON },
  { name: 'badges: DOMContentLoaded → last badge, 100-item page', target: HUNDRED_ITEMS },
].map(({ name, target }) => ({
  name,
  unit: 'ms',
  budget: { atMost: 50 },
  quick: false,
  run: ({ repeats }) => measureBadges(target, repeats),
}));
