import { openDB, type IDBPDatabase } from 'idb';
import { INDEX_DB_VERSION, MIGRATIONS, type Migration } from './migrations';
import { INDEX_DB_NAME, type IndexDbSchema } from './schema';

export type IndexDb = IDBPDatabase<IndexDbSchema>;

/** Opens (and migrates step by step) the index database; `version` lets tests stop at an older shape. */
export function openIndexDb(name = INDEX_DB_NAME, version = INDEX_DB_VERSION): Promise<IndexDb> {
  return openDB<IndexDbSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      const untypedDb = db as unknown as IDBPDatabase<unknown>;
      const untypedTx = tx as unknown as Parameters<Migration>[1];
      for (let step = oldVersion; step < (newVersion ?? version); step++)
        MIGRATIONS[step]!(untypedDb, untypedTx);
    },
  });
}
