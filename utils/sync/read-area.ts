import { ENTITY_KINDS, type AnyEntity, type EntityKind, type EntityPrefix } from '../model/notes';
import { reassemble } from './chunk';
import { decodeEntity } from './codec';
import { DEVICE_PREFIX, decodeDevice, type DeviceEntry } from './registry';

/**
 * Reads everything in storage.sync into entities and devices, never throwing: a value that is
 * corrupt or foreign goes to `bad` (to be quarantined), an entity whose chunks do not match yet
 * goes to `unreadable` (left alone: the rest of a write may still be arriving).
 */
export interface AreaContents {
  entities: { kind: EntityKind; entity: AnyEntity }[];
  devices: DeviceEntry[];
  bad: { key: string; value: unknown; reason: string }[];
  unreadable: { key: string; reason: string }[];
}

const KEY = /^([nfhd]):([A-Za-z0-9_-]{1,40})(?::(\d{1,4}))?$/;

export function readSyncArea(stored: Record<string, unknown>): AreaContents {
  const contents: AreaContents = { entities: [], devices: [], bad: [], unreadable: [] };
  for (const [key, value] of Object.entries(stored)) {
    const match = KEY.exec(key);
    if (!match) {
      contents.bad.push({ key, value, reason: 'not a key Agenda Lens writes' });
      continue;
    }
    const [, prefix, id, chunk] = match as unknown as [string, string, string, string | undefined];
    if (chunk !== undefined) continue; // read with its manifest
    if (prefix === DEVICE_PREFIX) {
      const device = decodeDevice(id, value);
      if (device.ok) contents.devices.push(device.value);
      else contents.bad.push({ key, value, reason: `device entry: ${device.error}` });
      continue;
    }
    const joined = reassemble(key, stored);
    if (!joined.ok) {
      contents.unreadable.push({ key, reason: joined.error });
      continue;
    }
    const kind = ENTITY_KINDS[prefix as EntityPrefix];
    const decoded = decodeEntity(kind, id, joined.value);
    if (decoded.ok) contents.entities.push({ kind, entity: decoded.value });
    else contents.bad.push({ key, value: joined.value, reason: decoded.error });
  }
  return contents;
}
