import { addRecords, createLinkIndex, linkAgenda, type LinkIndex } from '../link';
import type { AgendaLinks } from '../model/links';
import { meetingKey } from '../model/keys';
import type { MeetingRecord } from '../model/record';
import { listFollowUps, setFollowUpStatus } from './notes-db/repo';
import { openNotesDb, type NotesDb } from './notes-db/open';
import type { IndexStats } from '../../components/OptionsView';

/**
 * The background's index: the link index (utils/link) over everything read, and the user's
 * follow-up statuses from the notes database (the source of truth for anything the user did).
 */
export interface IndexService {
  read(url: string, records: MeetingRecord[]): Promise<AgendaLinks & { meetingKey?: string }>;
  link(record: MeetingRecord): Promise<AgendaLinks>;
  setActionStatus(actionId: string, status: 'open' | 'done' | 'dropped'): Promise<void>;
  stats(): Promise<IndexStats>;
  search(query: string): Promise<unknown>;
  listMeetings(): Promise<unknown>;
  importPack(json: string): Promise<string>;
}

let service: Promise<IndexService> | null = null;

export function getIndexService(): Promise<IndexService> {
  service ??= createIndexService();
  return service;
}

async function createIndexService(): Promise<IndexService> {
  const notes = await openNotesDb();
  const index = createLinkIndex();
  const statuses = () => userStatuses(notes);
  const link = async (record: MeetingRecord) => linkAgenda(index, record, await statuses());
  return {
    async read(url, records) {
      addRecords(
        index,
        records.map((r) => ({ ...r, meeting: { ...r.meeting, url: r.meeting.url ?? url } })),
      );
      const shown = records.find((r) => r.role === 'agenda') ?? records[0];
      if (!shown) return { meeting: { committee: '', date: '' }, items: [], outstanding: [] };
      return { ...(await link(shown)), meetingKey: meetingKey(shown.meeting) };
    },
    link,
    async setActionStatus(actionId, status) {
      const action = index.actions.get(actionId);
      const meeting = action ? index.meetings.get(action.meeting) : undefined;
      await setFollowUpStatus(notes, actionId, status, Date.now(), {
        actionId,
        text: action?.text ?? actionId,
        committeeKey: meeting?.committeeKey ?? '',
        meetingKey: action?.meeting ?? '',
        status,
      } as never);
    },
    async stats() {
      return countIndex(index);
    },
    async search() {
      return [];
    },
    async listMeetings() {
      return [...index.meetings.values()];
    },
    async importPack() {
      throw new Error('not yet');
    },
  };
}

async function userStatuses(db: NotesDb): Promise<Map<string, 'open' | 'done' | 'dropped'>> {
  const followUps = await listFollowUps(db, {}, Date.now());
  return new Map(followUps.filter((f) => f.actionId).map((f) => [f.actionId!, f.fields.status.v]));
}

function countIndex(index: LinkIndex): IndexStats {
  return {
    meetings: index.meetings.size,
    items: index.docs.size,
    decisions: index.docs.size,
    actions: index.actions.size,
  };
}
