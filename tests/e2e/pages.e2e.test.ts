import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETINGS } from '../../scripts/demo-site/data';
import { DEMO_HOST } from '../../scripts/demo-site/serve';
import { screenshot } from '../../scripts/e2e/harness';
import { createPack } from '../../utils/model/pack';
import { openMeeting, startDemoRun, tabIdOf, type DemoRun } from './demo-site';

const [first, second, agenda] = MEETINGS as [
  (typeof MEETINGS)[0],
  (typeof MEETINGS)[0],
  (typeof MEETINGS)[0],
];

describe('the popup and options page say what is true', () => {
  let run: DemoRun;
  beforeAll(async () => {
    run = await startDemoRun();
  });
  afterAll(async () => run?.close());
  const extensionPage = (path: string) => `chrome-extension://${run.session.extensionId}/${path}`;

  it('the popup says the demo agenda is a recognised ModernGov meeting page, with its items', async () => {
    const page = await run.session.context.newPage();
    await openMeeting(page, run.url(first.id));
    await openMeeting(page, run.url(agenda.id));
    const popup = await run.session.context.newPage();
    await popup.goto(extensionPage(`popup.html?tabId=${await tabIdOf(run, page)}`));
    await expect.poll(() => popup.locator('main').textContent()).toContain('Recognised:');
    const text = await popup.locator('main').textContent();
    expect(text).toContain('a meeting agenda on moderngov');
    expect(text).toContain(`${agenda.items.length} items read`);
    expect(text).toContain(`Agenda Lens on ${DEMO_HOST}`);
    await screenshot(popup, 'popup-agenda');
  });

  it('the popup says a non-meeting page on a council site is not recognised, and no overlay runs there', async () => {
    const page = await run.session.context.newPage();
    await page.goto(`http://${DEMO_HOST}/ieListMeetings.aspx?CommitteeId=412`);
    await expect.poll(() => tabIdOf(run, page).catch(() => null)).not.toBeNull();
    expect(await page.locator('[data-lens-item]').count()).toBe(0);
    const popup = await run.session.context.newPage();
    await popup.goto(extensionPage(`popup.html?tabId=${await tabIdOf(run, page)}`));
    await expect.poll(() => popup.locator('main').textContent()).toContain('Not recognised:');
  });

  it("hands a ModernGov address that ModernGov's own detector does not recognise to the full detector", async () => {
    // An item address without ModernGov's body: ModernGov's detector says nothing, the registry decides.
    run.overrides.set(
      '/mgAi.aspx?ID=77',
      () => '<!doctype html><title>Notice</title><p>Road closure notice</p>',
    );
    const page = await run.session.context.newPage();
    const lines: string[] = [];
    page.on('console', (message) => lines.push(message.text()));
    await page.goto(`http://${DEMO_HOST}/mgAi.aspx?ID=77`);
    await expect
      .poll(() => lines.find((line) => line.startsWith('Agenda Lens: no overlay')))
      .toBe(
        'Agenda Lens: no overlay on this page (none, other): no meeting platform or meeting structure recognised',
      );
  });

  it('turning the site off in the popup stops the overlay there', async () => {
    const page = await run.session.context.newPage();
    await openMeeting(page, run.url(agenda.id));
    const popup = await run.session.context.newPage();
    await popup.goto(extensionPage(`popup.html?tabId=${await tabIdOf(run, page)}`));
    await popup.getByRole('checkbox', { name: `Agenda Lens on ${DEMO_HOST}` }).uncheck();
    await page.reload();
    await page.waitForTimeout(1_500);
    expect(await page.locator('[data-lens-item]').count()).toBe(0);
    // A meeting page not read before is not read into the index while the site is off.
    await page.goto(run.url(second.id));
    await page.waitForTimeout(1_500);
    const options = await run.session.context.newPage();
    await options.goto(extensionPage('options.html'));
    await expect.poll(() => options.locator('[data-stat="meetings"]').textContent()).toBe('2');
    await options.close();
    await popup.getByRole('checkbox', { name: `Agenda Lens on ${DEMO_HOST}` }).check();
    await openMeeting(page, run.url(agenda.id));
    expect(await page.locator('[data-lens-item]').count()).toBeGreaterThan(0);
  });

  it('the options page says what the index holds', async () => {
    const options = await run.session.context.newPage();
    await options.goto(extensionPage('options.html'));
    await expect.poll(() => options.locator('[data-stat="meetings"]').textContent()).toBe('2');
    expect(Number(await options.locator('[data-stat="decisions"]').textContent())).toBeGreaterThan(3);
    await screenshot(options, 'options');
  });

  it('refuses a malformed index pack with the reason and changes nothing, then imports a good one', async () => {
    const options = await run.session.context.newPage();
    await options.goto(extensionPage('options.html'));
    await expect.poll(() => options.locator('[data-stat="meetings"]').textContent()).toBe('2');
    const input = options.getByLabel(/Pack file/);
    const bad = {
      format: 'agenda-lens-pack',
      version: 1,
      createdAt: 'x',
      records: [{ role: 'minutes' }],
      sources: [],
    };
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await expect.poll(() => options.getByRole('status').first().textContent()).toContain('Not imported');
    expect(await options.locator('[data-stat="meetings"]').textContent()).toBe('2');
    const record = {
      role: 'minutes' as const,
      meeting: { council: 'Riverside Borough Council', committee: 'Cabinet', date: '2025-10-01' },
      items: [
        {
          number: '7',
          title: 'Local Plan',
          decisions: [{ text: 'That the Local Plan be adopted.' }],
          actions: [],
        },
      ],
    };
    const good = createPack(
      [record],
      [
        {
          url: 'https://example.gov.uk/cabinet',
          readAt: '2025-10-02T00:00:00Z',
          contentHash: 'abc',
          records: [0],
        },
      ],
      '2025-10-02T00:00:00Z',
    );
    await input.setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(good)),
    });
    await expect.poll(() => options.locator('[data-stat="meetings"]').textContent()).toBe('3');
  });
});
