import type { Meeting } from './record';

/**
 * Stable identities shared by the index, the notes store and sync. They must not change between
 * versions without a migration: notes and follow-ups are keyed by them.
 */
export function normaliseName(name: string | undefined): string {
  return (name ?? '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A page's address without its #fragment, which names a place on the same page: what its
 * highlights are kept under, and what tells whether a tab still shows the page it showed.
 */
export function pageAddress(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}

/** One meeting of one committee on one day: "leicester city council|adult social care scrutiny commission|2025-06-26". */
export function meetingKey(meeting: Pick<Meeting, 'council' | 'committee' | 'date'>): string {
  return `${normaliseName(meeting.council)}|${normaliseName(meeting.committee)}|${meeting.date}`;
}

/** A committee across meetings. */
export function committeeKey(meeting: Pick<Meeting, 'council' | 'committee'>): string {
  return `${normaliseName(meeting.council)}|${normaliseName(meeting.committee)}`;
}

/** An agenda item of a meeting, as printed ("7a"). */
export function itemKey(
  meeting: Pick<Meeting, 'council' | 'committee' | 'date'>,
  itemNumber: string,
): string {
  return `${meetingKey(meeting)}#${itemNumber.trim().toLowerCase()}`;
}

/** FNV-1a 32-bit, hex: a short deterministic id for texts (actions, sources). Not cryptographic. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** An action (follow-up) found in minutes: its item key plus a hash of its normalised words. */
export function actionId(
  meeting: Pick<Meeting, 'council' | 'committee' | 'date'>,
  itemNumber: string,
  text: string,
): string {
  return `${itemKey(meeting, itemNumber)}~${shortHash(normaliseName(text))}`;
}
