import type { DBSchema } from 'idb';
import type { StoredLinkIndex } from '../../link';
import type { Decision, DocumentLink, MeetingRef, Role } from '../../model/record';

/**
 * 'agenda-lens-index': everything read from council pages, split into rows so the options page
 * can count and the side panel search without loading it all. A rebuildable cache: the user's
 * own data lives in 'agenda-lens-notes'.
 */
export const INDEX_DB_NAME = 'agenda-lens-index';

/** One record: an agenda and the minutes of the same meeting are two rows. */
export interface MeetingRow {
  /** meetingKey|role */
  id: string;
  key: string;
  role: Role;
  /** Since version 2. */
  committeeKey: string;
  council?: string;
  committee: string;
  date: string;
  time?: string;
  venue?: string;
  url?: string;
  cancelled?: boolean;
  warnings?: string[];
  /** The source URL that last wrote it. */
  source: string;
}

export interface ItemRow {
  /** meetingId#number */
  id: string;
  meetingId: string;
  position: number;
  number: string;
  title: string;
  presenter?: string;
  pages?: string;
  text?: string;
  documents?: DocumentLink[];
  refs?: MeetingRef[];
  url?: string;
}

export interface DecisionRow {
  /** itemId/position */
  id: string;
  meetingId: string;
  itemId: string;
  position: number;
  text: string;
  kind?: Decision['kind'];
}

export interface ActionRow {
  /** itemId/a<position> */
  id: string;
  /** The stable key notes and follow-up statuses use (model/keys actionId). */
  actionId: string;
  meetingId: string;
  itemId: string;
  position: number;
  text: string;
  owner?: string;
  due?: string;
}

export interface SourceRow {
  url: string;
  readAt: number;
  contentHash: string;
  meetingIds: string[];
}

export const LINK_INDEX_KEY = 'current';

export interface IndexDbSchema extends DBSchema {
  meetings: { key: string; value: MeetingRow; indexes: { byKey: string; byCommittee: string } };
  items: { key: string; value: ItemRow; indexes: { byMeeting: string } };
  decisions: { key: string; value: DecisionRow; indexes: { byMeeting: string } };
  actions: { key: string; value: ActionRow; indexes: { byMeeting: string; byActionId: string } };
  sources: { key: string; value: SourceRow; indexes: { byReadAt: number } };
  /**
   * The serialised link index (utils/link), so a cold service worker need not rebuild it, and
   * when it was saved. An older version's index is a string: loading refuses it and rebuilds.
   */
  linkIndex: { key: string; value: StoredLinkIndex | string };
}

export const RECORD_STORES = ['meetings', 'items', 'decisions', 'actions'] as const;
export const ALL_STORES = [...RECORD_STORES, 'sources', 'linkIndex'] as const;
