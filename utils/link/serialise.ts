import MiniSearch from 'minisearch';
import {
  fromParts,
  SEARCH_OPTIONS,
  type IndexedAction,
  type IndexedDoc,
  type IndexedMeeting,
  type LinkIndex,
} from './link-index';

/**
 * The link index as one JSON string for IndexedDB: parsed once and rebuilt without re-reading
 * any record, so a cold service worker answers its first query quickly. Versioned: a stored
 * index of another version is rebuilt from the records instead of being misread.
 */
export const LINK_INDEX_FORMAT = 'agenda-lens-link-index';
export const LINK_INDEX_VERSION = 1;

interface Stored {
  format: typeof LINK_INDEX_FORMAT;
  version: number;
  search: ReturnType<MiniSearch['toJSON']>;
  meetings: IndexedMeeting[];
  docs: Array<[number, IndexedDoc]>;
  actions: IndexedAction[];
  acronyms: Array<[string, string[]]>;
  df: Array<[string, number]>;
  nextId: number;
}

export function serialiseLinkIndex(index: LinkIndex): string {
  const stored: Stored = {
    format: LINK_INDEX_FORMAT,
    version: LINK_INDEX_VERSION,
    search: index.search.toJSON(),
    meetings: [...index.meetings.values()],
    docs: [...index.docs],
    actions: [...index.actions.values()],
    acronyms: [...index.acronyms],
    df: [...index.stats.df],
    nextId: index.nextId,
  };
  return JSON.stringify(stored);
}

/** The index, or null when the string is not a link index of this version. */
export function loadLinkIndex(json: string): LinkIndex | null {
  const stored = JSON.parse(json) as Partial<Stored>;
  if (stored.format !== LINK_INDEX_FORMAT || stored.version !== LINK_INDEX_VERSION) return null;
  return fromParts(
    MiniSearch.loadJS(stored.search!, SEARCH_OPTIONS),
    stored.meetings!,
    stored.docs!,
    stored.actions!,
    stored.acronyms!,
    stored.df!,
    stored.nextId!,
  );
}
