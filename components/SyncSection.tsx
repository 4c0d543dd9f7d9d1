import type { SyncReport } from '../utils/ext/notes-db/schema';

export interface SyncSectionProps {
  report: SyncReport | null;
  quotaBytes: number;
  maxItems: number;
  onSyncNow(): void;
}

const KINDS: Record<string, string> = { n: 'Note', f: 'Follow-up', h: 'Highlight', d: 'Device entry' };
const REASONS: Record<string, string> = {
  'quota-bytes': 'sync storage is full',
  'max-items': 'sync storage holds its maximum number of items',
};

const time = (ms?: number) => (ms ? new Date(ms).toLocaleString() : 'never');

/** Sync state: last sync, quota used, and plainly, anything that stays on this computer only. */
export function SyncSection({ report, quotaBytes, maxItems, onSyncNow }: SyncSectionProps) {
  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync to your other browsers</h2>
      <p class="muted">
        Notes, follow-ups and highlights are kept in this browser and copied through your browser's own sync
        storage to the browsers where you are signed in.
      </p>
      {!report && <p>Reading the sync state…</p>}
      {report && (
        <>
          <p data-sync="last">Last sync: {time(report.lastSync)}</p>
          <p data-sync="bytes">
            Used: {(report.bytesInUse / 1024).toFixed(1)} KB of {quotaBytes / 1024} KB, {report.itemsInUse} of{' '}
            {maxItems} items.
          </p>
          {report.lastError && (
            <p class="warn" role="status">
              Last problem: {report.lastError}
              {report.retryAt ? ` (will try again at ${time(report.retryAt)})` : ''}
            </p>
          )}
          {report.notSynced.length > 0 && (
            <div role="status">
              <p class="warn">
                {report.notSynced.length} not synced: they stay on this computer only, nothing is lost.
                Shorten or delete old notes to make room.
              </p>
              <ul>
                {report.notSynced.map((entry) => (
                  <li key={entry.key}>
                    {KINDS[entry.key[0] ?? ''] ?? 'Entry'} {entry.key.slice(2)} (
                    {(entry.bytes / 1024).toFixed(1)} KB): {REASONS[entry.reason] ?? entry.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      <button onClick={onSyncNow}>Sync now</button>
    </section>
  );
}
