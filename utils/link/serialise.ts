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
export const LINK_INDEX_VERSION = 2;

/** A doc as stored: its meeting by position, its URL only where it is not the meeting's. */
type StoredDoc = [id: number, meeting: number, minute: string, title: string, text: string, url?: string];
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

interface Stored {
  format: typeof LINK_INDEX_FORMAT;
  version: number;
  search: ReturnType<MiniSearch['toJSON']>;
  meetings: IndexedMeeting[];
  docs: StoredDoc[];
  actions: StoredAction[];
  acronyms: Array<[string, string[]]>;
  df: Array<[string, number]>;
  nextId: number;
}

/** Keys repeat on every doc and action: as positions they keep the string, and its parse, small. */
export function serialiseLinkIndex(index: LinkIndex): string {
  const meetings = [...index.meetings.values()];
  const position = new Map(meetings.map((m, i) => [m.key, i]));
  const ownUrl = (url: string | undefined, meeting: string) =>
    url === index.meetings.get(meeting)?.url ? [] : [url];
  const stored: Stored = {
    format: LINK_INDEX_FORMAT,
    version: LINK_INDEX_VERSION,
    search: index.search.toJSON(),
    meetings,
    docs: [...index.docs].map(
      ([id, d]) =>
        [id, position.get(d.meeting)!, d.minute, d.title, d.text, ...ownUrl(d.url, d.meeting)] as StoredDoc,
    ),
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
    nextId: index.nextId,
  };
  return JSON.stringify(stored);
}

/** The index, or null when the string is not a link index of this version. */
export function loadLinkIndex(json: string): LinkIndex | null {
  const stored = JSON.parse(json) as Partial<Stored>;
  if (stored.format !== LINK_INDEX_FORMAT || stored.version !== LINK_INDEX_VERSION) return null;
  const meetings = stored.meetings!;
  const docs = stored.docs!.map(([id, m, minute, title, text, url]): [number, IndexedDoc] => [
    id,
    { meeting: meetings[m]!.key, minute, title, text, url: url ?? meetings[m]!.url },
  ]);
  const actions = stored.actions!.map(([id, m, minute, title, text, more]): IndexedAction => ({
    id,
    meeting: meetings[m]!.key,
    minute,
    title,
    text,
    ...more,
  }));
  return fromParts(
    MiniSearch.loadJS(stored.search!, SEARCH_OPTIONS),
    meetings,
    docs,
    actions,
    stored.acronyms!,
    stored.df!,
    stored.nextId!,
  );
}
