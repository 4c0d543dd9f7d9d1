import { useState } from 'preact/hooks';
import type { LinkedAction, LinkedEntry } from '../utils/model/links';
import { formatDate, plural, safeHref } from './format';

export interface ItemBadgeProps {
  itemNumber: string;
  itemTitle: string;
  prior: LinkedEntry[];
  open: LinkedAction[];
  onSetStatus(actionId: string, status: 'done' | 'dropped'): void;
}

/** "2 earlier decisions · 1 open follow-up" beside an agenda item; opens a panel listing them. */
export function ItemBadge(props: ItemBadgeProps) {
  const [expanded, setExpanded] = useState(false);
  const { prior, open } = props;
  if (prior.length === 0 && open.length === 0) return null;
  const label = [
    prior.length ? plural(prior.length, 'earlier decision') : '',
    open.length ? plural(open.length, 'open follow-up') : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const panelId = `lens-panel-${props.itemNumber}`;
  return (
    <span class="lens" onKeyDown={(e) => e.key === 'Escape' && setExpanded(false)}>
      <button
        class={open.length ? 'badge open' : 'badge'}
        aria-expanded={expanded}
        aria-controls={panelId}
        aria-label={`Agenda Lens, item ${props.itemNumber}: ${label}`}
        onClick={() => setExpanded(!expanded)}
      >
        {label}
      </button>
      {expanded && (
        <div
          class="panel"
          id={panelId}
          role="region"
          aria-label={`Agenda Lens: history of item ${props.itemNumber}`}
        >
          {prior.length > 0 && <h3>Earlier decisions</h3>}
          <ul>
            {prior.map((entry) => (
              <li key={`${entry.date}-${entry.minute}-${entry.text.slice(0, 20)}`}>
                <Source entry={entry} />
                <p class="quote">{entry.text}</p>
                <p class="why">Linked because: {entry.why}</p>
              </li>
            ))}
          </ul>
          {open.length > 0 && <h3>Open follow-ups</h3>}
          <ul>
            {open.map((action) => (
              <li key={action.actionId}>
                <Source entry={action} />
                <p class="quote">{action.text}</p>
                {(action.owner || action.due) && (
                  <p class="meta">
                    {action.owner && `Owner: ${action.owner}. `}
                    {action.due && `Due: ${action.due}.`}
                  </p>
                )}
                <p class="why">Linked because: {action.why}</p>
                <div class="actions">
                  <button
                    class="small"
                    aria-label={`Mark done: ${action.text.slice(0, 80)}`}
                    onClick={() => props.onSetStatus(action.actionId, 'done')}
                  >
                    Mark done
                  </button>
                  <button
                    class="small"
                    aria-label={`Drop: ${action.text.slice(0, 80)}`}
                    onClick={() => props.onSetStatus(action.actionId, 'dropped')}
                  >
                    Drop
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </span>
  );
}

function Source({ entry }: { entry: LinkedEntry }) {
  const where = `${entry.committee}, ${formatDate(entry.date)}, minute ${entry.minute}`;
  const href = safeHref(entry.url);
  return (
    <p class="meta">
      {href ? <a href={href}>{where}</a> : where}
      {entry.council ? ` (${entry.council})` : ''} — {entry.title}
    </p>
  );
}
