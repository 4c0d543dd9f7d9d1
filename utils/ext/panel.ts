import { meetingKey } from '../model/keys';
import type { Note } from '../model/notes';
import type { NoteView, PanelMeeting, SearchHit } from '../model/views';
import { getMeeting, search } from './index-db';
import { mainRecord } from '../model/main-record';
import { linkRecord } from './reading';
import type { Services } from './services';

/** A conflicted note keeps both texts under this marker (utils/sync/merge), shown as a warning. */
const CONFLICT_MARKER = /Conflicting edit/i;

function noteView(note: Note): NoteView {
  const text = note.fields.text.v;
  return { id: note.id, text, itemNumber: note.target.itemNumber, conflicted: CONFLICT_MARKER.test(text) };
}

/** The meeting a tab shows, from the local index: items, what came before, open follow-ups, notes. */
export async function meetingView(services: Services, key: string): Promise<PanelMeeting | null> {
  const record = mainRecord(await getMeeting(services.index, key));
  if (!record) return null;
  const [links, notes] = await Promise.all([
    linkRecord(services, record),
    services.notes.listNotes({ meetingKey: meetingKey(record.meeting) }),
  ]);
  const linksOf = new Map(links.items.map((item) => [item.number, item]));
  const views = notes.filter((note) => note.target.kind !== 'highlight').map(noteView);
  return {
    key,
    council: record.meeting.council,
    committee: record.meeting.committee,
    date: record.meeting.date,
    role: record.role,
    url: record.meeting.url,
    meetingNotes: views.filter((note) => note.itemNumber === undefined),
    items: record.items.map((item) => ({
      number: item.number,
      title: item.title,
      priorDecisions: linksOf.get(item.number)?.priorDecisions ?? [],
      openActions: linksOf.get(item.number)?.openActions ?? [],
      notes: views.filter((note) => note.itemNumber === item.number),
    })),
  };
}

const MAX_NOTE_HITS = 30;

/** Search the index's titles and decisions, and the user's notes. */
export async function searchAll(services: Services, query: string): Promise<SearchHit[]> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const notes = (await services.notes.listNotes())
    .filter((note) => words.every((word) => note.fields.text.v.toLowerCase().includes(word)))
    .slice(0, MAX_NOTE_HITS)
    .map((note): SearchHit => ({
      kind: 'note',
      title: note.label.itemTitle ?? note.label.committee,
      text: note.fields.text.v,
      where: `${note.label.committee}, ${note.label.date}${note.target.itemNumber ? `, item ${note.target.itemNumber}` : ''}`,
    }));
  const decisions = (await search(services.index, query)).map((hit): SearchHit => ({
    kind: 'decision',
    title: `${hit.number}. ${hit.title}`,
    text: hit.decision ?? '',
    where: `${hit.committee}, ${hit.date} (${hit.role})`,
    url: hit.url,
  }));
  return [...notes, ...decisions];
}
