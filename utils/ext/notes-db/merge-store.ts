import type { AnyEntity, EntityKind, Hlc } from '../../model/notes';
import { encodeHlc, initialHlc, receive } from '../../sync/hlc';
import { entityStamp, mergeEntity, sameEntity, type DeviceNamer } from '../../sync/merge';
import type { NotesDb } from './open';
import { ENTITY_STORES, type MetaValues } from './schema';
import { entityKey } from './store';

/**
 * Merges entities from elsewhere (another device through sync, or a backup) into the database,
 * reading and writing the local copy in the same transaction, so a user edit made meanwhile is
 * merged too, never overwritten. The clock moves past every stamp seen.
 */
export interface Incoming {
  kind: EntityKind;
  entity: AnyEntity;
}

export interface MergeOptions {
  deviceName: DeviceNamer;
  /**
   * From sync: queue a push when the merged entity differs from the incoming one (the others
   * need what only this device had). From a backup: when it differs from the local copy.
   */
  queueWhen: 'differs-from-incoming' | 'changed-locally';
}

export interface MergeOutcome {
  /** Entities whose local copy changed. */
  changed: Incoming[];
  /** Entity keys queued for a push. */
  queued: string[];
}

export async function mergeIntoDb(
  db: NotesDb,
  incoming: Incoming[],
  now: number,
  options: MergeOptions,
): Promise<MergeOutcome> {
  const outcome: MergeOutcome = { changed: [], queued: [] };
  if (incoming.length === 0) return outcome;
  const tx = db.transaction(['notes', 'followUps', 'highlights', 'outbox', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  const device = (await meta.get('device')) as MetaValues['device'] | undefined;
  let clock = ((await meta.get('clock')) as Hlc | undefined) ?? initialHlc(device?.node ?? 'local');
  for (const { kind, entity } of incoming) {
    const store = tx.objectStore(ENTITY_STORES[kind]);
    const local = (await store.get(entity.id)) as AnyEntity | undefined;
    const merged = local ? mergeEntity(local, entity, options.deviceName) : entity;
    clock = receive(clock, entityStamp(entity), now);
    const changedLocally = !local || !sameEntity(local, merged);
    if (changedLocally) {
      await store.put(merged as never);
      outcome.changed.push({ kind, entity: merged });
    }
    const queue = options.queueWhen === 'changed-locally' ? changedLocally : !sameEntity(entity, merged);
    if (queue) {
      const key = entityKey(kind, entity.id);
      await tx.objectStore('outbox').put({ key, stamp: encodeHlc(entityStamp(merged)), queuedAt: now });
      outcome.queued.push(key);
    }
  }
  await meta.put(clock, 'clock');
  await tx.done;
  return outcome;
}
