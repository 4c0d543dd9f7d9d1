import type { VersionVector } from '../model/notes';

/** How two version vectors relate: one edit history contains the other, or they diverged. */
export type Causality = 'equal' | 'after' | 'before' | 'concurrent';

export function compareVersions(a: VersionVector, b: VersionVector): Causality {
  let aAhead = false;
  let bAhead = false;
  for (const node of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[node] ?? 0;
    const y = b[node] ?? 0;
    if (x > y) aAhead = true;
    if (y > x) bAhead = true;
  }
  if (aAhead && bAhead) return 'concurrent';
  if (aAhead) return 'after';
  if (bAhead) return 'before';
  return 'equal';
}

/** True when every edit in `b` is also in `a`. */
export function containsVersion(a: VersionVector, b: VersionVector): boolean {
  const relation = compareVersions(a, b);
  return relation === 'equal' || relation === 'after';
}

export function joinVersions(a: VersionVector, b: VersionVector): VersionVector {
  const joined: VersionVector = { ...a };
  for (const [node, count] of Object.entries(b)) joined[node] = Math.max(joined[node] ?? 0, count);
  return joined;
}

export function bumpVersion(vv: VersionVector, node: string): VersionVector {
  return { ...vv, [node]: (vv[node] ?? 0) + 1 };
}
