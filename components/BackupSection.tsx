export interface BackupSectionProps {
  message: string | null;
  onExport(format: 'markdown' | 'json'): void;
  onImport(file: File): void;
}

/** Export notes and follow-ups (Markdown to paste into an email; JSON to keep) and restore a backup. */
export function BackupSection({ message, onExport, onImport }: BackupSectionProps) {
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Export and back up your notes</h2>
      <p>
        <button onClick={() => onExport('markdown')}>Export as Markdown</button>{' '}
        <button onClick={() => onExport('json')}>Download a backup (JSON)</button>
      </p>
      <p>
        <label>
          Restore a backup:{' '}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file) onImport(file);
            }}
          />
        </label>
      </p>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
