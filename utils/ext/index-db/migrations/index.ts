import type { Migration } from '../../notes-db/migrations';
import { createStores } from './001-initial';
import { addCommitteeKey } from './002-committee-key';

export type { Migration };

/** MIGRATIONS[n - 1] takes the database from version n - 1 to n. Append only; never edit one. */
export const MIGRATIONS: Migration[] = [createStores, addCommitteeKey];

export const INDEX_DB_VERSION = MIGRATIONS.length;
