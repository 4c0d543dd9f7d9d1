import { meetingKey } from '../model/keys';
import { ENTITY_SCHEMAS, type EntityKind, type EntityOf, type Hlc, type MeetingLabel } from '../model/notes';
import { decodeHlc, encodeHlc } from './hlc';

/**
 * Compact encoding of an entity for storage.sync, where every byte counts against 100 KB: one-
 * or two-letter keys, HLC stamps as short strings, the id left out (the storage key carries it).
 * Decoding validates with the model's zod schema, so a corrupt or foreign value is refused with
 * the reason, never half-read.
 */
type Dictionary = Record<string, string>;

const ENTITY_KEYS: Dictionary = {
  schemaVersion: '_',
  target: 'g',
  label: 'l',
  createdAt: 'a',
  fields: 'f',
  actionId: 'A',
  committeeKey: 'q',
  meetingKey: 'm',
  itemNumber: 'i',
  url: 'u',
  highlightId: 'H',
  kind: 'k',
  selectors: 's',
  quote: 'Q',
};
const TARGET_KEYS: Dictionary = { kind: 'k', meetingKey: 'm', itemNumber: 'i', highlightId: 'h' };
const LABEL_KEYS: Dictionary = { council: 'c', committee: 'o', date: 'd', itemTitle: 'e' };
const FIELD_KEYS: Dictionary = { text: 'x', deleted: 'z', status: 's', due: 'u', owner: 'w' };
const STATE_KEYS: Dictionary = { v: 'v', t: 't', vv: 'r', seen: 'e' };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Renames the keys of one level; `inner` rewrites the values of particular (long-named) keys. */
function rename(
  value: unknown,
  dict: Dictionary,
  inner: Record<string, (v: unknown) => unknown> = {},
): unknown {
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [key, child] of Object.entries(value)) {
    const mapped = inner[key] ? inner[key](child) : child;
    if (mapped !== undefined) out[dict[key] ?? key] = mapped;
  }
  return out;
}

function invert(dict: Dictionary): Dictionary {
  return Object.fromEntries(Object.entries(dict).map(([long, short]) => [short, long]));
}

function mapValues(value: unknown, fn: (v: unknown) => unknown): unknown {
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, fn(child)]));
}

const encodeState = (state: unknown) =>
  rename(state, STATE_KEYS, { t: (t) => (isObject(t) ? encodeHlc(t as Hlc) : t) });

/**
 * The meeting key is usually the key of the label's meeting (keys.meetingKey): then it is left
 * out and worked out again on reading, which saves about a sixth of a typical note.
 */
function labelKey(label: unknown): string | undefined {
  const l = label as Partial<MeetingLabel> | undefined;
  return typeof l?.committee === 'string' && typeof l.date === 'string'
    ? meetingKey(l as MeetingLabel)
    : undefined;
}

export function encodeEntity<K extends EntityKind>(_kind: K, entity: EntityOf<K>): Json {
  const { id: _id, ...rest } = entity;
  const derivable = labelKey((rest as { label?: unknown }).label);
  const dropKey = (key: unknown) => (key === derivable ? undefined : key);
  return rename(rest, ENTITY_KEYS, {
    meetingKey: dropKey,
    target: (v) => rename(v, TARGET_KEYS, { meetingKey: dropKey }),
    label: (v) => rename(v, LABEL_KEYS),
    fields: (v) => mapValues(rename(v, FIELD_KEYS), encodeState),
  }) as Json;
}

const LONG = {
  entity: invert(ENTITY_KEYS),
  target: invert(TARGET_KEYS),
  label: invert(LABEL_KEYS),
  field: invert(FIELD_KEYS),
  state: invert(STATE_KEYS),
};

// An undecodable stamp stays a string, so the schema refuses it and says where.
const decodeState = (state: unknown) => rename(state, LONG.state, { t: (t) => decodeHlc(t) ?? t });

export type Decoded<T> = { ok: true; value: T } | { ok: false; error: string };

export function decodeEntity<K extends EntityKind>(
  kind: K,
  id: string,
  value: unknown,
): Decoded<EntityOf<K>> {
  if (!isObject(value)) return { ok: false, error: `expected an object, found ${describeType(value)}` };
  const long = rename(value, LONG.entity, {
    g: (v) => rename(v, LONG.target),
    l: (v) => rename(v, LONG.label),
    f: (v) => mapValues(rename(v, LONG.field), decodeState),
  }) as Json;
  const derived = labelKey(long.label);
  if (kind === 'note' && isObject(long.target)) long.target = { meetingKey: derived, ...long.target };
  if (kind === 'followUp') long.meetingKey ??= derived;
  const parsed = ENTITY_SCHEMAS[kind].safeParse({ ...long, id });
  if (parsed.success) return { ok: true, value: parsed.data as EntityOf<K> };
  return { ok: false, error: describeZodError(parsed.error) };
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/** The first few problems zod found, as "path: message" — short enough for a report line. */
export function describeZodError(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(top)'}: ${issue.message}`)
    .join('; ');
}
