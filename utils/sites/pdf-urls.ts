/**
 * Council PDFs: agenda packs and printed minutes, by the paths the platforms serve them from.
 * Pure, so that the overlay can ask without carrying the extension APIs (utils/ext/pdf-links.ts).
 */
const COUNCIL_PDF_PATHS = /\.pdf$|mgChooseDocPack\.aspx|Document\.ashx|View\.ashx|ViewFile|FileOpen\.aspx/i;

export function looksLikeCouncilPdf(url: string | undefined): boolean {
  if (!url || !/^https?:/i.test(url)) return false;
  return COUNCIL_PDF_PATHS.test(new URL(url).pathname);
}
