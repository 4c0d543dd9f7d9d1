import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ExtractResult } from '../../utils/model/record';
import { parseAgendaText } from '../../utils/parse/index';
import { readPdfText, type LoadOptions, type PdfTextResult } from '../../utils/pdf/read';

/**
 * In Node, pdf.js runs its worker code in-process (the legacy build's fake worker). It reads the
 * standard fonts' metrics from disk, and is told to keep quiet: its warnings go to stdout, where
 * the CLI writes JSON.
 */
const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
export const NODE_LOAD_OPTIONS: LoadOptions = {
  standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + '/',
  verbosity: VerbosityLevel.ERRORS,
  isEvalSupported: false,
};

export async function readPdfFileText(path: string): Promise<PdfTextResult> {
  const data = new Uint8Array(await readFile(path));
  return readPdfText(getDocument, data, { loadOptions: NODE_LOAD_OPTIONS });
}

/** `cli extract FILE.pdf`: the PDF's text through the same parser as a .txt; unreadable PDFs give a warning. */
export async function extractPdfFile(path: string, url?: string): Promise<ExtractResult> {
  const pdf = await readPdfFileText(path);
  if (!pdf.ok) return { records: [], warnings: [`${path}: ${pdf.message}`] };
  const parsed = parseAgendaText(pdf.text, { url });
  return { records: parsed.records, warnings: [...pdf.warnings, ...parsed.warnings] };
}
