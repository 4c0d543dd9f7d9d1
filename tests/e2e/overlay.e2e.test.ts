import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETINGS } from '../../scripts/demo-site/data';
import { screenshot } from '../../scripts/e2e/harness';
import { badgeCounts, openMeeting, startDemoRun, type DemoRun } from './demo-site';

const [first, second, agenda] = MEETINGS as [
  (typeof MEETINGS)[0],
  (typeof MEETINGS)[0],
  (typeof MEETINGS)[0],
];

describe('the overlay on the demo council site', () => {
  let run: DemoRun;
  beforeAll(async () => {
    run = await startDemoRun();
  });
  afterAll(async () => run?.close());

  it('reads earlier minutes, then shows prior decisions and open follow-ups on the later agenda', async () => {
    const page = await run.session.context.newPage();
    await openMeeting(page, run.url(first.id));
    await openMeeting(page, run.url(second.id));
    await openMeeting(page, run.url(agenda.id));
    const counts = await badgeCounts(page);
    // Item 44 (occupational therapy waiting times) answers the report requested in September.
    expect(counts['44']?.prior).toBeGreaterThanOrEqual(1);
    // Procedural items are never linked by topic.
    expect(counts['41']?.prior ?? 0).toBe(0);
    expect(counts['42']?.prior ?? 0).toBe(0);
    await page.locator('[data-lens-item="44"]').locator('button').first().click();
    // The panel opens in place: the council's page is not navigated away from.
    await expect.poll(() => page.locator('[data-lens-item="44"] .panel').isVisible()).toBe(true);
    expect(page.url()).toBe(run.url(agenda.id));
    await screenshot(page, 'agenda-with-badges');
  });
});
