/**
 * The pack registry: on a meeting page, the links to its agenda packs and printed minutes, found
 * by that platform's rules (one finder in each platform's file), absolute and on the page's own
 * site only, each once.
 */
import { findCmisPacks } from './cmis';
import { detectPage } from './detect';
import { findLegistarPacks } from './legistar';
import { findModernGovPacks } from './moderngov';
import { sameSitePack, type PackLink } from './pack-links';
import { isMeetingPage, type Detection } from './types';

type PackFinder = (doc: Document, url: URL) => PackLink[];

const FINDERS: Record<string, PackFinder> = {
  cmis: findCmisPacks,
  legistar: findLegistarPacks,
  moderngov: findModernGovPacks,
};

/** Far above any meeting's papers (a pack, its frontsheet, supplements, minutes, decisions). */
export const MAX_PACKS = 20;

export function findPackLinks(
  doc: Document,
  url: string,
  detected: Detection = detectPage(url, doc),
): PackLink[] {
  const finder = FINDERS[detected.system];
  if (!finder || !isMeetingPage(detected)) return [];
  const page = new URL(url);
  const seen = new Set<string>();
  return finder(doc, page)
    .filter((link) => sameSitePack(link, page) && !seen.has(link.url) && seen.add(link.url))
    .slice(0, MAX_PACKS);
}
