import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETINGS } from '../../scripts/demo-site/data';
import { meetingPage } from '../../scripts/demo-site/render';
import { launch, screenshot, type Session } from '../../scripts/e2e/harness';
import { openSidePanel, tabIdOf } from './demo-site';
import type { HighlightSelectors } from '../../utils/anchor/selectors';
import { meetingKey } from '../../utils/model/keys';
import type { Highlight } from '../../utils/model/notes';
import type { Reply } from '../../utils/ext/messages';
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

/** The same pack with 30 pages of appendices: far more than the viewer draws at once. */
const APPENDIX_PAGES = 30;
const appendixSentence = (page: number) =>
  `Appendix page ${page}: the harbour wall survey found ${page} sections of the sea defences in need of repair this winter.`;
const LONG_PACK_TEXT =
  PACK_TEXT +
  Array.from(
    { length: APPENDIX_PAGES },
    (_, i) => `\f\nAPPENDIX ${i + 1}\n\n${appendixSentence(i + 1)}\n`,
  ).join('');

const HOST = 'democracy.harbourside.example.gov.uk';
const PACK_FILE = 'Agenda reports pack.pdf';
const LONG_PACK_FILE = 'Pack with appendices.pdf';
/** A ModernGov agenda page of the site whose item papers are the pack (the demo council's coming meeting). */
const MEETING_PATH = '/ieListDocuments.aspx?CId=412&MId=9103';
const QUOTE = 'nitrogen dioxide levels';
const AGENDA = 'Agenda: Environment Committee, 2025-09-09';
const MINUTES = 'Minutes: Environment Committee, 2025-06-10';
const COUNCIL = { council: 'Harbourside Borough Council', committee: 'Environment Committee' };
const AGENDA_KEY = meetingKey({ ...COUNCIL, date: '2025-09-09' });
const MINUTES_KEY = meetingKey({ ...COUNCIL, date: '2025-06-10' });
const HAS_TOOLS = hasPdfTools();
if (!HAS_TOOLS) console.warn(`${PDF_TOOLS_MISSING}: the viewer e2e test is skipped`);

/** The demo site's agenda page, its items' papers all being the pack served here. */
function meetingPageWithPack(): string {
  const agenda = MEETINGS.find((m) => m.id === 9103)!;
  const paper = { title: 'Agenda reports pack', path: `/papers/${PACK_FILE}`, sizeKb: 40 };
  return meetingPage({ ...agenda, items: agenda.items.map((item) => ({ ...item, documents: [paper] })) });
}

/**
 * Serves the files in dir as PDFs, and a meeting page linking to them. Council sites send no CORS
 * headers, and then the viewer needs host permission for the site (the popup asks for it, the
 * viewer offers "Allow reading"); this one allows any origin, so the test needs no permission prompt.
 */
function servePdfs(dir: string): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    // What the viewer meets without the site's permission where the browser enforces it (Firefox): no answer.
    if (req.url?.startsWith('/closed/')) return void req.socket.destroy();
    if (req.url === MEETING_PATH) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(meetingPageWithPack());
      return;
    }
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

/** A message to the background from an extension page, as the viewer sends them. */
async function ask<T>(page: Page, message: unknown): Promise<T> {
  const reply = await page.evaluate((m) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): unknown } } };
    return chrome.runtime.sendMessage(m) as Promise<Reply<unknown>>;
  }, message);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

/** Selectors for a passage found by its quote alone: quotes this long need no context to be trusted (utils/anchor). */
function quoteOnly(exact: string, url: string): HighlightSelectors {
  return { v: 1, quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length }, url };
}

type FontLog = Window & { fontRequests?: string[] };

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
  const pdfUrl = (file: string) => `http://${HOST}/papers/${file}`;
  const viewerUrl = (file: string) =>
    `chrome-extension://${session.extensionId}/viewer.html?src=${encodeURIComponent(pdfUrl(file))}`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'agenda-lens-viewer-'));
    makePdfFromText(PACK_TEXT, join(dir, PACK_FILE));
    makePdfFromText(LONG_PACK_TEXT, join(dir, LONG_PACK_FILE));
    // What a council site sends when a paper has gone: an HTML page under the PDF's name.
    writeFileSync(join(dir, 'gone.pdf'), '<html><body>The page cannot be found</body></html>');
    encryptPdf(join(dir, PACK_FILE), join(dir, 'locked.pdf'));
    const served = await servePdfs(dir);
    server = served.server;
    session = await launch({ hostMap: { [HOST]: served.port } });
    page = await session.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // pdf.js loads font data with XMLHttpRequest (fetch only for http URLs): note where it asks.
    await page.addInitScript(() => {
      const requests: string[] = ((window as FontLog).fontRequests = []);
      const open = XMLHttpRequest.prototype.open as (this: XMLHttpRequest, ...args: unknown[]) => void;
      XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
        requests.push(String(args[1]));
        open.apply(this, args);
      };
    });
  });
  afterAll(async () => {
    await session?.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens an item’s PDF from the overlay on the meeting page', async () => {
    const meeting = await session.context.newPage();
    await meeting.goto(`http://${HOST}${MEETING_PATH}`);
    await meeting.getByRole('button', { name: /^Agenda Lens, item 44: read its papers/ }).click();
    const [viewer] = await Promise.all([
      session.context.waitForEvent('page'),
      meeting.getByRole('button', { name: /^Open .* in the Agenda Lens viewer$/ }).click(),
    ]);
    await screenshot(meeting, 'overlay-open-pdf-in-viewer');
    const opened = new URL(viewer.url());
    expect(opened.pathname).toBe('/viewer.html');
    expect(opened.searchParams.get('src')).toBe(new URL(pdfUrl(PACK_FILE)).href);
    await expect.poll(() => itemsOf(viewer, AGENDA).count(), { timeout: 20_000 }).toBe(6);
    await Promise.all([viewer.close(), meeting.close()]);
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
    // groff's PDFs use Times without embedding it: drawn from the font data shipped in the extension.
    await expect
      .poll(() => page.evaluate(() => (window as FontLog).fontRequests))
      .toContainEqual(expect.stringMatching(/\/pdfjs\/standard_fonts\/FoxitSerif\.pfb$/));
  });

  it("has the side panel beside the viewer show the meeting of the viewer's PDF", async () => {
    const tabId = await tabIdOf({ session }, page, pdfUrl(PACK_FILE));
    const panel = await openSidePanel(session, tabId);
    await expect.poll(() => panel.locator('li[data-item]').count()).toBe(6);
    await panel.close();
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
    await expect.poll(() => paintedFollowUps(page)).toBe(1);
    await screenshot(page, 'viewer-pack-with-highlight');
    // The passage is in the pack's printed minutes: it is the June meeting's, not the coming agenda's.
    const [kept] = await ask<Highlight[]>(page, { type: 'list-highlights', url: pdfUrl(PACK_FILE) });
    expect(kept!.meetingKey).toBe(MINUTES_KEY);
    // A highlight kept before highlights were filed by their part of the pack (under the agenda) is still found.
    await ask(page, {
      type: 'save-highlight',
      url: pdfUrl(PACK_FILE),
      meetingKey: AGENDA_KEY,
      kind: 'note',
      selectors: kept!.selectors,
      quote: kept!.quote,
    });

    const reloaded = performance.now();
    await page.reload();
    await expect.poll(() => highlightsState(page), { timeout: 20_000 }).toBe('2/2');
    await expect.poll(() => paintedFollowUps(page)).toBe(1);
    console.info(
      `viewer e2e: highlight found again ${Math.round(performance.now() - reloaded)} ms after a reload`,
    );
  });

  it('shows orphans as soon as the text is read, long before every page is drawn', async () => {
    // A fresh address each run (the server ignores the query), so a retry starts without the last run's highlights.
    const url = `${pdfUrl(LONG_PACK_FILE)}?run=${Date.now()}`;
    const onLastPage = quoteOnly(appendixSentence(APPENDIX_PAGES), url);
    const gone = quoteOnly(
      'The harbour master reported that the ferry timetable would change from October 2025.',
      url,
    );
    const saved: Highlight[] = [];
    for (const selectors of [onLastPage, gone])
      saved.push(
        await ask<Highlight>(page, {
          type: 'save-highlight',
          url,
          meetingKey: AGENDA_KEY,
          kind: 'note',
          selectors,
          quote: selectors.quote.exact,
        }),
      );
    const opened = performance.now();
    await page.goto(`chrome-extension://${session.extensionId}/viewer.html?src=${encodeURIComponent(url)}`);
    await expect.poll(() => highlightsState(page), { timeout: 30_000 }).toBe('1/2');
    const drawn = await page.locator('.textLayer').count();
    console.info(
      `viewer e2e: orphans known ${Math.round(performance.now() - opened)} ms after opening a ${APPENDIX_PAGES + 2}-page pack, ${drawn} pages drawn`,
    );
    expect(drawn).toBeLessThan(APPENDIX_PAGES);
    const panel = await ask<{ orphans: { id: string }[] }>(page, { type: 'panel-state' });
    expect(panel.orphans.map((o) => o.id)).toContain(saved[1]!.id);
    expect(panel.orphans.map((o) => o.id)).not.toContain(saved[0]!.id);
    // The highlight on the last page is painted when that page is drawn.
    await page.locator('[data-page]').last().scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('agenda-lens-note')?.size ?? 0), { timeout: 15_000 })
      .toBe(1);
  });

  it('offers to allow the site when the PDF cannot be fetched', async () => {
    const closed = `http://${HOST}/closed/${encodeURIComponent(PACK_FILE)}`;
    await page.goto(
      `chrome-extension://${session.extensionId}/viewer.html?src=${encodeURIComponent(closed)}`,
    );
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 })
      .toContain(`Agenda Lens could not fetch this PDF from ${HOST}`);
    await expect(page.getByRole('button', { name: `Allow reading ${HOST}` }).count()).resolves.toBe(1);
    await screenshot(page, 'viewer-asks-for-site');
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
