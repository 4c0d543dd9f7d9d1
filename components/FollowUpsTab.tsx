import type { FollowUpGroup, OrphanView } from '../utils/model/views';
import { formatDate, safeHref } from './format';

export interface FollowUpsTabProps {
  groups: FollowUpGroup[];
  orphans: OrphanView[];
  onSetStatus(id: string, status: 'open' | 'done' | 'dropped'): void;
}

/** Every open follow-up, by committee; and highlights that could not be found on their page again. */
export function FollowUpsTab({ groups, orphans, onSetStatus }: FollowUpsTabProps) {
  return (
    <section aria-label="Open follow-ups">
      {groups.length === 0 && (
        <p>No open follow-ups. They appear here as you read minutes or mark text as a follow-up.</p>
      )}
      {groups.map((group) => (
        <div key={group.committee + (group.council ?? '')}>
          <h2>
            {group.committee}
            {group.council && <span class="muted"> · {group.council}</span>}
          </h2>
          <ul>
            {group.followUps.map((f) => (
              <li key={f.id} data-follow-up={f.id}>
                {f.text}{' '}
                <span class="muted">
                  ({f.date ? formatDate(f.date) : 'your highlight'}
                  {f.minute && `, minute ${f.minute}`}
                  {f.owner && `; ${f.owner}`}
                  {f.due && `; due ${f.due}`})
                </span>{' '}
                <button
                  onClick={() => onSetStatus(f.id, 'done')}
                  aria-label={`Mark done: ${f.text.slice(0, 80)}`}
                >
                  Done
                </button>{' '}
                <button
                  onClick={() => onSetStatus(f.id, 'dropped')}
                  aria-label={`Drop: ${f.text.slice(0, 80)}`}
                >
                  Drop
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {orphans.length > 0 && (
        <div>
          <h2>Highlights not found on their page</h2>
          <p class="muted">
            The page changed and these passages could not be found again with confidence. They are kept here,
            never attached to other text.
          </p>
          <ul aria-label="Orphaned highlights">
            {orphans.map((o) => (
              <li key={o.id} data-orphan={o.id}>
                “{o.quote}” {o.itemNumber && <span class="muted">(item {o.itemNumber})</span>}{' '}
                {safeHref(o.url) && (
                  <a href={safeHref(o.url)} target="_blank" rel="noreferrer">
                    page
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
