import type { StoredLinkIndex } from '../../link';
import { terms } from '../../link/terms';
import type { MeetingRecord, Role } from '../../model/record';
import type { IndexDb } from './open';
import { fromRows } from './rows';
import { LINK_INDEX_KEY, type MeetingRow } from './schema';

/** The records (agenda and/or minutes) of one meeting. */
export async function getMeeting(db: IndexDb, key: string): Promise<MeetingRecord[]> {
  const tx = db.transaction(['meetings', 'items', 'decisions', 'actions']);
  const meetings = await tx.objectStore('meetings').index('byKey').getAll(key);
  const records = await Promise.all(
    meetings.map(async (meeting) => {
      const [items, decisions, actions] = await Promise.all([
        tx.objectStore('items').index('byMeeting').getAll(meeting.id),
        tx.objectStore('decisions').index('byMeeting').getAll(meeting.id),
        tx.objectStore('actions').index('byMeeting').getAll(meeting.id),
      ]);
      return fromRows({ meeting, items, decisions, actions });
    }),
  );
  await tx.done;
  return records;
}

/** Every meeting row, newest first; optionally one committee's. */
export async function listMeetings(db: IndexDb, committeeKey?: string): Promise<MeetingRow[]> {
  const rows = committeeKey
    ? await db.getAllFromIndex('meetings', 'byCommittee', committeeKey)
    : await db.getAll('meetings');
  return rows.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** Every record in the index: for rebuilding the link index, or exporting a pack. */
export async function readAllRecords(db: IndexDb): Promise<MeetingRecord[]> {
  const tx = db.transaction(['meetings', 'items', 'decisions', 'actions']);
  const [meetings, items, decisions, actions] = await Promise.all([
    tx.objectStore('meetings').getAll(),
    tx.objectStore('items').getAll(),
    tx.objectStore('decisions').getAll(),
    tx.objectStore('actions').getAll(),
  ]);
  await tx.done;
  const byMeeting = <T extends { meetingId: string }>(rows: T[]) => {
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const group = groups.get(row.meetingId);
      if (group) group.push(row);
      else groups.set(row.meetingId, [row]);
    }
    return groups;
  };
  const [itemsOf, decisionsOf, actionsOf] = [byMeeting(items), byMeeting(decisions), byMeeting(actions)];
  return meetings.map((meeting) =>
    fromRows({
      meeting,
      items: itemsOf.get(meeting.id) ?? [],
      decisions: decisionsOf.get(meeting.id) ?? [],
      actions: actionsOf.get(meeting.id) ?? [],
    }),
  );
}

export interface IndexCounts {
  meetings: number;
  items: number;
  decisions: number;
  actions: number;
}

export async function counts(db: IndexDb): Promise<IndexCounts> {
  const [meetings, items, decisions, actions] = await Promise.all([
    db.count('meetings'),
    db.count('items'),
    db.count('decisions'),
    db.count('actions'),
  ]);
  return { meetings, items, decisions, actions };
}

export interface SearchHit {
  meetingKey: string;
  role: Role;
  council?: string;
  committee: string;
  date: string;
  number: string;
  title: string;
  /** The decision that matched, when it was a decision rather than the title. */
  decision?: string;
  url?: string;
}

const MAX_HITS = 50;

/** Items whose title, or one of whose decisions, has every word of the query; newest first. */
export async function search(db: IndexDb, query: string): Promise<SearchHit[]> {
  const wanted = [...new Set(terms(query))];
  if (wanted.length === 0) return [];
  const matches = (text: string) => {
    const present = new Set(terms(text));
    return wanted.every((term) => present.has(term));
  };
  const tx = db.transaction(['meetings', 'items', 'decisions']);
  const [meetings, items, decisions] = await Promise.all([
    tx.objectStore('meetings').getAll(),
    tx.objectStore('items').getAll(),
    tx.objectStore('decisions').getAll(),
  ]);
  await tx.done;
  const meetingOf = new Map(meetings.map((m) => [m.id, m]));
  const itemOf = new Map(items.map((i) => [i.id, i]));
  const hits = new Map<string, SearchHit>();
  const hit = (itemId: string, decision?: string) => {
    const item = itemOf.get(itemId);
    const meeting = item && meetingOf.get(item.meetingId);
    if (!item || !meeting || hits.has(itemId)) return;
    const { key: meetingKey, role, council, committee, date } = meeting;
    hits.set(itemId, {
      meetingKey,
      role,
      council,
      committee,
      date,
      number: item.number,
      title: item.title,
      decision,
      url: item.url ?? meeting.url,
    });
  };
  for (const item of items) if (matches(item.title)) hit(item.id);
  for (const decision of decisions) if (matches(decision.text)) hit(decision.itemId, decision.text);
  return [...hits.values()].sort((a, b) => b.date.localeCompare(a.date)).slice(0, MAX_HITS);
}

/** The stored serialised link index, if any (load it with utils/link loadLinkIndex). */
export async function readLinkIndex(db: IndexDb): Promise<StoredLinkIndex | string | undefined> {
  return db.get('linkIndex', LINK_INDEX_KEY);
}
