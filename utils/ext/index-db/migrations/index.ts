import type { Migration } from '../../notes-db/migrations';
import { createStores } from './001-initial';
import { addCommitteeKey } from './002-committee-key';
import { indexSourcesByReadAt } from './003-sources-by-read-at';

export type { Migration };

/** MIGRATIONS[n - 1] takes the database from version n - 1 to n. Append only; never edit one. */
export const MIGRATIONS: Migration[] = [createStores, addCommitteeKey, indexSourcesByReadAt];

export const INDEX_DB_VERSION = MIGRATIONS.length;
