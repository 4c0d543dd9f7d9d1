import type { AnyEntity, DeletedField, Hlc, TextField } from '../model/notes';
import { compareHlc, maxHlc } from './hlc';
import { stableStringify } from './stable-json';
import { compareVersions, containsVersion, joinVersions } from './version-vector';

/**
 * Per-field merge of two replicas of one note, follow-up or highlight.
 *
 * - Plain fields (status, due, owner): the later HLC stamp wins.
 * - Text: when one side's edits contain the other's, it wins. When both sides edited since they
 *   last agreed (concurrent version vectors), BOTH versions are kept in the text, the later one
 *   first, then a separator line naming the other device and time, then the other version. The
 *   user sees the conflict in the note itself and resolves it by editing; every device computes
 *   the same merged text, so replicas converge. See CONFLICT_SEPARATOR.
 * - Deletion is a tombstone field; the entity stays deleted only while the deleting device had
 *   seen every text edit (see isDeleted), so an edit concurrent with a delete is never lost.
 *
 * The merge is commutative: merging a into b or b into a gives the same entity.
 */

/** Turns a device's node id into a name for the conflict separator ("Chrome on Windows"). */
export type DeviceNamer = (node: string) => string;

export function conflictSeparator(device: string, at: Hlc): string {
  const when = new Date(at.wall).toISOString().slice(0, 16).replace('T', ' ');
  return `\n\n——— Conflicting edit from ${device} at ${when} UTC ———\n`;
}

/** A deterministic winner between two values that claim the same history (should not differ). */
function pickStable<T extends { t: Hlc }>(a: T, b: T): T {
  const byStamp = compareHlc(a.t, b.t);
  if (byStamp !== 0) return byStamp > 0 ? a : b;
  return stableStringify(a) >= stableStringify(b) ? a : b;
}

export function mergeText(a: TextField, b: TextField, deviceName: DeviceNamer): TextField {
  const relation = compareVersions(a.vv, b.vv);
  if (relation === 'after') return a;
  if (relation === 'before') return b;
  if (relation === 'equal') return pickStable(a, b);
  if (a.v === b.v) return { v: a.v, t: maxHlc(a.t, b.t), vv: joinVersions(a.vv, b.vv) };
  const [later, earlier] = compareHlc(a.t, b.t) >= 0 ? [a, b] : [b, a];
  return {
    v: `${later.v}${conflictSeparator(deviceName(earlier.t.node), earlier.t)}${earlier.v}`,
    t: later.t,
    vv: joinVersions(a.vv, b.vv),
  };
}

export function mergeDeleted(a: DeletedField, b: DeletedField): DeletedField {
  // Two deletions: the tombstone covers every edit either deleting device had seen.
  if (a.v && b.v) return { v: true, t: maxHlc(a.t, b.t), seen: joinVersions(a.seen, b.seen) };
  return pickStable(a, b);
}

type FieldState = { v?: unknown; t: Hlc; vv?: unknown; seen?: unknown };

function mergeFieldState(name: string, a: FieldState, b: FieldState, deviceName: DeviceNamer): FieldState {
  if (name === 'deleted') return mergeDeleted(a as DeletedField, b as DeletedField);
  if ('vv' in a && 'vv' in b) return mergeText(a as TextField, b as TextField, deviceName);
  return pickStable(a, b);
}

/** Merges two replicas of the same entity (same id and kind). */
export function mergeEntity<E extends AnyEntity>(a: E, b: E, deviceName: DeviceNamer): E {
  const aFields = a.fields as Record<string, FieldState | undefined>;
  const bFields = b.fields as Record<string, FieldState | undefined>;
  const fields: Record<string, FieldState> = {};
  for (const name of new Set([...Object.keys(aFields), ...Object.keys(bFields)])) {
    const x = aFields[name];
    const y = bFields[name];
    const merged = x && y ? mergeFieldState(name, x, y, deviceName) : (x ?? y);
    if (merged) fields[name] = merged;
  }
  // Everything outside `fields` is fixed at creation, so either side's copy will do.
  const base = compareHlc(entityStamp(a), entityStamp(b)) >= 0 ? a : b;
  return { ...base, fields } as E;
}

/** The latest stamp of any field: when the entity last changed. */
export function entityStamp(entity: AnyEntity): Hlc {
  const stamps = Object.values(entity.fields as Record<string, FieldState | undefined>)
    .filter((field): field is FieldState => field !== undefined)
    .map((field) => field.t);
  return stamps.reduce(maxHlc, { wall: 0, counter: 0, node: '0' });
}

/** Deleted, and no text edit happened that the deleting device had not seen. */
export function isDeleted(entity: AnyEntity): boolean {
  const fields = entity.fields as { deleted?: DeletedField; text?: TextField };
  const deleted = fields.deleted;
  if (!deleted?.v) return false;
  return fields.text ? containsVersion(deleted.seen, fields.text.vv) : true;
}

export function sameEntity(a: AnyEntity, b: AnyEntity): boolean {
  return stableStringify(a) === stableStringify(b);
}
