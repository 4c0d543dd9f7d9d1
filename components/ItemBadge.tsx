import type { LinkedAction, LinkedEntry } from '../utils/model/links';
import { counted, formatDate, safeHref } from './format';
import { ActionMeta, Popover, type PopoverButton } from './Popover';

export interface ItemBadgeProps {
  itemNumber: string;
  itemTitle: string;
  prior: LinkedEntry[];
  open: LinkedAction[];
  onSetStatus(actionId: string, status: 'done' | 'dropped'): void;
}

/** The badge's button: "2 earlier decisions · 1 open follow-up", or none without history. */
export function historyButton(itemNumber: string, prior: number, open: number): PopoverButton | null {
  if (prior === 0 && open === 0) return null;
  const label = counted([prior, 'earlier decision'], [open, 'open follow-up']);
  return {
    id: itemNumber,
    label,
    buttonClass: open ? 'badge open' : 'badge',
    buttonLabel: `Agenda Lens, item ${itemNumber}: ${label}`,
  };
}

/** "2 earlier decisions · 1 open follow-up" beside an agenda item; opens a panel listing them. */
export function ItemBadge(props: ItemBadgeProps) {
  const { prior, open } = props;
  const button = historyButton(props.itemNumber, prior.length, open.length);
  if (!button) return null;
  return (
    <Popover {...button} panelLabel={`Agenda Lens: history of item ${props.itemNumber}`}>
      <ItemHistory prior={prior} open={open} onSetStatus={props.onSetStatus} />
    </Popover>
  );
}

/**
 * The panel's lists: a component of its own, so a closed badge does not build them (a long
 * agenda draws dozens of badges before its first frame: issue #8).
 */
function ItemHistory(props: Pick<ItemBadgeProps, 'prior' | 'open' | 'onSetStatus'>) {
  const { prior, open } = props;
  return (
    <>
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
            <ActionMeta owner={action.owner} due={action.due} />
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
    </>
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
