import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBrowserNotesService } from '../../../utils/ext/notes-db/browser';
import { noteInput } from '../sync/entities';

it('runs on the browser’s storage.sync and writes the note there', async () => {
  fakeBrowser.reset();
  const notes = await startBrowserNotesService({ deviceLabel: 'Chrome on Linux', debounceMs: 3_600_000 });
  await notes.saveNote(noteInput('n1', 'Through the real API shape'));
  // The first sync (started in the background) or this one carries it up.
  expect((await notes.syncNow()).status).not.toBe('failed');
  expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toContain('n:n1');
  notes.stop();
});
