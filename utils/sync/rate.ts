import { SYNC_LIMITS, type SyncLimits } from './limits';

/**
 * Chrome's storage.sync write-rate limits: 120 write operations a minute, 1,800 an hour, each
 * set() or remove() call counting once. `log` holds the times of this device's recent writes.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function pruneWriteLog(log: number[], now: number): number[] {
  return log.filter((at) => at > now - HOUR);
}

/** How many write operations may be made now without hitting either limit. */
export function writesAllowed(log: number[], now: number, limits: SyncLimits = SYNC_LIMITS): number {
  const lastMinute = log.filter((at) => at > now - MINUTE).length;
  const lastHour = log.filter((at) => at > now - HOUR).length;
  return Math.max(
    0,
    Math.min(
      limits.MAX_WRITE_OPERATIONS_PER_MINUTE - lastMinute,
      limits.MAX_WRITE_OPERATIONS_PER_HOUR - lastHour,
    ),
  );
}

/** When `count` write operations will next be allowed (now, if they are). */
export function nextWriteTime(
  log: number[],
  now: number,
  count: number,
  limits: SyncLimits = SYNC_LIMITS,
): number {
  if (count > Math.min(limits.MAX_WRITE_OPERATIONS_PER_MINUTE, limits.MAX_WRITE_OPERATIONS_PER_HOUR)) {
    return Number.POSITIVE_INFINITY;
  }
  let at = now;
  const sorted = [...log].sort((a, b) => a - b);
  // Each step waits for the oldest write in the way to age out of its window.
  while (writesAllowed(sorted, at, limits) < count) {
    const minuteBlock = sorted.find((t) => t > at - MINUTE);
    const hourFull =
      sorted.filter((t) => t > at - HOUR).length + count > limits.MAX_WRITE_OPERATIONS_PER_HOUR;
    const blocker = hourFull ? sorted.find((t) => t > at - HOUR)! + HOUR : minuteBlock! + MINUTE;
    at = Math.max(at + 1, blocker + 1);
  }
  return at;
}
