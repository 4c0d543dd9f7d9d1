import type { Hlc } from '../../../utils/model/notes';
import { createFollowUp, createNote, type NewNote } from '../../../utils/sync/edit';

/** Test data in the shape the side panel writes. */
export const T0 = Date.UTC(2026, 10, 23, 9, 0);

export function stamp(wall: number, node: string, counter = 0): Hlc {
  return { wall, counter, node };
}

export const LABEL = {
  council: 'Leicester City Council',
  committee: 'Adult Social Care Scrutiny Commission',
  date: '2026-11-26',
};
export const MEETING_KEY = 'leicester city council|adult social care scrutiny commission|2026-11-26';

export function noteInput(id: string, text: string, itemNumber = '7a'): NewNote {
  return {
    id,
    target: { kind: 'item', meetingKey: MEETING_KEY, itemNumber },
    label: { ...LABEL, itemTitle: 'Home care contracts' },
    text,
  };
}

export function sampleNote(id: string, text: string, at: Hlc) {
  return createNote(noteInput(id, text), at);
}

export function sampleFollowUp(id: string, text: string, at: Hlc) {
  return createFollowUp(
    {
      id,
      text,
      committeeKey: 'leicester city council|adult social care scrutiny commission',
      meetingKey: MEETING_KEY,
      label: LABEL,
      owner: 'Director of Adult Social Care',
      due: '2027-03',
    },
    at,
  );
}
