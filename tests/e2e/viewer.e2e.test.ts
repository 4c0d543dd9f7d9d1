import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, screenshot, type Session } from '../../scripts/e2e/harness';
import { PDF_MESSAGES } from '../../utils/pdf/read';
import { encryptPdf, hasPdfTools, makePdfFromText, PDF_TOOLS_MISSING } from '../../scripts/make-test-pdf';

/**
 * The PDF viewer with the built extension: a council pack (agenda of the coming meeting, minutes
 * of the last one) typeset with groff, served by a council-like host, opened in viewer.html.
 */

// A form feed line starts page 2 (make-test-pdf), where the agenda says the minutes are.
const PACK_TEXT = `HARBOURSIDE BOROUGH COUNCIL

NOTICE OF MEETING

ENVIRONMENT COMMITTEE

Tuesday, 9 September 2025 at 6.30 pm
Venue: Committee Room 2, Civic Centre, Harbourside

AGENDA

1. Apologies for Absence

2. Declarations of Interest

3. Minutes of the Previous Meeting
To confirm the minutes of the meeting held on 10 June 2025. (Pages 2 - 3)

4. Air Quality Monitoring at Quay Street
Report of the Head of Environmental Health

5. Street Tree Replacement Programme
Report of the Parks Manager

6. Urgent Business
\f
HARBOURSIDE BOROUGH COUNCIL

ENVIRONMENT COMMITTEE

MINUTES OF THE MEETING HELD ON TUESDAY 10 JUNE 2025 AT 6.30 P.M. IN COMMITTEE ROOM 2, CIVIC CENTRE

Present: Councillors M. Hughes (Chair), R. Osei, T. Lindqvist and P. Doyle

12/25 APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillor S. Byrne.

13/25 AIR QUALITY MONITORING AT QUAY STREET

The Committee considered a report on nitrogen dioxide levels at the Quay Street monitoring station, which had exceeded the annual objective in two of the last three years.

RESOLVED: That the Head of Environmental Health be requested to bring a report on air quality monitoring at Quay Street to the September meeting of the Committee, with options for a low emission zone.

14/25 STREET TREE REPLACEMENT PROGRAMME

The Parks Manager reported that 140 street trees had been lost to disease and storms since 2023.

RESOLVED: That the replacement programme be approved and that the Parks Manager circulate the planting schedule to members.
`;

const HOST = 'democracy.harbourside.example.gov.uk';
const PACK_FILE = 'Agenda reports pack.pdf';
const QUOTE = 'nitrogen dioxide levels';
const AGENDA = 'Agenda: Environment Committee, 2025-09-09';
const MINUTES = 'Minutes: Environment Committee, 2025-06-10';
const HAS_TOOLS = hasPdfTools();
if (!HAS_TOOLS) console.warn(`${PDF_TOOLS_MISSING}: the viewer e2e test is skipped`);

/**
 * Serves the files in dir as PDFs. Council sites send no CORS headers, and then the viewer needs
 * host permission for the site (the popup asks for it); this one allows any origin, so the test
 * needs no permission prompt.
 */
function servePdfs(dir: string): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.split('/').pop() ?? '');
    try {
      const body = readFileSync(join(dir, name));
      res.writeHead(200, { 'content-type': 'application/pdf', 'access-control-allow-origin': '*' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, port: (server.address() as AddressInfo).port })),
  );
}

/** Where the first occurrence of text lies in the pages' text layer, scrolled into view as a reader would. */
async function boxOfText(page: Page, text: string) {
  return page.evaluate((wanted) => {
    const span = Array.from(document.querySelectorAll('.textLayer span')).find((s) =>
      s.textContent!.includes(wanted),
    );
    if (!span?.firstChild) throw new Error(`"${wanted}" is in no span of the text layers`);
    span.scrollIntoView({ block: 'center' });
    const at = span.textContent!.indexOf(wanted);
    const words = document.createRange();
    words.setStart(span.firstChild, at);
    words.setEnd(span.firstChild, at + wanted.length);
    const { left, right, top, bottom } = words.getBoundingClientRect();
    return { left, right, middle: (top + bottom) / 2 };
  }, text);
}

/** Selects text by dragging the mouse across it, as a user does. */
async function dragToSelect(page: Page, text: string): Promise<void> {
  const box = await boxOfText(page, text);
  await page.mouse.move(box.left + 1, box.middle);
  await page.mouse.down();
  await page.mouse.move(box.right - 1, box.middle, { steps: 5 });
  await page.mouse.up();
}

const highlightsState = (page: Page) => page.evaluate(() => document.documentElement.dataset.lensHighlights);
const paintedFollowUps = (page: Page) =>
  page.evaluate(() => CSS.highlights.get('agenda-lens-followup')?.size ?? 0);

/** The sidebar's entries of one record of the pack ("Agenda: Environment Committee, 2025-09-09"). */
const itemsOf = (page: Page, group: string) =>
  page.locator(`section[aria-label="${group}"] [data-lens-item]`);

async function itemCounts(page: Page, group: string, number: string) {
  const item = itemsOf(page, group).and(page.locator(`[data-lens-item="${number}"]`));
  return {
    prior: await item.getAttribute('data-prior-count'),
    open: await item.getAttribute('data-open-count'),
  };
}

describe.skipIf(!HAS_TOOLS)('the PDF viewer', () => {
  let dir = '';
  let server: Server;
  let session: Session;
  let page: Page;
  const viewerUrl = (file: string) =>
    `chrome-extension://${session.extensionId}/viewer.html?src=${encodeURIComponent(`http://${HOST}/papers/${file}`)}`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'agenda-lens-viewer-'));
    makePdfFromText(PACK_TEXT, join(dir, PACK_FILE));
    // What a council site sends when a paper has gone: an HTML page under the PDF's name.
    writeFileSync(join(dir, 'gone.pdf'), '<html><body>The page cannot be found</body></html>');
    encryptPdf(join(dir, PACK_FILE), join(dir, 'locked.pdf'));
    const served = await servePdfs(dir);
    server = served.server;
    session = await launch({ hostMap: { [HOST]: served.port } });
    page = await session.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await session?.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the pack’s items with what the index knows of them', async () => {
    const started = performance.now();
    await page.goto(viewerUrl(PACK_FILE));
    await expect.poll(() => itemsOf(page, AGENDA).count(), { timeout: 20_000 }).toBe(6);
    expect(await itemsOf(page, MINUTES).count()).toBe(3);
    // The pack's own minutes were indexed with it: the June resolution is item 4's earlier decision and open follow-up.
    await expect.poll(() => itemCounts(page, AGENDA, '4')).toEqual({ prior: '1', open: '1' });
    console.info(
      `viewer e2e: items with their links shown ${Math.round(performance.now() - started)} ms after opening`,
    );
  });

  it('marks an open follow-up done from the sidebar', async () => {
    await page.getByRole('button', { name: /^Agenda Lens, item 4:/ }).click();
    await page.getByRole('button', { name: /^Mark done:/ }).click();
    await expect.poll(() => itemCounts(page, AGENDA, '4')).toEqual({ prior: '1', open: '0' });
  });

  it('keeps a highlight made in the text layer and finds it again after a reload', async () => {
    await page.waitForFunction((quote) => document.body.textContent!.includes(quote), QUOTE);
    await dragToSelect(page, QUOTE);
    expect(await page.evaluate(() => getSelection()!.toString())).toContain('dioxide');
    await page.getByRole('button', { name: 'Follow up' }).click();
    await expect.poll(() => highlightsState(page)).toBe('1/1');
    expect(await paintedFollowUps(page)).toBe(1);
    await screenshot(page, 'viewer-pack-with-highlight');

    const reloaded = performance.now();
    await page.reload();
    await expect.poll(() => highlightsState(page), { timeout: 20_000 }).toBe('1/1');
    expect(await paintedFollowUps(page)).toBe(1);
    console.info(
      `viewer e2e: highlight found again ${Math.round(performance.now() - reloaded)} ms after a reload`,
    );
  });

  it.each([
    { file: 'gone.pdf', says: PDF_MESSAGES.malformed, shot: 'viewer-not-a-pdf' },
    { file: 'locked.pdf', says: PDF_MESSAGES.encrypted, shot: 'viewer-password-protected' },
  ])('says plainly when it cannot read $file', async ({ file, says, shot }) => {
    await page.goto(viewerUrl(file));
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toBe(says);
    await screenshot(page, shot);
  });
});
