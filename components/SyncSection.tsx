import type { SyncState } from '../utils/ext/notes-db/service';

export interface SyncSectionProps {
  state: SyncState | null;
  onSyncNow(): void;
}

const time = (ms?: number) => (ms ? new Date(ms).toLocaleString() : 'never');

/** Sync state: last sync, quota used, and plainly, anything that stays on this computer only. */
export function SyncSection({ state, onSyncNow }: SyncSectionProps) {
  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync to your other browsers</h2>
      <p class="muted">
        Notes, follow-ups and highlights are kept in this browser and copied through your browser's own sync
        storage to the browsers where you are signed in.
      </p>
      {!state && <p>Reading the sync state…</p>}
      {state && (
        <>
          <p data-sync="last">Last sync: {time(state.lastSync)}</p>
          <p data-sync="bytes">
            Used: {(state.bytesInUse / 1024).toFixed(1)} KB of {state.quotaBytes / 1024} KB,{' '}
            {state.itemsInUse} of {state.maxItems} items.{' '}
            {state.pending > 0 && `${state.pending} changes waiting to sync.`}
          </p>
          {state.lastError && (
            <p class="warn" role="status">
              Last problem: {state.lastError}
              {state.retryAt ? ` (will try again at ${time(state.retryAt)})` : ''}
            </p>
          )}
          {state.notSynced.length > 0 && (
            <div role="status">
              {state.messages.map((message) => (
                <p class="warn" key={message}>
                  {message}
                </p>
              ))}
              <ul aria-label="Not synced">
                {state.notSynced.map((entry) => (
                  <li key={entry.key}>
                    “{entry.preview}” ({(entry.bytes / 1024).toFixed(1)} KB)
                  </li>
                ))}
              </ul>
              <p class="muted">They are safe on this computer. Shorten or delete old notes to make room.</p>
            </div>
          )}
        </>
      )}
      <button onClick={onSyncNow}>Sync now</button>
    </section>
  );
}
