import type { ComponentChildren } from 'preact';

export interface IndexStats {
  meetings: number;
  items: number;
  decisions: number;
  actions: number;
  sources?: number;
}

export interface OptionsViewProps {
  stats: IndexStats | null;
  importMessage: string | null;
  onImportPack(file: File): void;
  children?: ComponentChildren;
}

/** What the index holds, and importing an index pack (`cli pack`). Sync and backups are children. */
export function OptionsView(props: OptionsViewProps) {
  const { stats } = props;
  return (
    <main>
      <h1>Agenda Lens settings</h1>
      <h2>Your local index</h2>
      {!stats && <p>Reading the index…</p>}
      {stats && (
        <table aria-label="What the index holds">
          <tbody>
            <tr>
              <th scope="row">Meetings</th>
              <td data-stat="meetings">{stats.meetings}</td>
            </tr>
            <tr>
              <th scope="row">Agenda and minutes items</th>
              <td data-stat="items">{stats.items}</td>
            </tr>
            <tr>
              <th scope="row">Decisions</th>
              <td data-stat="decisions">{stats.decisions}</td>
            </tr>
            <tr>
              <th scope="row">Follow-ups found in minutes</th>
              <td data-stat="actions">{stats.actions}</td>
            </tr>
          </tbody>
        </table>
      )}
      <p class="muted">
        Everything here is stored in this browser only. Pages you open on council sites are added as you read
        them.
      </p>
      <h2>Import an index pack</h2>
      <p>
        <label>
          Pack file (made with <code>npm run cli -- pack</code>):{' '}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file) props.onImportPack(file);
            }}
          />
        </label>
      </p>
      {props.importMessage && <p role="status">{props.importMessage}</p>}
      {props.children}
    </main>
  );
}
