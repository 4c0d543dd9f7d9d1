import type { Hlc } from '../model/notes';

/**
 * Hybrid logical clock (Kulkarni et al.): stamps that follow wall time but never go backwards,
 * and that order every event a device has seen after the events it came from, even when the
 * devices' clocks disagree. Ties between devices are broken by node id, so the order is total.
 */

/** A remote stamp further ahead than this is treated as a broken clock and not followed. */
export const MAX_CLOCK_DRIFT_MS = 24 * 60 * 60 * 1000;

export function initialHlc(node: string): Hlc {
  return { wall: 0, counter: 0, node };
}

/** A new stamp for a local event, after `last` (this device's clock state). */
export function tick(last: Hlc, now: number): Hlc {
  if (now > last.wall) return { wall: now, counter: 0, node: last.node };
  return { wall: last.wall, counter: last.counter + 1, node: last.node };
}

/** This device's clock after seeing `remote`: later than both it and everything before. */
export function receive(last: Hlc, remote: Hlc, now: number): Hlc {
  if (remote.wall > now + MAX_CLOCK_DRIFT_MS) return tick(last, now);
  const wall = Math.max(last.wall, remote.wall, now);
  let counter = 0;
  if (wall === last.wall && wall === remote.wall) counter = Math.max(last.counter, remote.counter) + 1;
  else if (wall === last.wall) counter = last.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  return { wall, counter, node: last.node };
}

export function compareHlc(a: Hlc, b: Hlc): number {
  if (a.wall !== b.wall) return a.wall - b.wall;
  if (a.counter !== b.counter) return a.counter - b.counter;
  return a.node < b.node ? -1 : a.node > b.node ? 1 : 0;
}

export function maxHlc(a: Hlc, b: Hlc): Hlc {
  return compareHlc(a, b) >= 0 ? a : b;
}

/** Compact form for sync storage: "wall36.counter36.node". */
export function encodeHlc(hlc: Hlc): string {
  return `${hlc.wall.toString(36)}.${hlc.counter.toString(36)}.${hlc.node}`;
}

export function decodeHlc(text: unknown): Hlc | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^([0-9a-z]{1,11})\.([0-9a-z]{1,8})\.([a-z0-9]{1,16})$/.exec(text);
  if (!match) return undefined;
  return { wall: parseInt(match[1]!, 36), counter: parseInt(match[2]!, 36), node: match[3]! };
}
