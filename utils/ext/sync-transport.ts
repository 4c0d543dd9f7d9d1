import type { AnyEntity, EntityKind } from '../model/notes';
import { toSyncItems } from '../sync/chunk';
import { encodeEntity } from '../sync/codec';
import { entityStamp, isDeleted } from '../sync/merge';
import { planSyncWrite, type PendingWrite, type SyncPlan } from '../sync/plan';
import { nextWriteTime, pruneWriteLog, writesAllowed } from '../sync/rate';
import { readSyncArea, type AreaContents } from '../sync/read-area';
import {
  advanceSeen,
  collectableTombstones,
  deviceKey,
  encodeDevice,
  type DeviceEntry,
} from '../sync/registry';
import { compareHlc } from '../sync/hlc';
import { stableStringify } from '../sync/stable-json';
import { mergeIntoDb } from './notes-db/merge-store';
import type { NotesDb } from './notes-db/open';
import { ENTITY_STORES, type SyncReport } from './notes-db/schema';
import { deviceNamer, entityKey, getMeta, quarantineEntry, readAllEntities, setMeta } from './notes-db/store';
import { classifySyncError, errorMessage, type SyncArea } from './sync-area';

/**
 * Pull and push between the notes database and storage.sync. Pull merges what other devices
 * wrote into the database; push writes the outbox within the quotas. Neither ever deletes local
 * data because of what it finds in sync storage: bad values are quarantined, torn ones skipped.
 */
const RETRY_AFTER_MS = {
  'rate-minute': 60_000,
  'rate-hour': 10 * 60_000,
  quota: 60_000,
  unavailable: 30_000,
};
/** One set() and one remove() a push. */
const OPS_PER_PUSH = 2;

export const EMPTY_REPORT: SyncReport = { bytesInUse: 0, itemsInUse: 0, notSynced: [], unreadable: [] };

export interface SyncContext {
  db: NotesDb;
  area: SyncArea;
  now: () => number;
}

export interface PullResult {
  contents: AreaContents;
  /** Entities whose local copy changed. */
  changed: number;
  /** Entity keys that now wait in the outbox. */
  queued: string[];
}

async function report(db: NotesDb): Promise<SyncReport> {
  return (await getMeta(db, 'syncReport')) ?? EMPTY_REPORT;
}

/** Merges one reading of storage.sync into the database. */
async function applyStored(ctx: SyncContext, stored: Record<string, unknown>): Promise<PullResult> {
  const { db } = ctx;
  const now = ctx.now();
  const contents = readSyncArea(stored);
  if (contents.bad.length) {
    const tx = db.transaction('quarantine', 'readwrite');
    for (const bad of contents.bad)
      await tx.store.put(quarantineEntry('sync', bad.key, bad.value, bad.reason, now));
    await tx.done;
  }
  const labels = { ...(await getMeta(db, 'deviceLabels')) };
  for (const device of contents.devices) labels[device.node] = device.label;
  await setMeta(db, 'deviceLabels', labels);
  const outcome = await mergeIntoDb(db, contents.entities, now, {
    deviceName: await deviceNamer(db),
    queueWhen: 'differs-from-incoming',
  });
  const queued = [...outcome.queued, ...(await queueMissing(ctx, contents))];
  await setMeta(db, 'syncReport', { ...(await report(db)), unreadable: contents.unreadable });
  return { contents, changed: outcome.changed.length, queued };
}

/**
 * Live local entities that sync storage does not hold and nothing is queued for (sync storage was
 * cleared, or another device collected them while this one still had an edit): queue them again.
 */
async function queueMissing(ctx: SyncContext, contents: AreaContents): Promise<string[]> {
  const remote = new Set(contents.entities.map(({ kind, entity }) => entityKey(kind, entity.id)));
  for (const unreadable of contents.unreadable) remote.add(unreadable.key);
  const pending = new Set(await ctx.db.getAllKeys('outbox'));
  const missing = (await readAllEntities(ctx.db, ctx.now()))
    .filter(({ kind, entity }) => !isDeleted(entity) && !remote.has(entityKey(kind, entity.id)))
    .map(({ kind, entity }) => entityKey(kind, entity.id))
    .filter((key) => !pending.has(key));
  if (missing.length) {
    const tx = ctx.db.transaction('outbox', 'readwrite');
    for (const key of missing) await tx.store.put({ key, stamp: 'missing', queuedAt: ctx.now() });
    await tx.done;
  }
  return missing;
}

export async function pull(ctx: SyncContext): Promise<PullResult> {
  return applyStored(ctx, await ctx.area.get(null));
}

export type PushResult =
  /** `pulled`: entities changed here by what the other browsers had written (each push reads first). */
  | { status: 'pushed'; plan: SyncPlan; pulled: number }
  | { status: 'nothing-to-push'; pulled: number }
  | { status: 'failed'; reason: string; retryAt: number };

const KIND_ORDER: EntityKind[] = ['followUp', 'highlight', 'note'];

/** The outbox as sync writes: this device's registry entry first, then follow-ups, highlights, notes, newest first. */
function pendingWrites(
  entities: { kind: EntityKind; entity: AnyEntity }[],
  outboxKeys: Set<string>,
  device: DeviceEntry,
): PendingWrite[] {
  const queued = entities
    .filter(({ kind, entity }) => outboxKeys.has(entityKey(kind, entity.id)))
    .sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        compareHlc(entityStamp(b.entity), entityStamp(a.entity)),
    );
  const deviceEntry = {
    key: deviceKey(device.node),
    items: { [deviceKey(device.node)]: encodeDevice(device) },
  };
  return [
    deviceEntry,
    ...queued.map(({ kind, entity }) => {
      const key = entityKey(kind, entity.id);
      return { key, items: toSyncItems(key, encodeEntity(kind, entity as never)) };
    }),
  ];
}

/** Pulls, then writes the outbox to storage.sync as far as the quotas and rate limits allow. */
export async function push(ctx: SyncContext): Promise<PushResult> {
  const { db, area } = ctx;
  const now = ctx.now();
  const writeLog = pruneWriteLog((await getMeta(db, 'writeLog')) ?? [], now);
  if (writesAllowed(writeLog, now) < OPS_PER_PUSH) {
    return fail(
      ctx,
      'Waiting: the browser allows only so many sync writes a minute and an hour.',
      nextWriteTime(writeLog, now, OPS_PER_PUSH),
    );
  }
  let stored: Record<string, unknown>;
  try {
    stored = await area.get(null);
  } catch (error) {
    return fail(ctx, `Sync storage cannot be read: ${errorMessage(error)}`, now + RETRY_AFTER_MS.unavailable);
  }
  const pulled = await applyStored(ctx, stored);
  const outbox = await db.getAll('outbox');
  const entities = await readAllEntities(db, now);
  const { device, acknowledged } = await thisDevice(db, entities, pulled.contents.devices, now);
  // With nothing queued, the registry entry alone is written when it has news: it is this
  // device's acknowledgement of what it has seen, which tombstone collection waits for.
  if (outbox.length === 0 && acknowledged) return { status: 'nothing-to-push', pulled: pulled.changed };
  const devices = [...pulled.contents.devices.filter((d) => d.node !== device.node), device];
  const outboxKeys = new Set(outbox.map((entry) => entry.key));
  const collectable = collectableTombstones(
    entities
      .filter(({ kind, entity }) => !outboxKeys.has(entityKey(kind, entity.id)))
      .map(({ entity }) => entity),
    devices,
  );
  const collected = entities.filter(({ entity }) => collectable.includes(entity.id));
  const plan = planSyncWrite({
    stored,
    writes: pendingWrites(entities, outboxKeys, device),
    removes: collected.map(({ kind, entity }) => entityKey(kind, entity.id)),
  });
  const calls = [
    ...(Object.keys(plan.set).length ? [() => area.set(plan.set)] : []),
    ...(plan.remove.length ? [() => area.remove(plan.remove)] : []),
  ];
  for (const call of calls) {
    writeLog.push(now);
    try {
      await call();
    } catch (error) {
      await setMeta(db, 'writeLog', writeLog);
      const failure = classifySyncError(error);
      return fail(
        ctx,
        `Sync storage refused the write: ${errorMessage(error)}`,
        now + RETRY_AFTER_MS[failure],
      );
    }
  }
  await setMeta(db, 'writeLog', writeLog);
  await settle(db, outbox, plan, collected);
  await setMeta(db, 'syncReport', {
    ...(await report(db)),
    lastSync: now,
    lastAttempt: now,
    lastError: undefined,
    retryAt: undefined,
    bytesInUse: plan.bytesInUse,
    itemsInUse: plan.itemsInUse,
    notSynced: plan.notSynced,
  });
  return { status: 'pushed', plan, pulled: pulled.changed };
}

async function thisDevice(
  db: NotesDb,
  entities: { entity: AnyEntity }[],
  known: DeviceEntry[],
  now: number,
): Promise<{ device: DeviceEntry; acknowledged: boolean }> {
  const { node, label } = (await getMeta(db, 'device'))!;
  const published = known.find((entry) => entry.node === node);
  const seen = advanceSeen(
    published?.seen ?? {},
    entities.map(({ entity }) => entity),
  );
  const acknowledged =
    published !== undefined &&
    published.label === label &&
    stableStringify(published.seen) === stableStringify(seen);
  return { device: { node, label, seen, lastSync: now }, acknowledged };
}

/** After a successful write: done outbox entries go (unless edited again meanwhile), collected tombstones go. */
async function settle(
  db: NotesDb,
  outbox: { key: string; stamp: string }[],
  plan: SyncPlan,
  collected: { kind: EntityKind; entity: AnyEntity }[],
): Promise<void> {
  const written = new Set(plan.written);
  const tx = db.transaction(['outbox', 'notes', 'followUps', 'highlights'], 'readwrite');
  for (const entry of outbox) {
    if (!written.has(entry.key)) continue;
    const current = await tx.objectStore('outbox').get(entry.key);
    if (current?.stamp === entry.stamp) await tx.objectStore('outbox').delete(entry.key);
  }
  for (const { kind, entity } of collected) await tx.objectStore(ENTITY_STORES[kind]).delete(entity.id);
  await tx.done;
}

async function fail(ctx: SyncContext, reason: string, retryAt: number): Promise<PushResult> {
  const now = ctx.now();
  await setMeta(ctx.db, 'syncReport', {
    ...(await report(ctx.db)),
    lastAttempt: now,
    lastError: reason,
    retryAt,
  });
  return { status: 'failed', reason, retryAt };
}
