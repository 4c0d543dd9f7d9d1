export interface BackfillProgressView {
  done: number;
  failed: number;
  pending: number;
}

export interface BackfillChipProps {
  progress: BackfillProgressView;
  state: 'running' | 'finished' | 'cancelled' | 'failed';
  message?: string;
  onCancel(): void;
  onClose(): void;
}

/**
 * Progress of indexing a committee's past meetings, fixed in a corner of the page so it moves
 * nothing; one request a second, so it says how many are left.
 */
export function BackfillChip({ progress, state, message, onCancel, onClose }: BackfillChipProps) {
  const total = progress.done + progress.failed + progress.pending;
  const words = {
    running: `Reading this committee's past meetings: ${progress.done} of ${total} pages`,
    finished: `Done: ${progress.done} pages read${progress.failed ? `, ${progress.failed} could not be read` : ''}`,
    cancelled: `Stopped after ${progress.done} of ${total} pages; start it again from the toolbar button to resume`,
    failed: `Could not read this committee's meetings${message ? `: ${message}` : ''}`,
  }[state];
  return (
    <div class="backfill" role="status" aria-live="polite" data-backfill={state}>
      <span>{words}</span>
      {state === 'running' ? (
        <button class="small" onClick={onCancel}>
          Stop
        </button>
      ) : (
        <button class="small" onClick={onClose} aria-label="Close this message">
          Close
        </button>
      )}
    </div>
  );
}
