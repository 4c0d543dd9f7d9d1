/**
 * The limits of chrome.storage.sync (developer.chrome.com/docs/extensions/reference/api/storage).
 * Firefox's storage.sync has the same byte and item limits and no write-rate limit.
 */
export const SYNC_LIMITS = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
} as const;

export type SyncLimits = { [K in keyof typeof SYNC_LIMITS]: number };
