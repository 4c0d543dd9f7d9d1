import { shortHash } from '../../model/keys';
import { ENTITY_SCHEMAS, type AnyEntity, type EntityKind, type EntityOf, type Hlc } from '../../model/notes';
import { describeZodError } from '../../sync/codec';
import { encodeHlc, initialHlc, tick } from '../../sync/hlc';
import type { NotesDb } from './open';
import { ENTITY_STORES, type MetaValues, type QuarantineEntry } from './schema';

/**
 * Low-level reads and writes of the notes database. Every user write goes through stampedWrite:
 * one transaction stamps the edit with the clock, stores the entity and queues it in the
 * outbox, so a service worker stopped at any point leaves either all of it or none of it.
 */
export const ENTITY_PREFIX: Record<EntityKind, string> = { note: 'n', followUp: 'f', highlight: 'h' };

export function entityKey(kind: EntityKind, id: string): string {
  return `${ENTITY_PREFIX[kind]}:${id}`;
}

export async function getMeta<K extends keyof MetaValues>(
  db: NotesDb,
  key: K,
): Promise<MetaValues[K] | undefined> {
  return (await db.get('meta', key)) as MetaValues[K] | undefined;
}

export async function setMeta<K extends keyof MetaValues>(
  db: NotesDb,
  key: K,
  value: MetaValues[K],
): Promise<void> {
  await db.put('meta', value, key);
}

function randomId(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return [...bytes].map((byte) => (byte % 36).toString(36)).join('');
}

/** A fresh id for a note, follow-up or highlight. */
export function newEntityId(): string {
  return randomId(12);
}

/** This browser's node id for the clock and the device registry, made once. */
export async function ensureDevice(db: NotesDb, label: string): Promise<MetaValues['device']> {
  const tx = db.transaction('meta', 'readwrite');
  const known = (await tx.store.get('device')) as MetaValues['device'] | undefined;
  const device = known ?? { node: randomId(8), label };
  if (!known) await tx.store.put(device, 'device');
  if (known && known.label !== label) await tx.store.put({ ...known, label }, 'device');
  await tx.done;
  return { ...device, label };
}

/**
 * Stamps and stores one user edit and queues it for sync, all in one transaction. `build` gets
 * the stored entity (if any) and a fresh stamp, and returns the new entity, or undefined to
 * leave things as they are.
 */
export async function stampedWrite<K extends EntityKind>(
  db: NotesDb,
  kind: K,
  id: string,
  now: number,
  build: (existing: EntityOf<K> | undefined, stamp: Hlc) => EntityOf<K> | undefined,
): Promise<EntityOf<K> | undefined> {
  const storeName = ENTITY_STORES[kind];
  const tx = db.transaction([storeName, 'outbox', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  const device = (await meta.get('device')) as MetaValues['device'] | undefined;
  if (!device) throw new Error('The notes database has no device id yet (call ensureDevice first).');
  const clock = ((await meta.get('clock')) as Hlc | undefined) ?? initialHlc(device.node);
  const stamp = tick(clock, now);
  const existing = (await tx.objectStore(storeName).get(id)) as EntityOf<K> | undefined;
  const entity = build(existing, stamp);
  // Refuse a bad write here, where the caller hears of it, rather than quarantining it on read.
  const invalid = entity && ENTITY_SCHEMAS[kind].safeParse(entity).error;
  if (invalid) {
    await tx.done; // nothing was written in it
    throw new Error(`Not saved: ${describeZodError(invalid)}`);
  }
  if (entity) {
    await tx.objectStore(storeName).put(entity as never);
    await tx.objectStore('outbox').put({ key: entityKey(kind, id), stamp: encodeHlc(stamp), queuedAt: now });
    await meta.put(stamp, 'clock');
  }
  await tx.done;
  return entity;
}

export function quarantineEntry(
  source: QuarantineEntry['source'],
  key: string,
  value: unknown,
  reason: string,
  at: number,
): QuarantineEntry {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return { id: `${source}|${key}|${shortHash(text)}`, source, key, value, reason, at };
}

/**
 * The valid entities among stored values. A value that fails its schema (hand-edited, written by
 * a newer version, damaged) is moved to quarantine with the reason rather than crashing a list.
 */
export async function validEntities<K extends EntityKind>(
  db: NotesDb,
  kind: K,
  values: unknown[],
  now: number,
): Promise<EntityOf<K>[]> {
  const valid: EntityOf<K>[] = [];
  const bad: QuarantineEntry[] = [];
  for (const value of values) {
    const parsed = ENTITY_SCHEMAS[kind].safeParse(value);
    if (parsed.success) valid.push(parsed.data as EntityOf<K>);
    else {
      const id = String((value as { id?: unknown } | null)?.id ?? '?');
      bad.push(quarantineEntry('idb', entityKey(kind, id), value, describeZodError(parsed.error), now));
    }
  }
  if (bad.length) await moveToQuarantine(db, kind, bad);
  return valid;
}

async function moveToQuarantine(db: NotesDb, kind: EntityKind, entries: QuarantineEntry[]): Promise<void> {
  const storeName = ENTITY_STORES[kind];
  const tx = db.transaction([storeName, 'quarantine'], 'readwrite');
  for (const entry of entries) {
    await tx.objectStore('quarantine').put(entry);
    const id = entry.key.slice(2);
    if (id !== '?') await tx.objectStore(storeName).delete(id);
  }
  await tx.done;
}

export async function allEntities<K extends EntityKind>(
  db: NotesDb,
  kind: K,
  now: number,
): Promise<EntityOf<K>[]> {
  return validEntities(db, kind, await db.getAll(ENTITY_STORES[kind]), now);
}

/** Every note, follow-up and highlight with its kind, tombstones included. */
export async function readAllEntities(
  db: NotesDb,
  now: number,
): Promise<{ kind: EntityKind; entity: AnyEntity }[]> {
  const kinds: EntityKind[] = ['note', 'followUp', 'highlight'];
  const lists = await Promise.all(
    kinds.map(async (kind) => ({ kind, entities: await allEntities(db, kind, now) })),
  );
  return lists.flatMap(({ kind, entities }) =>
    entities.map((entity) => ({ kind, entity: entity as AnyEntity })),
  );
}

/** Names devices for the conflict separator from the registry as last read ("another device" when unknown). */
export async function deviceNamer(db: NotesDb): Promise<(node: string) => string> {
  const labels = (await getMeta(db, 'deviceLabels')) ?? {};
  const self = await getMeta(db, 'device');
  if (self) labels[self.node] = self.label;
  return (node) => labels[node] ?? `another device (${node})`;
}
