import type { RecognisedAction as Recognised } from '../utils/model/badges';
import { plural } from './format';
import { ActionMeta, Popover } from './Popover';

export interface RecognisedAction extends Recognised {
  tracked: boolean;
}

export interface MinutesMarksProps {
  itemNumber: string;
  decisions: number;
  actions: RecognisedAction[];
  onTrack(actionId: string): void;
}

/** On minutes: what was recognised in the item, marked quietly; one click tracks an action as a follow-up. */
export function MinutesMarks(props: MinutesMarksProps) {
  if (props.decisions === 0 && props.actions.length === 0) return null;
  const label = [
    props.decisions ? plural(props.decisions, 'decision') : '',
    props.actions.length ? plural(props.actions.length, 'follow-up') : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Popover
      id={`minutes-${props.itemNumber}`}
      label={label}
      buttonClass="badge quiet"
      buttonLabel={`Agenda Lens, item ${props.itemNumber}: recognised ${label}`}
      panelLabel={`Agenda Lens: recognised in item ${props.itemNumber}`}
    >
      {props.actions.length === 0 && <p class="meta">No follow-ups recognised in this item.</p>}
      <ul>
        {props.actions.map((action) => (
          <li key={action.id}>
            <p class="quote">{action.text}</p>
            <ActionMeta owner={action.owner} due={action.due} />
            <div class="actions">
              {action.tracked ? (
                <span class="meta" role="status">
                  Tracked as a follow-up
                </span>
              ) : (
                <button
                  class="small"
                  aria-label={`Track as a follow-up: ${action.text.slice(0, 80)}`}
                  onClick={() => props.onTrack(action.id)}
                >
                  Track as a follow-up
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </Popover>
  );
}
