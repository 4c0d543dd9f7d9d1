import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { createStores } from './001-create-stores';
import { addLookupIndexes } from './002-lookup-indexes';

export type Migration = (
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
) => void;

/** MIGRATIONS[n - 1] takes the database from version n - 1 to n. Append only; never edit one. */
export const MIGRATIONS: Migration[] = [createStores, addLookupIndexes];

export const NOTES_DB_VERSION = MIGRATIONS.length;
