import { actionId, committeeKey, meetingKey, normaliseName } from '../model/keys';
import type { Item, Meeting, MeetingRecord } from '../model/record';
import { learnAcronyms, type AcronymMap } from './acronyms';
import type { TermStats } from './evidence';
import { closeDealtWithActions } from './actions';
import { isProcedural } from './procedural';
import { DocTable } from './doc-table';
import { SearchIndex } from './search-index';
import { terms } from './terms';

/**
 * The link index: what linking needs from every minutes record read so far, small enough to
 * serialise into IndexedDB and load in a cold service worker.
 */
export interface IndexedMeeting {
  key: string;
  committeeKey: string;
  councilKey: string;
  council?: string;
  committee: string;
  date: string;
  url?: string;
  /** The first and last minute numbers as printed ("117–128"), for a link to the whole minutes. */
  minutes: string;
}

/** One minutes item on a subject (procedural items are not indexed). */
export interface IndexedDoc {
  meeting: string;
  minute: string;
  title: string;
  /** Its decisions, joined and clipped. */
  text: string;
  url?: string;
}

export interface IndexedAction {
  id: string;
  meeting: string;
  minute: string;
  /** Title of the minute it was recorded under: the subject when the action text is terse. */
  title: string;
  text: string;
  owner?: string;
  due?: string;
  url?: string;
  /** The earliest later minute of the committee that dealt with it. */
  closedBy?: { date: string; minute: string; title: string };
}

export interface LinkIndex {
  /**
   * What is searched: a minute's title and decisions, what it is about. Its discussion text is
   * left out: full of officers' job titles and asides, it made weak links, and it would double
   * the index a cold service worker loads. (It is still read for acronym definitions.)
   */
  search: SearchIndex;
  meetings: Map<string, IndexedMeeting>;
  docs: DocTable;
  docsByMeeting: Map<string, number[]>;
  /** By doc id: an array, since the search asks it for every doc a query term finds. */
  meetingOfDoc: Array<IndexedMeeting | undefined>;
  actions: Map<string, IndexedAction>;
  acronyms: AcronymMap;
  stats: TermStats;
  nextId: number;
}

export function createLinkIndex(): LinkIndex {
  return fromParts({
    search: new SearchIndex(),
    meetings: [],
    docs: new DocTable(),
    docMeetings: [],
    actions: [],
    acronyms: [],
    df: [],
  });
}

/** A link index as loaded: docs are ids 0… in order. */
export interface Parts {
  search: SearchIndex;
  meetings: IndexedMeeting[];
  docs: DocTable;
  /** Each doc's meeting, by position in `meetings`. */
  docMeetings: ArrayLike<number>;
  actions: IndexedAction[];
  acronyms: Array<[string, string[]]>;
  df: Array<[string, number]>;
}

export function fromParts({ search, meetings, docs, docMeetings, actions, acronyms, df }: Parts): LinkIndex {
  const index: LinkIndex = {
    search,
    meetings: new Map(meetings.map((m) => [m.key, m])),
    docs,
    docsByMeeting: new Map(),
    meetingOfDoc: [],
    actions: new Map(actions.map((a) => [a.id, a])),
    acronyms: new Map(acronyms),
    stats: { df: new Map(df), docCount: docMeetings.length },
    nextId: docMeetings.length,
  };
  for (let id = 0; id < docMeetings.length; id++) registerDoc(index, id, meetings[docMeetings[id]!]!);
  return index;
}

/**
 * Adds minutes records (agendas have nothing to link to and are passed over). A meeting read
 * again replaces what was indexed for it, so re-reading a page never duplicates.
 */
export function addRecords(index: LinkIndex, records: MeetingRecord[]): void {
  for (const record of records) learnAcronyms(index.acronyms, recordText(record));
  const touched = new Set<string>();
  for (const record of records) {
    if (record.role !== 'minutes' || record.items.length === 0) continue;
    const key = meetingKey(record.meeting);
    removeMeeting(index, key);
    addMinutes(index, record, key);
    touched.add(committeeKey(record.meeting));
  }
  closeDealtWithActions(index, touched);
}

function recordText(record: MeetingRecord): string {
  return record.items
    .flatMap((item) => [item.title, item.text ?? '', ...item.decisions.map((d) => d.text)])
    .join('\n');
}

function addMinutes(index: LinkIndex, record: MeetingRecord, key: string): void {
  const { meeting } = record;
  const minutes = [...new Set([record.items[0]!.number, record.items.at(-1)!.number])].join('–');
  index.meetings.set(key, indexedMeeting(meeting, minutes));
  for (const item of record.items) {
    for (const action of item.actions) {
      const id = actionId(meeting, item.number, action.text);
      index.actions.set(id, {
        id,
        meeting: key,
        minute: item.number,
        title: item.title,
        text: action.text,
        owner: action.owner,
        due: action.due,
        url: item.url ?? meeting.url,
      });
    }
    if (!isProcedural(item.title)) addItem(index, key, item, meeting.url);
  }
}

/**
 * Stored decisions text: enough to show and to count terms by (document frequency is counted
 * on what is stored, so that removing a meeting undoes it exactly); the search has it all.
 */
const STORED_TEXT = 200;

function clip(text: string): string {
  return text.length <= STORED_TEXT ? text : `${text.slice(0, STORED_TEXT - 1)}…`;
}

/** A meeting with the keys linking compares by, worked out once. */
function indexedMeeting(meeting: Meeting, minutes: string): IndexedMeeting {
  const { council, committee, date, url } = meeting;
  return {
    key: meetingKey(meeting),
    committeeKey: committeeKey(meeting),
    councilKey: normaliseName(council),
    council,
    committee,
    date,
    url,
    minutes,
  };
}

function addItem(index: LinkIndex, key: string, item: Item, meetingUrl?: string): void {
  const id = index.nextId++;
  const decisions = item.decisions.map((d) => d.text).join(' ');
  const doc = {
    meeting: key,
    minute: item.number,
    title: item.title,
    text: clip(decisions),
    url: item.url ?? meetingUrl,
  };
  index.docs.set(id, doc);
  registerDoc(index, id, index.meetings.get(key)!);
  countTerms(index.stats, doc, +1);
  index.search.add({ id, title: item.title, decisions });
}

function registerDoc(index: LinkIndex, id: number, meeting: IndexedMeeting): void {
  index.meetingOfDoc[id] = meeting;
  const ids = index.docsByMeeting.get(meeting.key);
  if (ids) ids.push(id);
  else index.docsByMeeting.set(meeting.key, [id]);
}

/** Document frequency counts titles and decisions: what is stored, so it can be undone exactly. */
function countTerms(stats: TermStats, doc: IndexedDoc, delta: 1 | -1): void {
  stats.docCount += delta;
  for (const term of new Set(terms(`${doc.title} ${doc.text}`))) {
    const count = (stats.df.get(term) ?? 0) + delta;
    if (count > 0) stats.df.set(term, count);
    else stats.df.delete(term);
  }
}

function removeMeeting(index: LinkIndex, key: string): void {
  if (!index.meetings.delete(key)) return;
  for (const id of index.docsByMeeting.get(key) ?? []) {
    countTerms(index.stats, index.docs.get(id)!, -1);
    index.docs.delete(id);
    index.meetingOfDoc[id] = undefined;
    index.search.remove(id);
  }
  index.docsByMeeting.delete(key);
  for (const [id, action] of index.actions) if (action.meeting === key) index.actions.delete(id);
}
