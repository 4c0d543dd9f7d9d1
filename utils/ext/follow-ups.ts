import { committeeKey } from '../model/keys';
import type { FollowUpStatus } from '../model/notes';
import type { FollowUpGroup, FollowUpView } from '../model/views';
import { isOutstanding } from '../link/actions';
import type { NotesService } from './notes-db/service';
import type { Services } from './services';

const LATEST_DATE = '9999-12-31';

/** The statuses read once and kept until the notes change (locally, by sync or by an import). */
const keptStatuses = new WeakMap<NotesService, Promise<ReadonlyMap<string, FollowUpStatus>>>();

/**
 * The user's say on each action found in minutes (kept with their notes, and synced), by action
 * id. Every meeting page waits on it before its badges (issue #8), so it is not read from disk
 * each time: the background is the notes' only writer, and its notes service says when they changed.
 */
export function userStatuses(notes: NotesService): Promise<ReadonlyMap<string, FollowUpStatus>> {
  const kept = keptStatuses.get(notes);
  if (kept) return kept;
  const read = readStatuses(notes);
  keptStatuses.set(notes, read);
  const forget = () => {
    if (keptStatuses.get(notes) === read) keptStatuses.delete(notes);
    stopWatching();
  };
  const stopWatching = notes.onChange(forget);
  read.catch(forget);
  return read;
}

async function readStatuses(notes: NotesService): Promise<ReadonlyMap<string, FollowUpStatus>> {
  const followUps = await notes.listFollowUps();
  return new Map(followUps.filter((f) => f.actionId).map((f) => [f.actionId!, f.fields.status.v]));
}

/**
 * Mark a follow-up done, dropped or open again. `id` is a follow-up's own id or an indexed
 * action's id; an action the user had not touched becomes a tracked follow-up here.
 */
export async function setStatus(services: Services, id: string, status: FollowUpStatus): Promise<void> {
  const action = services.links.index.actions.get(id);
  const meeting = action && services.links.index.meetings.get(action.meeting);
  const create = action &&
    meeting && {
      actionId: action.id,
      text: action.text,
      committeeKey: meeting.committeeKey,
      meetingKey: meeting.key,
      label: {
        council: meeting.council,
        committee: meeting.committee,
        date: meeting.date,
        itemTitle: action.title,
      },
      url: action.url,
      owner: action.owner,
      due: action.due,
    };
  await services.notes.setFollowUpStatus(id, status, create);
}

/** Every open follow-up, by committee: actions from minutes not yet dealt with, and the user's own. */
export async function openFollowUpGroups(services: Services): Promise<FollowUpGroup[]> {
  const { index } = services.links;
  const statuses = await userStatuses(services.notes);
  const groups = new Map<string, FollowUpGroup>();
  const add = (key: string, label: { council?: string; committee: string }, view: FollowUpView) => {
    const group = groups.get(key) ?? { committee: label.committee, council: label.council, followUps: [] };
    group.followUps.push(view);
    groups.set(key, group);
  };
  for (const action of index.actions.values()) {
    const meeting = index.meetings.get(action.meeting);
    // Open as of any later date: not dealt with by a later meeting, and not closed by the user.
    if (!meeting || !isOutstanding(action, meeting.date, LATEST_DATE, statuses)) continue;
    add(meeting.committeeKey, meeting, {
      id: action.id,
      text: action.text,
      status: 'open',
      date: meeting.date,
      minute: action.minute,
      url: action.url,
      owner: action.owner,
      due: action.due,
    });
  }
  for (const followUp of await services.notes.listFollowUps({ status: 'open' })) {
    if (followUp.actionId) continue; // shown above from the index
    const label = followUp.label ?? { committee: 'Your follow-ups' };
    add(followUp.committeeKey || committeeKey(label), label, {
      id: followUp.id,
      text: followUp.fields.text.v,
      status: 'open',
      date: followUp.label?.date,
      url: followUp.url,
      owner: followUp.fields.owner?.v,
      due: followUp.fields.due?.v,
    });
  }
  return [...groups.values()].sort((a, b) => a.committee.localeCompare(b.committee));
}
