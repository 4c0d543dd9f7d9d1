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

/**
 * Installed before the page's own scripts: when the page's first frame after DOMContentLoaded has
 * been drawn (a task queued from the frame's animation callback runs after its paint).
 */
const WATCH_FIRST_FRAME = `
  document.addEventListener('DOMContentLoaded', () =>
    requestAnimationFrame(() => setTimeout(() => (window.__firstFrame = performance.now()))),
  );
`;

interface BadgeLoad {
  toLastBadge: number;
  /** The overlay's own count (lensReady): the rest is waiting for idle, detecting and loading it. */
  overlayOwn: number;
}

async function loadWithBadges(page: Page, url: string): Promise<BadgeLoad> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.lensReady !== undefined, null, {
    timeout: 30_000,
  });
  const { last, count, dcl, ready } = await page.evaluate(() => ({
    ...(window as unknown as { __lensBadges: { last: number; count: number } }).__lensBadges,
    dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
      .domContentLoadedEventEnd,
    ready: Number(document.documentElement.dataset.lensReady),
  }));
  if (!count) throw new Error(`the overlay finished on ${url} without showing a badge`);
  return { toLastBadge: last - dcl, overlayOwn: ready };
}

/**
 * `repeats` loads of the target page in one browser (with or without the extension), each measured
 * by `measure`, after a first load that is the warm-up, not a run: it fills the cache and, with the
 * extension, indexes the page and compiles the overlay.
 */
async function measureLoads<T>(
  target: BadgePage,
  options: { withExtension: boolean; initScript: string; repeats: number },
  measure: (page: Page, url: string) => Promise<T>,
): Promise<T[]> {
  const site = await startBenchSite();
  const html = await target.html();
  site.overrides.set(target.path, () => html);
  const session = await launchBrowser(site, options.withExtension);
  try {
    const page = await session.context.newPage();
    await page.addInitScript(options.initScript);
    const url = `http://${target.host}${target.path}`;
    await measure(page, url);
    const runs: T[] = [];
    for (let r = 0; r < options.repeats; r++) runs.push(await measure(page, url));
    return runs;
  } finally {
    await session.close();
    site.close();
  }
}

/** The page alone, DOMContentLoaded → its own first frame drawn (WATCH_FIRST_FRAME). */
async function loadToFirstFrame(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstFrame?: number }).__firstFrame);
  return page.evaluate(
    () =>
      (window as unknown as { __firstFrame: number }).__firstFrame -
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  );
}

/**
 * The page in a browser without the extension: no badge can be seen before its first frame, so
 * this puts the badge figures of a slow machine in scale.
 */
const measureFirstFrame = (target: BadgePage, repeats: number) =>
  measureLoads(target, { withExtension: false, initScript: WATCH_FIRST_FRAME, repeats }, loadToFirstFrame);

/** One browser run per page, shared by its two badge figures. */
const measured = new Map<BadgePage, Promise<BadgeLoad[]>>();
function badgeRuns(target: BadgePage, repeats: number): Promise<BadgeLoad[]> {
  if (!measured.has(target))
    measured.set(
      target,
      measureLoads(target, { withExtension: true, initScript: WATCH_BADGES, repeats }, loadWithBadges),
    );
  return measured.get(target)!;
}

export const badgeFigures: Figure[] = [
  { label: 'Kingston page', target: KINGSTON },
  { label: '100-item page', target: HUNDRED_ITEMS },
].flatMap(({ label, target }) => [
  {
    name: `badges: DOMContentLoaded → last badge, ${label}`,
    unit: 'ms',
    budget: { atMost: 50 },
    quick: false,
    run: async ({ repeats }) => (await badgeRuns(target, repeats)).map((run) => run.toLastBadge),
  },
  {
    name: `badges: of which the overlay's own work, ${label}`,
    unit: 'ms',
    quick: false,
    run: async ({ repeats }) => (await badgeRuns(target, repeats)).map((run) => run.overlayOwn),
  },
  {
    name: `badges: for scale, the page's own first frame without the extension, ${label}`,
    unit: 'ms',
    quick: false,
    run: ({ repeats }) => measureFirstFrame(target, repeats),
  },
]);
