import { z } from 'zod';
import { HlcSchema, type AnyEntity, type DeletedField, type Hlc } from '../model/notes';
import { compareHlc, decodeHlc, encodeHlc, maxHlc } from './hlc';
import { isDeleted } from './merge';
import { describeZodError, type Decoded } from './codec';

/**
 * The device registry in storage.sync: one item a device ("d:NODE"), saying what it is called and
 * the latest stamp it has merged from each device. A tombstone can be forgotten once every known
 * device has seen its deleting device's stamps up to the deletion (collectableTombstones).
 * A device that never comes back holds collection up; that costs bytes, never data.
 */
export const DEVICE_PREFIX = 'd';

export interface DeviceEntry {
  node: string;
  label: string;
  /** Per origin device, the latest stamp this device has merged (its own edits included). */
  seen: Record<string, Hlc>;
  lastSync: number;
}

export function deviceKey(node: string): string {
  return `${DEVICE_PREFIX}:${node}`;
}

export function encodeDevice(entry: DeviceEntry): Record<string, unknown> {
  const seen = Object.fromEntries(Object.entries(entry.seen).map(([node, hlc]) => [node, encodeHlc(hlc)]));
  return { l: entry.label, s: seen, a: entry.lastSync };
}

const DeviceSchema = z.object({
  node: z.string().regex(/^[a-z0-9]{1,16}$/),
  label: z.string().max(100),
  seen: z.record(z.string(), HlcSchema),
  lastSync: z.number(),
});

export function decodeDevice(node: string, value: unknown): Decoded<DeviceEntry> {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as {
    l?: unknown;
    s?: unknown;
    a?: unknown;
  };
  const seen =
    typeof raw.s === 'object' && raw.s !== null
      ? Object.fromEntries(Object.entries(raw.s).map(([origin, text]) => [origin, decodeHlc(text) ?? text]))
      : raw.s;
  const parsed = DeviceSchema.safeParse({ node, label: raw.l, seen, lastSync: raw.a });
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: describeZodError(parsed.error) };
}

/** `seen` advanced by every field stamp of `entities`. */
export function advanceSeen(seen: Record<string, Hlc>, entities: AnyEntity[]): Record<string, Hlc> {
  const next = { ...seen };
  for (const entity of entities) {
    for (const field of Object.values(entity.fields as Record<string, { t: Hlc } | undefined>)) {
      if (!field) continue;
      const known = next[field.t.node];
      next[field.t.node] = known ? maxHlc(known, field.t) : field.t;
    }
  }
  return next;
}

/** Ids of deleted entities every known device has seen the deletion of. */
export function collectableTombstones(entities: AnyEntity[], devices: DeviceEntry[]): string[] {
  if (devices.length === 0) return [];
  return entities
    .filter((entity) => isDeleted(entity))
    .filter((entity) => {
      const stamp = (entity.fields as { deleted: DeletedField }).deleted.t;
      return devices.every((device) => {
        const seen = device.seen[stamp.node];
        return seen !== undefined && compareHlc(seen, stamp) >= 0;
      });
    })
    .map((entity) => entity.id);
}
