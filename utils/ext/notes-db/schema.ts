import type { DBSchema } from 'idb';
import type { FollowUp, Highlight, Hlc, Note } from '../../model/notes';
import type { NotSynced } from '../../sync/plan';

/**
 * 'agenda-lens-notes': the user's own data and the source of truth (the index database is a
 * rebuildable cache; this one is not). Sync storage only carries copies of it.
 */
export const NOTES_DB_NAME = 'agenda-lens-notes';

/** A pending sync write: the entity key and the stamp of the version that queued it. */
export interface OutboxEntry {
  key: string;
  stamp: string;
  queuedAt: number;
}

/** A value that could not be read, kept as found with the reason, never silently dropped. */
export interface QuarantineEntry {
  /** source|key|hash of the value: the same bad value is kept once. */
  id: string;
  source: 'sync' | 'idb' | 'backup';
  key: string;
  value: unknown;
  reason: string;
  at: number;
}

export interface SyncReport {
  lastSync?: number;
  lastAttempt?: number;
  lastError?: string;
  /** When the next push may be tried, after a rate-limit or quota error. */
  retryAt?: number;
  bytesInUse: number;
  itemsInUse: number;
  notSynced: NotSynced[];
  /** Sync items that could not be read this time (torn chunks still arriving): left alone. */
  unreadable: { key: string; reason: string }[];
}

export interface MetaValues {
  device: { node: string; label: string };
  clock: Hlc;
  /** Names of the devices in the sync registry, for the conflict separator. */
  deviceLabels: Record<string, string>;
  /** Times of this device's recent storage.sync write operations, for the rate limits. */
  writeLog: number[];
  syncReport: SyncReport;
}

export interface NotesDbSchema extends DBSchema {
  notes: { key: string; value: Note; indexes: { byMeeting: string } };
  followUps: {
    key: string;
    value: FollowUp;
    indexes: { byCommittee: string; byAction: string; byMeeting: string };
  };
  highlights: { key: string; value: Highlight; indexes: { byUrl: string; byMeeting: string } };
  outbox: { key: string; value: OutboxEntry };
  quarantine: { key: string; value: QuarantineEntry };
  meta: { key: keyof MetaValues; value: MetaValues[keyof MetaValues] };
}

export const ENTITY_STORES = { note: 'notes', followUp: 'followUps', highlight: 'highlights' } as const;
