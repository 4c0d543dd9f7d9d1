import { browser } from 'wxt/browser';
import type { SyncArea } from '../sync-area';
import { openNotesDb } from './open';
import { createNotesService, type NotesService, type NotesServiceOptions } from './service';

/** The notes service as the background runs it: the real database, storage.sync and wall clock. */
export async function startBrowserNotesService(options: NotesServiceOptions = {}): Promise<NotesService> {
  const area: SyncArea = browser.storage.sync;
  const service = await createNotesService(await openNotesDb(), area, () => Date.now(), options);
  // A failed first sync leaves everything local and is recorded in the sync state; say why here too.
  service.start().catch((error: unknown) => console.error('Agenda Lens: first sync failed', error));
  return service;
}
