import { addRecords, createLinkIndex, loadLinkIndex, serialiseLinkIndex, type LinkIndex } from '../link';
import { getMeeting, readAllRecords, readLinkIndex, saveLinkIndex, type IndexDb } from './index-db';

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
}

export async function openLinkIndexStore(db: IndexDb): Promise<LinkIndexStore> {
  let index = (await loadSaved(db)) ?? (await buildFrom(db));
  await catchUp(db, index);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = async () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const savedAt = Date.now();
    await saveLinkIndex(db, serialiseLinkIndex(index));
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
      index = await buildFrom(db);
      await flush();
    },
    flush,
  };
}

async function loadSaved(db: IndexDb): Promise<LinkIndex | null> {
  const json = await readLinkIndex(db);
  if (!json) return null;
  try {
    return loadLinkIndex(json);
  } catch (error) {
    // A corrupt saved index is only a cache: rebuild it from the records.
    console.warn('Agenda Lens: the saved link index was unreadable and is rebuilt', error);
    return null;
  }
}

async function buildFrom(db: IndexDb): Promise<LinkIndex> {
  const index = createLinkIndex();
  addRecords(index, await readAllRecords(db));
  return index;
}

/** Re-adds the meetings of sources read after the index was last saved. */
async function catchUp(db: IndexDb, index: LinkIndex): Promise<void> {
  const savedAt = Number((await db.get('linkIndex', SAVED_AT_KEY)) ?? 0);
  const sources = (await db.getAll('sources')).filter((source) => source.readAt > savedAt);
  const keys = new Set(
    sources.flatMap((source) => source.meetingIds.map((id) => id.slice(0, id.lastIndexOf('|')))),
  );
  for (const key of keys) addRecords(index, await getMeeting(db, key));
}
