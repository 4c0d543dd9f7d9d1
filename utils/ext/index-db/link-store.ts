import { addRecords, createLinkIndex, loadLinkIndex, serialiseLinkIndex, type LinkIndex } from '../../link';
import type { IndexDb } from './open';
import { readAllRecords, readLinkIndex } from './read';
import { saveLinkIndex } from './write';

/**
 * The link index across service-worker restarts: loaded from its stored form on a cold start;
 * rebuilt from the stored records (and stored again) when there is none or it is of an older
 * version, since the records are the truth and the link index only a cache of them.
 */
export async function loadOrRebuildLinkIndex(db: IndexDb): Promise<LinkIndex> {
  const stored = await readLinkIndex(db);
  const loaded = stored ? loadLinkIndex(stored) : null;
  if (loaded) return loaded;
  const index = createLinkIndex();
  addRecords(index, await readAllRecords(db));
  await persistLinkIndex(db, index);
  return index;
}

/** Stores the link index after records were added (the caller may batch several reads first). */
export async function persistLinkIndex(db: IndexDb, index: LinkIndex): Promise<void> {
  await saveLinkIndex(db, serialiseLinkIndex(index));
}
