import { browser } from 'wxt/browser';
import { originPattern } from './match-patterns';

/**
 * Council PDFs (utils/sites/pdf-urls.ts) open in our viewer (entrypoints/viewer): browsers' PDF
 * viewers run no content scripts, and the viewer reads the text with pdf.js.
 */
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
