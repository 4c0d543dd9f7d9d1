import { itemBytes } from '../../../utils/sync/chunk';
import { SYNC_LIMITS } from '../../../utils/sync/limits';
import type { SyncArea, SyncChangeListener, SyncStorageChange } from '../../../utils/ext/sync-area';

/**
 * A storage.sync double with Chrome's real limits and error messages: each device has its own
 * local copy (as Chrome does), writes reach the shared "cloud" and the other online devices,
 * firing onChanged there and locally; an offline device keeps writing locally and its writes
 * win at the cloud when it comes back (Chrome syncs last-writer-wins per key).
 */
export const CHROME_ERRORS = {
  QUOTA_BYTES: 'QUOTA_BYTES quota exceeded',
  QUOTA_BYTES_PER_ITEM: 'QUOTA_BYTES_PER_ITEM quota exceeded',
  MAX_ITEMS: 'MAX_ITEMS quota exceeded',
  PER_MINUTE: 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded',
  PER_HOUR: 'MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded',
};

export class FakeSyncCloud {
  readonly data = new Map<string, string>();
  readonly devices: FakeSyncArea[] = [];

  device(now: () => number): FakeSyncArea {
    const area = new FakeSyncArea(this, now);
    for (const [key, json] of this.data) area.local.set(key, json);
    this.devices.push(area);
    return area;
  }

  /** A device's writes arrive: stored, and passed on to the other online devices. */
  receive(from: FakeSyncArea, changes: Map<string, string | undefined>): void {
    for (const [key, json] of changes) {
      if (json === undefined) this.data.delete(key);
      else this.data.set(key, json);
    }
    for (const device of this.devices) if (device !== from && device.online) device.applyRemote(changes);
  }
}

export class FakeSyncArea implements SyncArea {
  readonly local = new Map<string, string>();
  online = true;
  /** Calls to set/remove, by time: Chrome's write-rate limits count calls, not items. */
  readonly writeTimes: number[] = [];
  private readonly pending = new Set<string>();
  private readonly listeners = new Set<SyncChangeListener>();
  private failure: string | undefined;

  constructor(
    private readonly cloud: FakeSyncCloud,
    private readonly now: () => number,
  ) {}

  readonly onChanged = {
    addListener: (listener: SyncChangeListener) => void this.listeners.add(listener),
    removeListener: (listener: SyncChangeListener) => void this.listeners.delete(listener),
  };

  async get(keys?: null | string | string[]): Promise<Record<string, unknown>> {
    const wanted = keys == null ? [...this.local.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const key of wanted) if (this.local.has(key)) out[key] = JSON.parse(this.local.get(key)!);
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.countWrite();
    const next = new Map(this.local);
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > SYNC_LIMITS.QUOTA_BYTES_PER_ITEM)
        throw new Error(CHROME_ERRORS.QUOTA_BYTES_PER_ITEM);
      next.set(key, JSON.stringify(value));
    }
    if (next.size > SYNC_LIMITS.MAX_ITEMS) throw new Error(CHROME_ERRORS.MAX_ITEMS);
    if (bytesOf(next) > SYNC_LIMITS.QUOTA_BYTES) throw new Error(CHROME_ERRORS.QUOTA_BYTES);
    this.write(new Map(Object.entries(items).map(([key, value]) => [key, JSON.stringify(value)])));
  }

  async remove(keys: string | string[]): Promise<void> {
    this.countWrite();
    this.write(new Map((typeof keys === 'string' ? [keys] : keys).map((key) => [key, undefined])));
  }

  /** Every later set/remove fails with this message (sync disabled, signed out), until cleared. */
  failWrites(message: string | undefined): void {
    this.failure = message;
  }

  goOffline(): void {
    this.online = false;
  }

  /** Sends what was written offline (it wins at the cloud), then takes everything else from it. */
  goOnline(): void {
    this.online = true;
    const mine = new Map([...this.pending].map((key) => [key, this.local.get(key)]));
    this.pending.clear();
    this.cloud.receive(this, mine);
    const theirs = new Map<string, string | undefined>();
    for (const [key, json] of this.cloud.data) if (this.local.get(key) !== json) theirs.set(key, json);
    for (const key of this.local.keys()) if (!this.cloud.data.has(key)) theirs.set(key, undefined);
    this.applyRemote(theirs);
  }

  /** Puts a raw value in place as another program or a damaged profile would, with no checks. */
  plant(key: string, value: unknown): void {
    this.write(new Map([[key, JSON.stringify(value)]]));
  }

  bytesInUse(): number {
    return bytesOf(this.local);
  }

  applyRemote(changes: Map<string, string | undefined>): void {
    this.apply(changes);
  }

  private countWrite(): void {
    if (this.failure) throw new Error(this.failure);
    const now = this.now();
    const lastMinute = this.writeTimes.filter((at) => at > now - 60_000).length;
    const lastHour = this.writeTimes.filter((at) => at > now - 3_600_000).length;
    if (lastMinute >= SYNC_LIMITS.MAX_WRITE_OPERATIONS_PER_MINUTE) throw new Error(CHROME_ERRORS.PER_MINUTE);
    if (lastHour >= SYNC_LIMITS.MAX_WRITE_OPERATIONS_PER_HOUR) throw new Error(CHROME_ERRORS.PER_HOUR);
    this.writeTimes.push(now);
  }

  private write(changes: Map<string, string | undefined>): void {
    this.apply(changes);
    if (this.online) this.cloud.receive(this, changes);
    else for (const key of changes.keys()) this.pending.add(key);
  }

  private apply(changes: Map<string, string | undefined>): void {
    const events: Record<string, SyncStorageChange> = {};
    for (const [key, json] of changes) {
      const old = this.local.get(key);
      if (old === json) continue;
      if (json === undefined) this.local.delete(key);
      else this.local.set(key, json);
      events[key] = {
        ...(old !== undefined ? { oldValue: JSON.parse(old) } : {}),
        ...(json !== undefined ? { newValue: JSON.parse(json) } : {}),
      };
    }
    if (Object.keys(events).length === 0) return;
    // Like Chrome, listeners run after the write call has returned.
    queueMicrotask(() => this.listeners.forEach((listener) => listener(events)));
  }
}

function bytesOf(items: Map<string, string>): number {
  let total = 0;
  for (const [key, json] of items) total += itemBytes(key, JSON.parse(json));
  return total;
}
