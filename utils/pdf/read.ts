import type { getDocument, PDFDocumentProxy } from 'pdfjs-dist';
import { pdfPageTexts, PAGE_BREAK, textLayerText, type PdfPageText, type PdfTextItem } from './text';

/**
 * Reads the text of a PDF page by page with pdf.js. The caller passes pdf.js's getDocument (the
 * extension's build with its worker, or the legacy build in Node), so this stays free of globals
 * and runs in both. Failures come back as a result with a message for the user, never a throw.
 */
export type GetDocument = typeof getDocument;
export type LoadOptions = Omit<
  Exclude<Parameters<GetDocument>[0], string | URL | ArrayBuffer | undefined>,
  'data'
>;

export interface PdfProgress {
  page: number;
  pages: number;
}

export interface ReadPdfOptions {
  /** Worker, font data and eval settings for this environment. */
  loadOptions?: LoadOptions;
  onProgress?: (progress: PdfProgress) => void;
  signal?: AbortSignal;
}

export type PdfFailure = 'encrypted' | 'no-text' | 'malformed' | 'cancelled' | 'failed';

export type PdfFailureResult = { ok: false; failure: PdfFailure; message: string };
export type PdfTextResult =
  | {
      ok: true;
      text: string;
      pageTexts: string[];
      /** Each page's text as its drawn text layer reads (see textLayerText), for anchoring highlights. */
      layerTexts: string[];
      warnings: string[];
    }
  | PdfFailureResult;

export const PDF_MESSAGES: Record<Exclude<PdfFailure, 'failed'>, string> = {
  encrypted: 'This PDF is password-protected; Agenda Lens cannot read it.',
  'no-text': 'This PDF has no text layer (a scan?); Agenda Lens cannot read it.',
  malformed: 'This file is not a readable PDF (damaged, or not a PDF at all); Agenda Lens cannot read it.',
  cancelled: 'Reading the PDF was cancelled.',
};

export async function readPdfText(
  load: GetDocument,
  data: Uint8Array,
  options: ReadPdfOptions = {},
): Promise<PdfTextResult> {
  const task = load({ ...options.loadOptions, data });
  const cancel = () => void task.destroy();
  options.signal?.addEventListener('abort', cancel);
  try {
    return await readDocumentText(await task.promise, options);
  } catch (error) {
    return options.signal?.aborted ? pdfFailure('cancelled') : pdfFailureFor(error);
  } finally {
    options.signal?.removeEventListener('abort', cancel);
    await task.destroy();
  }
}

/**
 * The text of an open document, one page at a time, each page released once read: for the viewer,
 * which renders the same document. The caller owns the document and destroys it.
 */
export async function readDocumentText(
  doc: PDFDocumentProxy,
  options: Omit<ReadPdfOptions, 'loadOptions'> = {},
): Promise<PdfTextResult> {
  try {
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      if (options.signal?.aborted) return pdfFailure('cancelled');
      pages.push(await pageText(doc, number));
      options.onProgress?.({ page: number, pages: doc.numPages });
    }
    return textResult(pages);
  } catch (error) {
    return options.signal?.aborted ? pdfFailure('cancelled') : pdfFailureFor(error);
  }
}

/** One page's text items, keeping only what layout needs so the page's objects can be released. */
async function pageText(doc: PDFDocumentProxy, number: number): Promise<PdfPageText> {
  const page = await doc.getPage(number);
  try {
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const item of content.items) {
      if ('str' in item)
        items.push({
          str: item.str,
          transform: item.transform as number[],
          width: item.width,
          height: item.height,
          hasEOL: item.hasEOL,
        });
    }
    return { items, width: page.getViewport({ scale: 1 }).width };
  } finally {
    page.cleanup();
  }
}

function textResult(pages: PdfPageText[]): PdfTextResult {
  const textless = pages.filter((page) => !page.items.some((item) => item.str.trim() !== '')).length;
  if (textless === pages.length) return pdfFailure('no-text');
  const pageTexts = pdfPageTexts(pages);
  const warnings =
    textless > 0
      ? [`${textless} of ${pages.length} pages of this PDF have no text layer (scans?) and were not read.`]
      : [];
  const layerTexts = pages.map((page) => textLayerText(page.items));
  return { ok: true, text: pageTexts.join(PAGE_BREAK), pageTexts, layerTexts, warnings };
}

/** The result for an error pdf.js threw while opening or reading a document. */
export function pdfFailureFor(error: unknown): PdfFailureResult {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return pdfFailure('encrypted');
  if (name === 'InvalidPDFException' || name === 'FormatError') return pdfFailure('malformed');
  if (name === 'AbortException') return pdfFailure('cancelled');
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, failure: 'failed', message: `Agenda Lens could not read this PDF: ${detail}` };
}

export function pdfFailure(kind: Exclude<PdfFailure, 'failed'>): PdfFailureResult {
  return { ok: false, failure: kind, message: PDF_MESSAGES[kind] };
}
