import { ENTITY_KINDS, type EntityPrefix } from '../model/notes';
import { entityKeyOf, itemBytes } from './chunk';
import { SYNC_LIMITS, type SyncLimits } from './limits';

/**
 * The quota planner: given what storage.sync holds and what waits to be written, decide what to
 * write in one set() and one remove() (two write operations, whatever the number of items) so
 * the area stays within its byte and item limits. Whatever does not fit stays local, listed with
 * the reason; it is tried again on the next push, so nothing is dropped.
 */
export interface PendingWrite {
  /** "n:ID", "f:ID", "h:ID" or "d:NODE". */
  key: string;
  /** What toSyncItems gave for the entity: one item, or a manifest and its chunks. */
  items: Record<string, unknown>;
}

export type NotSyncedReason = 'quota-bytes' | 'max-items';

export interface NotSynced {
  key: string;
  reason: NotSyncedReason;
  bytes: number;
}

export interface SyncPlan {
  set: Record<string, unknown>;
  remove: string[];
  /** Entity keys whose current version will be in storage.sync once the plan is applied. */
  written: string[];
  notSynced: NotSynced[];
  bytesInUse: number;
  itemsInUse: number;
}

export interface PlanInput {
  stored: Record<string, unknown>;
  /** In priority order: what comes first is written first when space is short. */
  writes: PendingWrite[];
  /** Entity keys to remove with all their chunks (collected tombstones). */
  removes?: string[];
  limits?: SyncLimits;
}

export function planSyncWrite({ stored, writes, removes = [], limits = SYNC_LIMITS }: PlanInput): SyncPlan {
  const sizes = new Map(Object.entries(stored).map(([key, value]) => [key, itemBytes(key, value)]));
  const keysOf = (entityKey: string) => [...sizes.keys()].filter((key) => entityKeyOf(key) === entityKey);
  const total = () => [...sizes.values()].reduce((sum, size) => sum + size, 0);
  const plan: SyncPlan = { set: {}, remove: [], written: [], notSynced: [], bytesInUse: 0, itemsInUse: 0 };

  for (const entityKey of removes) {
    for (const key of keysOf(entityKey)) {
      sizes.delete(key);
      plan.remove.push(key);
    }
  }
  for (const write of writes) {
    const oldKeys = keysOf(write.key);
    const unchanged =
      oldKeys.length === Object.keys(write.items).length &&
      Object.entries(write.items).every(
        ([key, value]) => JSON.stringify(stored[key]) === JSON.stringify(value),
      );
    if (unchanged) {
      plan.written.push(write.key);
      continue;
    }
    const newSizes = Object.entries(write.items).map(([key, value]) => [key, itemBytes(key, value)] as const);
    const oldBytes = oldKeys.reduce((sum, key) => sum + (sizes.get(key) ?? 0), 0);
    const newBytes = newSizes.reduce((sum, [, size]) => sum + size, 0);
    const bytesAfter = total() - oldBytes + newBytes;
    const itemsAfter = sizes.size - oldKeys.length + newSizes.length;
    if (bytesAfter > limits.QUOTA_BYTES || itemsAfter > limits.MAX_ITEMS) {
      const reason = bytesAfter > limits.QUOTA_BYTES ? 'quota-bytes' : 'max-items';
      plan.notSynced.push({ key: write.key, reason, bytes: newBytes });
      continue;
    }
    for (const key of oldKeys) sizes.delete(key);
    for (const [key, size] of newSizes) sizes.set(key, size);
    Object.assign(plan.set, write.items);
    plan.remove.push(...oldKeys.filter((key) => !(key in write.items)));
    plan.written.push(write.key);
  }
  plan.bytesInUse = total();
  plan.itemsInUse = sizes.size;
  return plan;
}

const NOUNS: Record<EntityPrefix, [string, string]> = {
  n: ['note', 'notes'],
  f: ['follow-up', 'follow-ups'],
  h: ['highlight', 'highlights'],
};

/** Plain sentences for the options page: one a reason and kind of data. */
export function describeNotSynced(notSynced: NotSynced[], limits: SyncLimits = SYNC_LIMITS): string[] {
  const groups = new Map<string, number>();
  for (const entry of notSynced) {
    const prefix = entry.key.split(':')[0] as EntityPrefix;
    if (!(prefix in ENTITY_KINDS)) continue;
    const group = `${entry.reason}|${prefix}`;
    groups.set(group, (groups.get(group) ?? 0) + 1);
  }
  return [...groups].map(([group, count]) => {
    const [reason, prefix] = group.split('|') as [NotSyncedReason, EntityPrefix];
    const noun = NOUNS[prefix][count === 1 ? 0 : 1];
    const these = count === 1 ? `this ${noun} stays` : `these ${count} ${noun} stay`;
    const why =
      reason === 'quota-bytes'
        ? `Sync storage is full (${Math.round(limits.QUOTA_BYTES / 1024)} KB)`
        : `Sync storage holds at most ${limits.MAX_ITEMS} items`;
    return `${why}: ${these} on this computer only`;
  });
}
