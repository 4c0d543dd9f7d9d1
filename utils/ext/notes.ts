import { committeeKey } from '../model/keys';
import type { Highlight, MeetingLabel, Note } from '../model/notes';
import { getMeeting } from './index-db';
import { mainRecord } from '../model/main-record';
import type { Services } from './services';

/**
 * Notes and follow-ups carry their meeting's name with them (label), so an export or another
 * browser shows "Health Scrutiny, 19 Jan 2026, item 44" even without the index.
 */
async function labelFor(services: Services, key: string, itemNumber?: string): Promise<MeetingLabel> {
  const record = mainRecord(await getMeeting(services.index, key));
  if (!record) {
    const [, committee = key, date = ''] = key.split('|');
    return { committee, date };
  }
  const { council, committee, date } = record.meeting;
  const itemTitle = record.items.find((item) => item.number === itemNumber)?.title;
  return { council, committee, date, ...(itemTitle ? { itemTitle } : {}) };
}

export async function saveNoteFor(
  services: Services,
  meetingKey: string,
  itemNumber: string | undefined,
  text: string,
  id?: string,
  highlightId?: string,
): Promise<Note> {
  const kind = highlightId ? 'highlight' : itemNumber ? 'item' : 'meeting';
  return services.notes.saveNote({
    id,
    target: {
      kind,
      meetingKey,
      ...(itemNumber ? { itemNumber } : {}),
      ...(highlightId ? { highlightId } : {}),
    },
    label: await labelFor(services, meetingKey, itemNumber),
    text,
  });
}

/** A passage marked "Follow up" on a page becomes a tracked follow-up of that committee. */
export async function saveHighlightFollowUp(
  services: Services,
  highlight: Highlight,
  note?: string,
): Promise<void> {
  const label = await labelFor(services, highlight.meetingKey, highlight.itemNumber);
  await services.notes.saveFollowUp({
    text: note ? `${highlight.quote}\n${note}` : highlight.quote,
    committeeKey: committeeKey(label),
    meetingKey: highlight.meetingKey,
    label,
    url: highlight.url,
    highlightId: highlight.id,
    status: 'open',
  });
}
