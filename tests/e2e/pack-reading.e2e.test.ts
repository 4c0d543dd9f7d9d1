import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, screenshot, type Session } from '../../scripts/e2e/harness';
import { encryptPdf, hasPdfTools, makePdfFromText, PDF_TOOLS_MISSING } from '../../scripts/make-test-pdf';
import type { PackStatus } from '../../utils/backfill/pack-queue';
import { parseAgendaText } from '../../utils/parse/index';
import { HAS_SHARED, SHARED_MISSING, sharedPath } from '../unit/shared-dir';
import { tabIdOf } from './demo-site';

/**
 * The background reads a meeting's PDF papers: a ModernGov-like meeting page links to its agenda
 * reports pack (a PDF typeset from a pack's text: the coming agenda and the last meeting's minutes),
 * a printed-minutes PDF under a password, and a frontsheet that is an HTML error page. Asked as
 * the popup asks, the extension reads them in its offscreen document; the pack's minutes then give
 * the meeting page's own items their earlier decisions.
 */
const HOST = 'democracy.eastbrook.example.gov.uk';
const pagePath = (meetingId: number) => `/ieListDocuments.aspx?CId=9&MId=${meetingId}`;
/** The meeting of the pack made for this test, and one whose pack is a real council's (a seed). */
const MEETING = 300;
const SEED_MEETING = 301;
const SEED = '003_d7bc47fa68b1d77f.txt';
const PACK_TEXT = readFileSync(resolve(__dirname, '../fixtures/packs/eastbrook-transport-pack.txt'), 'utf8');
/** The papers as ModernGov names them, with its document type (?T=) and the link's words. */
const PAPERS = [
  { file: 'Agenda frontsheet Wednesday 14-Jan-2026.pdf', t: 0, words: 'Agenda frontsheet' },
  { file: 'Public reports pack Wednesday 14-Jan-2026.pdf', t: 10, words: 'Agenda reports pack' },
  { file: 'Printed minutes Wednesday 14-Jan-2026.pdf', t: 1, words: 'Printed minutes' },
];
const [FRONTSHEET, PACK, MINUTES] = PAPERS as [Paper, Paper, Paper];
type Paper = (typeof PAPERS)[0];
const SEED_PAPERS: Paper[] = [{ file: 'Seed reports pack.pdf', t: 10, words: 'Agenda reports pack' }];
const papersOf = (meetingId: number) => (meetingId === SEED_MEETING ? SEED_PAPERS : PAPERS);
const paperUrl = (paper: Paper, meetingId = MEETING) =>
  `http://${HOST}/documents/g${meetingId}/${encodeURIComponent(paper.file)}?T=${paper.t}`;

const HAS_TOOLS = hasPdfTools();
if (!HAS_TOOLS) console.warn(`${PDF_TOOLS_MISSING}: the pack-reading e2e test is skipped`);

const ITEMS = [
  'Apologies for Absence',
  'Declarations of Interest',
  'Minutes of the Previous Meeting',
  'Harbour Road Cycle Lane',
  'School Street Closures',
  'Urgent Business',
];

/** A meeting page, in ModernGov's markup, with its papers listed as Kingston's page lists them. */
const meetingPage = (meetingId: number) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Agenda for Transport and Highways Committee on Wednesday 14 January 2026, 7.00 pm</title></head>
<body><div id="modgov">
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Transport and Highways Committee - Wednesday, 14th January, 2026 7.00 pm</h2></div>
<div class="mgLinks"><ul class="mgActionList">
${papersOf(meetingId)
  .map(
    (paper) =>
      `<li><a href="documents/g${meetingId}/${paper.file}?T=${paper.t}">${paper.words} <span class="mgFileSize">PDF 99 KB</span></a></li>`,
  )
  .join('\n')}
</ul></div>
<div class="mgContent"><p><span class="mgLabel">Venue: </span>Council Chamber, Eastbrook Town Hall</p>
<table class="mgItemTable">${ITEMS.map(
  (title, i) =>
    `<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">${i + 1}.</p></td><td><p class="mgAiTitleTxt">${title}</p></td></tr>`,
).join('')}</table></div></div></body></html>`;

/**
 * The council's site: the meeting page and its papers. The papers allow any origin, so the
 * extension reads them without a permission prompt (a real site needs the one the popup asks for).
 */
function serveCouncil(dir: string): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/ieListDocuments.aspx') {
      const meetingId = Number(url.searchParams.get('MId'));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(meetingPage(meetingId));
      return;
    }
    try {
      const body = readFileSync(join(dir, decodeURIComponent(url.pathname.split('/').pop() ?? '')));
      res.writeHead(200, { 'content-type': 'application/pdf', 'access-control-allow-origin': '*' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, port: (server.address() as AddressInfo).port })),
  );
}

async function openMeeting(page: Page, meetingId = MEETING): Promise<void> {
  await page.goto(`http://${HOST}${pagePath(meetingId)}`);
  await page.waitForFunction(() => document.documentElement.dataset.lensReady !== undefined, null, {
    timeout: 20_000,
  });
}

const priorCount = (page: Page, number: string) =>
  page.locator(`[data-lens-item="${number}"]`).getAttribute('data-prior-count');

describe.skipIf(!HAS_TOOLS)('reading a meeting’s PDF papers in the background', () => {
  let dir = '';
  let server: Server;
  let session: Session;
  let meeting: Page;
  let extensionPage: Page;

  /** A message to the background from an extension page, as the popup sends it. */
  const meetingTabId = () => tabIdOf({ session }, meeting);
  const send = <T>(message: unknown) =>
    extensionPage.evaluate(async (m) => {
      const api = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      const reply = (await api.runtime.sendMessage(m)) as { ok: boolean; value?: unknown; error?: string };
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    }, message) as Promise<T>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'agenda-lens-packs-'));
    makePdfFromText(PACK_TEXT, join(dir, PACK.file));
    encryptPdf(join(dir, PACK.file), join(dir, MINUTES.file));
    // What a council site sends for a paper that has gone: an HTML page under the PDF's name.
    writeFileSync(join(dir, FRONTSHEET.file), '<html><body>The page cannot be found</body></html>');
    if (HAS_SHARED)
      makePdfFromText(readFileSync(sharedPath('seeds', SEED), 'utf8'), join(dir, SEED_PAPERS[0]!.file));
    const served = await serveCouncil(dir);
    server = served.server;
    session = await launch({ hostMap: { [HOST]: served.port } });
    meeting = await session.context.newPage();
    extensionPage = await session.context.newPage();
    await extensionPage.goto(`chrome-extension://${session.extensionId}/options.html`);
  });
  afterAll(async () => {
    await session?.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the papers on the meeting page, and the popup offers to read them', async () => {
    await openMeeting(meeting);
    expect(await priorCount(meeting, '4')).toBe('0');
    const tabId = await meetingTabId();
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
    await expect
      .poll(() => popup.getByRole('button', { name: "Read this meeting's PDF papers (3)" }).count())
      .toBe(1);
    expect(await popup.textContent('body')).toContain(`Agenda Lens may not fetch from ${HOST}`);
    await screenshot(popup, 'popup-pack-reading');
    await popup.close();
  });

  it('reads each paper once, says what came of it, and indexes the pack', async () => {
    const tabId = await meetingTabId();
    const urls = PAPERS.map((paper) => paperUrl(paper));
    const started = performance.now();
    await send({ type: 'read-packs', tabId });
    const statuses = () =>
      send<{ statuses: Record<string, PackStatus> }>({ type: 'pack-reading', urls }).then((v) => v.statuses);
    await expect
      .poll(async () => Object.values(await statuses()).filter((s) => s.status !== 'queued').length, {
        timeout: 60_000,
      })
      .toBe(3);
    const done = await statuses();
    expect(done[paperUrl(FRONTSHEET)]).toMatchObject({ status: 'failed', failure: 'not-pdf' });
    expect(done[paperUrl(PACK)]).toMatchObject({ status: 'read', records: 2, items: 9 });
    expect(done[paperUrl(MINUTES)]).toMatchObject({ status: 'failed', failure: 'encrypted' });
    const read = done[paperUrl(PACK)] as { ms: number; pages: number };
    console.info(
      `pack-reading e2e: three papers settled ${Math.round(performance.now() - started)} ms after asking; ` +
        `the ${read.pages}-page pack fetched, read and parsed in the offscreen document in ${read.ms} ms`,
    );

    // The popup says what came of each paper.
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
    const lines = popup.getByRole('status', { name: 'PDF papers' }).locator('li');
    await expect
      .poll(() => lines.allTextContents())
      .toEqual([
        'Agenda frontsheet: This link gave a web page or other file, not a PDF.',
        'Agenda reports pack: 2 records, 9 items read from 1 page',
        'Printed minutes: This PDF is password-protected; Agenda Lens cannot read it.',
      ]);
    await screenshot(popup, 'popup-pack-reading-outcomes');
    await popup.close();

    // Asking again fetches only what failed; the pack is not read twice.
    await send({ type: 'read-packs', tabId });
    const again = await send<{ statuses: Record<string, PackStatus> }>({ type: 'pack-reading', urls });
    expect(again.statuses[paperUrl(PACK)]).toMatchObject({ status: 'read' });
    expect(again.statuses[paperUrl(MINUTES)]).toMatchObject({ status: 'queued' });
  });

  it('the meeting’s items get their earlier decisions from the pack’s minutes', async () => {
    await openMeeting(meeting);
    await expect.poll(() => priorCount(meeting, '4'), { timeout: 20_000 }).toBe('1');
    expect(await priorCount(meeting, '5')).toBe('1');
    await screenshot(meeting, 'pack-reading-meeting-with-pdf-decisions');
  });

  // shared-dir.ts warns with SHARED_MISSING when ../shared is absent.
  it.skipIf(!HAS_SHARED)(
    `reads a real council's pack as its text reads (${SEED}; ${HAS_SHARED ? 'shared seeds' : SHARED_MISSING})`,
    async () => {
      await openMeeting(meeting, SEED_MEETING);
      const url = paperUrl(SEED_PAPERS[0]!, SEED_MEETING);
      const started = performance.now();
      await send({ type: 'read-packs', tabId: await meetingTabId() });
      const status = () =>
        send<{ statuses: Record<string, PackStatus> }>({ type: 'pack-reading', urls: [url] }).then(
          (view) => view.statuses[url],
        );
      await expect.poll(async () => (await status())?.status, { timeout: 60_000 }).toBe('read');
      const read = (await status()) as Extract<PackStatus, { status: 'read' }>;
      const fromText = parseAgendaText(readFileSync(sharedPath('seeds', SEED), 'utf8')).records;
      expect(read.records).toBe(fromText.length);
      expect(read.items).toBe(fromText.reduce((n, record) => n + record.items.length, 0));
      console.info(
        `pack-reading e2e: ${SEED} (${read.pages} pages) fetched, read and parsed in the offscreen document in ${read.ms} ms; settled ${Math.round(performance.now() - started)} ms after asking`,
      );
    },
  );
});
