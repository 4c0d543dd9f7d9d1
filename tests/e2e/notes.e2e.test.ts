import { afterAll, describe, expect, it } from 'vitest';
import { MEETINGS } from '../../scripts/demo-site/data';
import { newProfileDir, screenshot } from '../../scripts/e2e/harness';
import { openMeeting, openSidePanel, startDemoRun, tabIdOf, type DemoRun } from './demo-site';

const [first, , agenda] = MEETINGS as [(typeof MEETINGS)[0], (typeof MEETINGS)[0], (typeof MEETINGS)[0]];
const NOTE = 'Ask the Director why the OT backlog grew after the agency contract ended.';

/** Everything storage.sync holds, read in the extension's service worker. */
async function syncContents(run: DemoRun): Promise<string> {
  return run.session.worker!.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    return JSON.stringify(await api.storage.sync.get(null));
  });
}

describe('notes and follow-ups that are never lost', () => {
  const profile = newProfileDir();
  let run: DemoRun | undefined;
  afterAll(async () => run?.close());

  it('tracks an action recognised in minutes as a follow-up with one click', async () => {
    run = await startDemoRun({ userDataDir: profile });
    const page = await run.session.context.newPage();
    await openMeeting(page, run.url(first.id));
    const item = page.locator('[data-lens-item="23"]');
    await item.getByRole('button', { name: /recognised/ }).click();
    await item.getByRole('button', { name: /Track as a follow-up: Figures on the use of agency/ }).click();
    await expect.poll(() => item.getByText('Tracked as a follow-up').count()).toBe(1);
    await screenshot(page, 'minutes-recognised');
  });

  it('keeps a note written in the side panel across a browser restart, and copies it to storage.sync', async () => {
    const page = await run!.session.context.newPage();
    await openMeeting(page, run!.url(agenda.id));
    const panel = await openSidePanel(run!.session, await tabIdOf(run!, page));
    const item = panel.locator('li[data-item="44"]');
    await item.getByRole('textbox', { name: 'Note on item 44' }).fill(NOTE);
    await item.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => item.getByText('Saved on this computer.').count()).toBe(1);
    await screenshot(panel, 'side-panel-note');
    // The sync engine pushes after a short debounce.
    await expect.poll(() => syncContents(run!), { timeout: 15_000 }).toContain('OT backlog');
    await run!.close();

    run = await startDemoRun({ userDataDir: profile });
    const again = await run.session.context.newPage();
    await openMeeting(again, run.url(agenda.id));
    const reopened = await openSidePanel(run.session, await tabIdOf(run, again));
    await expect
      .poll(() => reopened.getByRole('textbox', { name: 'Note on item 44' }).inputValue(), {
        timeout: 10_000,
      })
      .toBe(NOTE);
    expect(await syncContents(run)).toContain('OT backlog');
  });
});
