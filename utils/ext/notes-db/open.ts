import { openDB, type IDBPDatabase } from 'idb';
import { MIGRATIONS, NOTES_DB_VERSION } from './migrations';
import { NOTES_DB_NAME, type NotesDbSchema } from './schema';

export type NotesDb = IDBPDatabase<NotesDbSchema>;

/** Opens (and migrates step by step) the notes database; `version` lets tests stop at an older shape. */
export function openNotesDb(name = NOTES_DB_NAME, version = NOTES_DB_VERSION): Promise<NotesDb> {
  return openDB<NotesDbSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      const untypedDb = db as unknown as IDBPDatabase<unknown>;
      const untypedTx = tx as unknown as Parameters<(typeof MIGRATIONS)[number]>[1];
      for (let step = oldVersion; step < (newVersion ?? version); step++)
        MIGRATIONS[step]!(untypedDb, untypedTx);
    },
  });
}
