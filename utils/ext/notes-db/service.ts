import type { FollowUp, FollowUpStatus, Highlight, Note } from '../../model/notes';
import { describeNotSynced, type NotSynced } from '../../sync/plan';
import { SYNC_LIMITS } from '../../sync/limits';
import { createSyncEngine, type SyncEngineOptions } from '../sync-engine';
import type { SyncArea } from '../sync-area';
import { EMPTY_REPORT, type PushResult } from '../sync-transport';
import type { NotesDb } from './open';
import * as repo from './repo';
import type { QuarantineEntry } from './schema';
import { deviceNamer, ensureDevice, getMeta } from './store';

/**
 * The notes service the background router and the pages call: every write lands in IndexedDB
 * (with its outbox entry) before anything else happens, then a debounced push carries it to
 * storage.sync. `onChange` tells views when local or remote edits changed the data.
 */
export interface SyncState {
  lastSync?: number;
  lastError?: string;
  retryAt?: number;
  bytesInUse: number;
  quotaBytes: number;
  itemsInUse: number;
  maxItems: number;
  /** What is not in sync storage, with the reason and the start of its text to show. */
  notSynced: (NotSynced & { preview: string })[];
  /** The same, as sentences for the options page. */
  messages: string[];
  /** Sync items that could not be read at the last pull (e.g. chunks still arriving). */
  unreadable: { key: string; reason: string }[];
  /** Edits waiting to be written to sync storage. */
  pending: number;
}

export interface NotesService {
  saveNote(input: repo.NoteInput): Promise<Note>;
  deleteNote(id: string): Promise<void>;
  listNotes(filter?: repo.NoteFilter): Promise<Note[]>;
  saveFollowUp(input: repo.FollowUpInput): Promise<FollowUp>;
  setFollowUpStatus(
    idOrActionId: string,
    status: FollowUpStatus,
    create?: repo.FollowUpInput,
  ): Promise<FollowUp>;
  deleteFollowUp(id: string): Promise<void>;
  listFollowUps(filter?: repo.FollowUpFilter): Promise<FollowUp[]>;
  saveHighlight(input: repo.HighlightInput): Promise<Highlight>;
  deleteHighlight(id: string): Promise<void>;
  listHighlights(where: { url: string } | { meetingKey: string }): Promise<Highlight[]>;
  exportMarkdown(): Promise<string>;
  exportAll(): Promise<string>;
  importBackup(json: string): Promise<repo.ImportResult>;
  listQuarantine(): Promise<QuarantineEntry[]>;
  getSyncState(): Promise<SyncState>;
  /** Pull then push now (startup does this too). */
  syncNow(): Promise<PushResult>;
  onChange(listener: () => void): () => void;
  /** Starts listening to storage.sync and syncs once: pull, then replay the outbox. */
  start(): Promise<PushResult>;
  stop(): void;
}

const STORE_OF_PREFIX = { n: 'notes', f: 'followUps', h: 'highlights' } as const;

/** The first words of a note or follow-up (a highlight's quote), to name it in the sync state. */
async function preview(db: NotesDb, key: string): Promise<string> {
  const [prefix, id] = key.split(':') as [keyof typeof STORE_OF_PREFIX, string];
  const entity = STORE_OF_PREFIX[prefix] ? await db.get(STORE_OF_PREFIX[prefix], id) : undefined;
  const text = entity && ('quote' in entity ? entity.quote : entity.fields.text.v);
  return (text ?? key).replace(/\s+/g, ' ').slice(0, 80);
}

export interface NotesServiceOptions extends Omit<SyncEngineOptions, 'onRemoteChange'> {
  /** How this browser is named to the user's other browsers ("Chrome on Windows"). */
  deviceLabel?: string;
}

export async function createNotesService(
  db: NotesDb,
  area: SyncArea,
  clock: () => number,
  options: NotesServiceOptions = {},
): Promise<NotesService> {
  await ensureDevice(db, options.deviceLabel ?? 'This browser');
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const engine = createSyncEngine({ db, area, now: clock }, { ...options, onRemoteChange: notify });

  /** Every local write: notify views, then push after the debounce. */
  async function written<T>(result: Promise<T>): Promise<T> {
    const value = await result;
    notify();
    engine.schedulePush();
    return value;
  }

  return {
    saveNote: (input) => written(repo.saveNote(db, input, clock())),
    deleteNote: (id) => written(repo.deleteEntity(db, 'note', id, clock())),
    listNotes: (filter = {}) => repo.listNotes(db, filter, clock()),
    saveFollowUp: (input) => written(repo.saveFollowUp(db, input, clock())),
    setFollowUpStatus: (idOrActionId, status, create) =>
      written(repo.setFollowUpStatus(db, idOrActionId, status, clock(), create)),
    deleteFollowUp: (id) => written(repo.deleteEntity(db, 'followUp', id, clock())),
    listFollowUps: (filter = {}) => repo.listFollowUps(db, filter, clock()),
    saveHighlight: (input) => written(repo.saveHighlight(db, input, clock())),
    deleteHighlight: (id) => written(repo.deleteEntity(db, 'highlight', id, clock())),
    listHighlights: (where) => repo.listHighlights(db, where, clock()),
    exportMarkdown: () => repo.exportNotesMarkdown(db, clock()),
    exportAll: () => repo.exportBackupJson(db, clock()),
    async importBackup(json) {
      const result = await repo.importBackup(db, json, clock(), await deviceNamer(db));
      if (result.ok && result.changed > 0) {
        notify();
        engine.schedulePush();
      }
      return result;
    },
    listQuarantine: () => db.getAll('quarantine'),
    async getSyncState() {
      const report = (await getMeta(db, 'syncReport')) ?? EMPTY_REPORT;
      return {
        lastSync: report.lastSync,
        lastError: report.lastError,
        retryAt: report.retryAt,
        bytesInUse: report.bytesInUse,
        quotaBytes: SYNC_LIMITS.QUOTA_BYTES,
        itemsInUse: report.itemsInUse,
        maxItems: SYNC_LIMITS.MAX_ITEMS,
        notSynced: await Promise.all(
          report.notSynced.map(async (entry) => ({ ...entry, preview: await preview(db, entry.key) })),
        ),
        messages: describeNotSynced(report.notSynced),
        unreadable: report.unreadable,
        pending: await db.count('outbox'),
      };
    },
    syncNow: () => engine.syncNow(),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: () => engine.start(),
    stop: () => engine.stop(),
  };
}
