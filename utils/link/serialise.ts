import { DocTable, type StoredDocs } from './doc-table';
import { fromParts, type IndexedAction, type IndexedMeeting, type LinkIndex } from './link-index';
import { SearchIndex, type StoredSearch } from './search-index';

/**
 * The link index as stored in IndexedDB, loaded by a cold service worker without re-reading
 * any record. The search postings are typed arrays (copied, not parsed, out of the database),
 * docs are parsed one by one when read, and the rest is JSON. Versioned: a stored
 * index of another version (version 2 was one JSON string with MiniSearch inside) is rebuilt
 * from the records instead of being misread.
 */
export const LINK_INDEX_FORMAT = 'agenda-lens-link-index';
export const LINK_INDEX_VERSION = 3;

/**
 * An action as stored. Its id is stored though it could be worked out again: on a cold start,
 * parsing it is cheaper than normalising thousands of names.
 */
type StoredAction = [
  id: string,
  meeting: number,
  minute: string,
  title: string,
  text: string,
  more: Pick<IndexedAction, 'owner' | 'due' | 'url' | 'closedBy'>,
];

interface Records {
  meetings: IndexedMeeting[];
  actions: StoredAction[];
  acronyms: Array<[string, string[]]>;
  df: Array<[string, number]>;
}

export interface StoredLinkIndex {
  format: typeof LINK_INDEX_FORMAT;
  version: number;
  search: StoredSearch;
  docs: StoredDocs;
  /** JSON of Records, as UTF-8 bytes (see StoredDocs). */
  records: Uint8Array;
}

/** Keys repeat on every doc and action: as positions they keep the string, and its parse, small. */
export function serialiseLinkIndex(index: LinkIndex): StoredLinkIndex {
  const meetings = [...index.meetings.values()];
  const position = new Map(meetings.map((m, i) => [m.key, i]));
  const records: Records = {
    meetings,
    actions: [...index.actions.values()].map(
      ({ id, meeting, minute, title, text, owner, due, url, closedBy }) => [
        id,
        position.get(meeting)!,
        minute,
        title,
        text,
        { owner, due, url, closedBy },
      ],
    ),
    acronyms: [...index.acronyms],
    df: [...index.stats.df],
  };
  return {
    format: LINK_INDEX_FORMAT,
    version: LINK_INDEX_VERSION,
    search: index.search.toStored(),
    docs: index.docs.toStored(index.meetings, position),
    records: new TextEncoder().encode(JSON.stringify(records)),
  };
}

/** The index, or null when the value is not a link index of this version. */
export function loadLinkIndex(value: unknown): LinkIndex | null {
  const stored = value as Partial<StoredLinkIndex> | undefined;
  if (stored?.format !== LINK_INDEX_FORMAT || stored.version !== LINK_INDEX_VERSION) return null;
  const records = JSON.parse(new TextDecoder().decode(stored.records)) as Records;
  const { meetings } = records;
  const actions = records.actions.map(([id, m, minute, title, text, more]): IndexedAction => ({
    id,
    meeting: meetings[m]!.key,
    minute,
    title,
    text,
    ...more,
  }));
  return fromParts({
    search: new SearchIndex(stored.search),
    meetings,
    docs: new DocTable(stored.docs, meetings),
    docMeetings: stored.docs!.meetings,
    actions,
    acronyms: records.acronyms,
    df: records.df,
  });
}
