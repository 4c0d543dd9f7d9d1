import { queryUnits } from './evidence';
import { findMatches } from './find';
import type { LinkedAction } from '../model/links';
import type { IndexedAction, LinkIndex } from './link-index';

/**
 * An action stays open until a later meeting of its committee deals with it: a later minute
 * that matches it by the same evidence rules as any link. Worked out when minutes are added,
 * so that linking an agenda only compares dates.
 */
export function closeDealtWithActions(index: LinkIndex, committees: Set<string>): void {
  for (const action of index.actions.values()) {
    const recorded = index.meetings.get(action.meeting);
    if (!recorded || !committees.has(recorded.committeeKey)) continue;
    const committee = recorded.committeeKey;
    const units = queryUnits(`${action.title} ${action.text}`, index.acronyms, index.stats);
    const later = findMatches(index, units, (m) =>
      m.committeeKey === committee && m.date > recorded.date ? 1 : 0,
    );
    const earliest = later.sort((a, b) => a.meeting.date.localeCompare(b.meeting.date))[0];
    action.closedBy = earliest && {
      date: earliest.meeting.date,
      minute: earliest.doc.minute,
      title: earliest.doc.title,
    };
  }
}

/** The user's say on a follow-up (kept in the notes store). */
export type UserStatus = LinkedAction['status'];

/** Open at a date: recorded before it, not dealt with before it, unless the user says otherwise. */
export function isOutstanding(
  action: IndexedAction,
  recordedOn: string,
  date: string,
  statuses: ReadonlyMap<string, UserStatus>,
): boolean {
  if (recordedOn >= date) return false;
  const status = statuses.get(action.id);
  if (status) return status === 'open';
  return !action.closedBy || action.closedBy.date >= date;
}
