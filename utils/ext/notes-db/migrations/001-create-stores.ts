import type { IDBPDatabase } from 'idb';

/** Version 1: the entity stores keyed by id, the outbox by entity key, quarantine, meta. */
export function createStores(db: IDBPDatabase<unknown>): void {
  db.createObjectStore('notes', { keyPath: 'id' });
  db.createObjectStore('followUps', { keyPath: 'id' });
  db.createObjectStore('highlights', { keyPath: 'id' });
  db.createObjectStore('outbox', { keyPath: 'key' });
  db.createObjectStore('quarantine', { keyPath: 'id' });
  db.createObjectStore('meta');
}
