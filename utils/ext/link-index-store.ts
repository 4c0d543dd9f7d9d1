import { addRecords, type LinkIndex } from '../link';
import { getMeeting, loadOrRebuildLinkIndex, persistLinkIndex, type IndexDb } from './index-db';
import { LINK_INDEX_KEY } from './index-db/schema';

/**
 * The link index lives in memory in the service worker and is saved, serialised, in the index
 * database so a cold worker answers quickly (issue #5: first link query < 300 ms at 100k).
 * Saving is debounced; a worker stopped before saving catches up from the sources read since.
 */
const SAVED_AT_KEY = 'savedAt';
const SAVE_DELAY_MS = 1_500;

export interface LinkIndexStore {
  index: LinkIndex;
  /** Call after records were added to the index. */
  changed(): void;
  /** Rebuild from every record in the database (after a pack import). */
  rebuild(): Promise<void>;
  flush(): Promise<void>;
  /** Settles once pages read after the last save (by a worker stopped before saving) are back in. */
  caughtUp: Promise<void>;
}

export async function openLinkIndexStore(db: IndexDb): Promise<LinkIndexStore> {
  let index = await loadOrRebuild(db);
  // Not awaited: the first answer of a cold worker should not wait for a scan of every source;
  // at most the pages of the last few seconds before a stop are missing from it.
  const caughtUp = catchUp(db, index).catch((error: unknown) =>
    console.warn('Agenda Lens: could not catch up the link index', error),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = async () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const savedAt = Date.now();
    await persistLinkIndex(db, index);
    await db.put('linkIndex', String(savedAt), SAVED_AT_KEY);
  };
  return {
    get index() {
      return index;
    },
    changed() {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    async rebuild() {
      await db.delete('linkIndex', LINK_INDEX_KEY);
      index = await loadOrRebuildLinkIndex(db);
      await db.put('linkIndex', String(Date.now()), SAVED_AT_KEY);
    },
    flush,
    caughtUp,
  };
}

/** A stored index that cannot be read is only a lost cache: drop it and rebuild from the records. */
async function loadOrRebuild(db: IndexDb): Promise<LinkIndex> {
  try {
    return await loadOrRebuildLinkIndex(db);
  } catch (error) {
    console.warn('Agenda Lens: the saved link index was unreadable and is rebuilt', error);
    await db.delete('linkIndex', LINK_INDEX_KEY);
    return loadOrRebuildLinkIndex(db);
  }
}

/**
 * Re-adds the meetings of sources read after the index was last saved. Without a saved time the
 * index was just built from every record, so there is nothing to catch up.
 */
async function catchUp(db: IndexDb, index: LinkIndex): Promise<void> {
  const savedAt = await db.get('linkIndex', SAVED_AT_KEY);
  if (savedAt === undefined) {
    await db.put('linkIndex', String(Date.now()), SAVED_AT_KEY);
    return;
  }
  const sources = await db.getAllFromIndex(
    'sources',
    'byReadAt',
    IDBKeyRange.lowerBound(Number(savedAt), true),
  );
  const keys = new Set(
    sources.flatMap((source) => source.meetingIds.map((id) => id.slice(0, id.lastIndexOf('|')))),
  );
  for (const key of keys) addRecords(index, await getMeeting(db, key));
}
