import { browser } from 'wxt/browser';
import { originPattern } from './match-patterns';

/**
 * Council PDFs: agenda packs and printed minutes. Browsers' PDF viewers run no content scripts,
 * so the user opens them in our viewer (entrypoints/viewer), which reads the text with pdf.js.
 */
const COUNCIL_PDF_PATHS = /\.pdf$|mgChooseDocPack\.aspx|Document\.ashx|View\.ashx|ViewFile|FileOpen\.aspx/i;

export function looksLikeCouncilPdf(url: string | undefined): boolean {
  if (!url || !/^https?:/i.test(url)) return false;
  return COUNCIL_PDF_PATHS.test(new URL(url).pathname);
}

export function viewerUrl(pdfUrl: string): string {
  return browser.runtime.getURL(`/viewer.html?src=${encodeURIComponent(pdfUrl)}` as '/viewer.html');
}

/**
 * Called on a user gesture (the popup's button): the viewer must fetch the PDF from the council's
 * site, so it asks for that one origin first, then opens the viewer beside the tab.
 */
export async function openInViewer(pdfUrl: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [originPattern(new URL(pdfUrl).origin)] });
  if (granted) await browser.tabs.create({ url: viewerUrl(pdfUrl) });
  return granted;
}
