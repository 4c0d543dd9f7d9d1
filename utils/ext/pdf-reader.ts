import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
// Vite emits the worker as an asset of the extension and gives its URL: pdf.js parses in that
// worker, off the page's thread, and the extension's CSP (script-src 'self') allows it.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { browser } from 'wxt/browser';
import { STANDARD_FONTS_DIR } from './pdf-assets';
import {
  pdfFailure,
  pdfFailureFor,
  readPdfText,
  type LoadOptions,
  type PdfFailureResult,
  type PdfTextResult,
  type ReadPdfOptions,
} from '../pdf/read';

GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * No eval (CSP). The 14 standard fonts (Times, Helvetica, Courier, Symbol …), which many PDFs use
 * without embedding them, are drawn from the data shipped inside the extension rather than from
 * whatever the system has: a machine without Times or Helvetica would otherwise draw them in
 * another font, with other widths, and the text layer would no longer sit on the words. Nothing
 * is downloaded. No CMaps: they serve CJK text in non-embedded fonts, which council papers in
 * English do not use (README).
 */
const EXTENSION_LOAD_OPTIONS: LoadOptions = {
  isEvalSupported: false,
  useSystemFonts: false,
  standardFontDataUrl: browser.runtime.getURL(`/${STANDARD_FONTS_DIR}/` as '/'),
};

/** The largest PDF the extension fetches: far above a 300-page pack, well below what exhausts a tab. */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

/** `unreached`: no answer at all, which is what a site sending no CORS headers looks like without host permission. */
export type PdfBytes = { ok: true; data: Uint8Array } | (PdfFailureResult & { unreached?: boolean });

/** Fetches a PDF (the lead grants host permissions for council sites), refusing what is not one. */
export async function fetchPdf(url: string, signal?: AbortSignal): Promise<PdfBytes> {
  try {
    const response = await fetch(url, { signal });
    if (!response.ok)
      return {
        ok: false,
        failure: 'failed',
        message: `The council's site answered ${response.status} for this PDF.`,
      };
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_PDF_BYTES)
      return {
        ok: false,
        failure: 'failed',
        message: `This PDF is ${Math.round(length / 2 ** 20)} MB; Agenda Lens reads PDFs up to ${MAX_PDF_BYTES / 2 ** 20} MB.`,
      };
    return { ok: true, data: new Uint8Array(await response.arrayBuffer()) };
  } catch (error) {
    if (signal?.aborted) return pdfFailure('cancelled');
    return {
      ok: false,
      failure: 'failed',
      message: `Agenda Lens could not fetch this PDF: ${error instanceof Error ? error.message : String(error)}`,
      unreached: true,
    };
  }
}

export type OpenedPdf = { ok: true; doc: PDFDocumentProxy } | PdfFailureResult;

/** Opens a PDF to render and read. pdf.js takes over the bytes (they move to its worker). */
export async function openPdf(data: Uint8Array): Promise<OpenedPdf> {
  const task = getDocument({ ...EXTENSION_LOAD_OPTIONS, data });
  try {
    return { ok: true, doc: await task.promise };
  } catch (error) {
    await task.destroy();
    return pdfFailureFor(error);
  }
}

/** The text of a PDF, for indexing a pack without showing it. */
export function readPdfBytes(
  data: Uint8Array,
  options: Omit<ReadPdfOptions, 'loadOptions'> = {},
): Promise<PdfTextResult> {
  return readPdfText(getDocument, data, { ...options, loadOptions: EXTENSION_LOAD_OPTIONS });
}
