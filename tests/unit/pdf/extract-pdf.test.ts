import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../../utils/model/record';
import { parseAgendaText } from '../../../utils/parse/index';
import { PDF_MESSAGES, readPdfText, type PdfProgress } from '../../../utils/pdf/read';
import { extractPdfFile, NODE_LOAD_OPTIONS, readPdfFileText } from '../../../scripts/lib/extract-pdf';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  encryptPdf,
  hasPdfTools,
  makePdfFromText,
  PDF_TOOLS_MISSING,
  textlessPdf,
} from '../../../scripts/make-test-pdf';
import { HAS_SHARED, sharedPath } from '../shared-dir';

const HAS_TOOLS = hasPdfTools();
if (!HAS_TOOLS) console.warn(`${PDF_TOOLS_MISSING}: the PDF extraction tests are skipped`);

// Typesetting and reading a 30-page pack takes a few seconds on a busy machine.
const SLOW = 60_000;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'agenda-lens-pdf-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What must survive the trip through a PDF: each record's items with their decision and action counts. */
function summary(result: ExtractResult) {
  return result.records.map((record) => ({
    role: record.role,
    meeting: `${record.meeting.date} ${record.meeting.committee}`,
    items: record.items.map(
      (item) =>
        `${item.number} ${item.title.replace(/\s+/g, ' ').trim()} | ${item.decisions.length} decisions, ${item.actions.length} actions`,
    ),
  }));
}

const seeds = HAS_SHARED ? readdirSync(sharedPath('seeds')).filter((name) => name.endsWith('.txt')) : [];

// shared-dir.ts warns with SHARED_MISSING when ../shared is absent.
describe.skipIf(!HAS_SHARED || !HAS_TOOLS)('a seed typeset as a PDF extracts as its text does', () => {
  const cases = seeds.flatMap((seed) => [
    { seed, layout: 'ragged right', justify: false },
    { seed, layout: 'justified', justify: true },
  ]);
  it.each(cases)(
    '$seed, $layout',
    async ({ seed, justify }) => {
      const text = readFileSync(sharedPath('seeds', seed), 'utf-8');
      const pdf = join(dir, seed.replace(/\.txt$/, justify ? '-justified.pdf' : '.pdf'));
      makePdfFromText(text, pdf, { justify });
      const fromText = parseAgendaText(text);
      const fromPdf = await extractPdfFile(pdf);
      expect(fromText.records.length).toBeGreaterThan(0);
      expect(summary(fromPdf)).toEqual(summary(fromText));
    },
    SLOW,
  );
});

describe.skipIf(!HAS_TOOLS)('a PDF Agenda Lens cannot read gives a clear message, no throw', () => {
  const sample = '1. Minutes of the previous meeting\n\nRESOLVED:\n\nThat the minutes be approved.\n';

  it('password-protected', async () => {
    const plain = join(dir, 'plain.pdf');
    const locked = join(dir, 'locked.pdf');
    makePdfFromText(sample, plain);
    encryptPdf(plain, locked);
    expect(await extractPdfFile(locked)).toEqual({
      records: [],
      warnings: [`${locked}: ${PDF_MESSAGES.encrypted}`],
    });
  });

  it('a scan: pages with no text layer', async () => {
    const scan = join(dir, 'scan.pdf');
    writeFileSync(scan, textlessPdf());
    expect(await readPdfFileText(scan)).toEqual({
      ok: false,
      failure: 'no-text',
      message: PDF_MESSAGES['no-text'],
    });
  });

  it('malformed: random bytes, and a PDF cut short of any page', async () => {
    const noise = join(dir, 'noise.pdf');
    writeFileSync(
      noise,
      Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 251),
    );
    const truncated = join(dir, 'truncated.pdf');
    writeFileSync(truncated, textlessPdf().slice(0, 40));
    for (const path of [noise, truncated]) {
      const result = await readPdfFileText(path);
      expect(result).toMatchObject({ ok: false, failure: 'malformed', message: PDF_MESSAGES.malformed });
    }
  });

  it('reads the text of a good one, so the failures above are not the reader failing everything', async () => {
    const plain = join(dir, 'good.pdf');
    makePdfFromText(sample, plain);
    const result = await readPdfFileText(plain);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    expect(result.ok && result.text).toBe(sample.trimEnd());
  });
});

describe.skipIf(!HAS_TOOLS)('reading page by page', () => {
  const severalPages = Array.from({ length: 150 }, (_, index) => `Paragraph ${index + 1}.`).join('\n\n');

  it('reports progress after each page and keeps the pages apart', async () => {
    const path = join(dir, 'pages.pdf');
    makePdfFromText(severalPages, path);
    const progress: PdfProgress[] = [];
    const result = await readPdfText(getDocument, new Uint8Array(readFileSync(path)), {
      loadOptions: NODE_LOAD_OPTIONS,
      onProgress: (step) => progress.push(step),
    });
    const pages = progress.length;
    expect(pages).toBeGreaterThan(2);
    expect(progress).toEqual(Array.from({ length: pages }, (_, index) => ({ page: index + 1, pages })));
    expect(result.ok && result.pageTexts).toHaveLength(pages);
    expect(result.ok && result.text.split('\f')).toHaveLength(pages);
  });

  it('a form-feed line of the source text starts a page (make-test-pdf), as pdftotext marks pages', async () => {
    const path = join(dir, 'form-feed.pdf');
    makePdfFromText('AGENDA\n\f\nMINUTES', path);
    const result = await readPdfFileText(path);
    expect(result.ok && result.pageTexts).toEqual(['AGENDA', 'MINUTES']);
  });

  it('stops when cancelled, with a result saying so', async () => {
    const path = join(dir, 'cancel.pdf');
    makePdfFromText(severalPages, path);
    const controller = new AbortController();
    const pagesRead: number[] = [];
    const onProgress = (step: PdfProgress) => {
      pagesRead.push(step.page);
      controller.abort();
    };
    const result = await readPdfText(getDocument, new Uint8Array(readFileSync(path)), {
      loadOptions: NODE_LOAD_OPTIONS,
      onProgress,
      signal: controller.signal,
    });
    expect(result).toEqual({ ok: false, failure: 'cancelled', message: PDF_MESSAGES.cancelled });
    expect(pagesRead).toEqual([1]);
  });
});
