import type { IDBPDatabase, IDBPTransaction } from 'idb';

/**
 * Version 3: sources indexed by when they were read, so a cold service worker catches its link
 * index up with the few sources read since it was saved without reading thousands of others
 * while it answers its first query.
 */
export function indexSourcesByReadAt(
  _db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
): void {
  tx.objectStore('sources').createIndex('byReadAt', 'readAt');
}
