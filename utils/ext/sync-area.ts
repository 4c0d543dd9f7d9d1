/**
 * The part of browser.storage.sync the sync engine uses. It is a parameter everywhere, so tests
 * pass a fake with the real quotas (tests/unit/sync/fake-sync-area.ts) and the background
 * passes browser.storage.sync.
 */
export interface SyncStorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export type SyncChangeListener = (changes: Record<string, SyncStorageChange>) => void;

export interface SyncArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  onChanged: {
    addListener(listener: SyncChangeListener): void;
    removeListener(listener: SyncChangeListener): void;
  };
}

export type SyncFailure = 'rate-minute' | 'rate-hour' | 'quota' | 'unavailable';

/** What a failed storage.sync call means, from the message Chrome (or Firefox) gives. */
export function classifySyncError(error: unknown): SyncFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes('MAX_WRITE_OPERATIONS_PER_MINUTE')) return 'rate-minute';
  if (message.includes('MAX_WRITE_OPERATIONS_PER_HOUR')) return 'rate-hour';
  if (/QUOTA_BYTES|MAX_ITEMS|quota/i.test(message)) return 'quota';
  return 'unavailable';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
