import type { LinkIndexStore } from './link-index-store';
import type { NotesService } from './notes-db/service';
import type { PageLinks } from './reading';
import type { PageLayout } from '../sites/page-layout';

/**
 * The links the background last made for each meeting page, kept in memory so that a page read
 * again can have its badges before it first draws (issue #8): the overlay asks at document_start
 * and uses them only if the page still holds what it held then (the print of its records). Any
 * change to the index or to the user's statuses empties the whole cache, since a new minute or a
 * closed follow-up can change any page's links; the overlay also checks them against the answer
 * to its page-read and redraws if they differ.
 */
export interface CachedLinks {
  print: string;
  links: PageLinks;
  /** Where the overlay put the badges, once it said: put back before the page is read next time. */
  layout?: PageLayout;
}

export interface LinksCache {
  get(url: string): CachedLinks | undefined;
  /** Counts the clearings: links made across one are not kept (what they were made from changed). */
  readonly generation: number;
  keep(url: string, entry: CachedLinks, generation: number): void;
  /** Where the badges of `url` went, if its kept links were made from records of this print. */
  place(url: string, print: string, layout: PageLayout): void;
  /** The records the kept links of `url` were made from (its print) are in the index on disk. */
  markStored(url: string, print: string): void;
  /** The kept links of `url` if they were made from records of this print, since stored. */
  settled(url: string, print: string): PageLinks | undefined;
  clear(): void;
}

/** Pages kept: a councillor's meetings of the week, not a history. */
const MAX_PAGES = 32;

export function createLinksCache(maxPages = MAX_PAGES): LinksCache {
  const entries = new Map<string, CachedLinks>();
  const stored = new Set<string>();
  let generation = 0;
  return {
    get: (url) => entries.get(url),
    get generation() {
      return generation;
    },
    keep(url, entry, madeIn) {
      if (madeIn !== generation) return;
      // Links made again from the same records: the badges go where they went.
      const layout = entries.get(url)?.print === entry.print ? entries.get(url)?.layout : undefined;
      entries.delete(url); // re-inserted last: the oldest page is dropped first
      stored.delete(url);
      entries.set(url, layout && !entry.layout ? { ...entry, layout } : entry);
      if (entries.size > maxPages) {
        const oldest = entries.keys().next().value!;
        entries.delete(oldest);
        stored.delete(oldest);
      }
    },
    place(url, print, layout) {
      const entry = entries.get(url);
      if (entry?.print === print) entry.layout = layout;
    },
    markStored(url, print) {
      if (entries.get(url)?.print === print) stored.add(url);
    },
    settled(url, print) {
      const entry = entries.get(url);
      return entry?.print === print && stored.has(url) ? entry.links : undefined;
    },
    clear() {
      entries.clear();
      stored.clear();
      generation++;
    },
  };
}

/**
 * Links depend on the user's statuses of follow-ups, and on the pages a stopped worker had read
 * last (caught up after the worker opened its index): either makes every kept link suspect.
 */
export function forgetLinksOnChange(cache: LinksCache, notes: NotesService, links: LinkIndexStore): void {
  notes.onChange(() => cache.clear());
  void links.caughtUp.then(() => cache.clear());
}
