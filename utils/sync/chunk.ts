import { shortHash } from '../model/keys';
import { SYNC_LIMITS } from './limits';

/**
 * Splitting one entity across storage.sync items when its encoding is over the per-item limit
 * (8,192 bytes, counted as Chrome does: the key plus the JSON of the value, in UTF-8 bytes).
 *
 *   "n:ID"    → the value itself, or a manifest { "#": chunk count, "h": hash, "n": length }
 *   "n:ID:0…" → the JSON text of the value, cut into strings
 *
 * The manifest's hash and length catch a torn write (chunks from two versions, or one missing):
 * such an entity is reported and skipped, and the local copy is left as it is.
 */
const encoder = new TextEncoder();

export function byteLength(text: string): number {
  return encoder.encode(text).length;
}

export function itemBytes(key: string, value: unknown): number {
  return byteLength(key) + byteLength(JSON.stringify(value));
}

export function chunkKey(entityKey: string, index: number): string {
  return `${entityKey}:${index}`;
}

/** The entity key a storage key belongs to ("n:ID:3" → "n:ID"). */
export function entityKeyOf(storageKey: string): string {
  const parts = storageKey.split(':');
  return parts.slice(0, 2).join(':');
}

interface Manifest {
  '#': number;
  h: string;
  n: number;
}

export function isManifest(value: unknown): value is Manifest {
  const v = value as Partial<Manifest> | null;
  return typeof v === 'object' && v !== null && typeof v['#'] === 'number' && typeof v.h === 'string';
}

/** Items that store `value` under `entityKey`: one item when it fits, else a manifest and chunks. */
export function toSyncItems(
  entityKey: string,
  value: unknown,
  perItem = SYNC_LIMITS.QUOTA_BYTES_PER_ITEM,
): Record<string, unknown> {
  if (itemBytes(entityKey, value) <= perItem) return { [entityKey]: value };
  const text = JSON.stringify(value);
  const chunks = cutText(text, perItem - byteLength(chunkKey(entityKey, 999)));
  const items: Record<string, unknown> = {
    [entityKey]: { '#': chunks.length, h: shortHash(text), n: text.length } satisfies Manifest,
  };
  chunks.forEach((chunk, index) => (items[chunkKey(entityKey, index)] = chunk));
  return items;
}

/** Cuts text into pieces whose JSON string form (quotes and escapes included) fits `budget` bytes. */
function cutText(text: string, budget: number): string[] {
  const chunks: string[] = [];
  let current = '';
  let size = 2; // the two quotes around a JSON string
  for (const char of text) {
    const cost = byteLength(JSON.stringify(char)) - 2;
    if (size + cost > budget) {
      chunks.push(current);
      current = '';
      size = 2;
    }
    current += char;
    size += cost;
  }
  chunks.push(current);
  return chunks;
}

export type Reassembled = { ok: true; value: unknown } | { ok: false; error: string };

/** The value stored under `entityKey`, joined from its chunks and checked. */
export function reassemble(entityKey: string, items: Record<string, unknown>): Reassembled {
  const head = items[entityKey];
  if (!isManifest(head)) return { ok: true, value: head };
  const pieces: string[] = [];
  for (let index = 0; index < head['#']; index++) {
    const piece = items[chunkKey(entityKey, index)];
    if (typeof piece !== 'string')
      return { ok: false, error: `chunk ${index + 1} of ${head['#']} is missing` };
    pieces.push(piece);
  }
  const text = pieces.join('');
  if (text.length !== head.n || shortHash(text) !== head.h) {
    return { ok: false, error: 'its chunks do not match (a write was torn or is still arriving)' };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, error: 'its chunks do not join into valid JSON' };
  }
}
