import type { IDBPDatabase } from 'idb';

/** Version 1: records split into meetings, items, decisions and actions; sources; the link index. */
export function createStores(db: IDBPDatabase<unknown>): void {
  db.createObjectStore('meetings', { keyPath: 'id' }).createIndex('byKey', 'key');
  db.createObjectStore('items', { keyPath: 'id' }).createIndex('byMeeting', 'meetingId');
  db.createObjectStore('decisions', { keyPath: 'id' }).createIndex('byMeeting', 'meetingId');
  const actions = db.createObjectStore('actions', { keyPath: 'id' });
  actions.createIndex('byMeeting', 'meetingId');
  actions.createIndex('byActionId', 'actionId');
  db.createObjectStore('sources', { keyPath: 'url' });
  db.createObjectStore('linkIndex');
}
