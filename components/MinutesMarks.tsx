import type { RecognisedAction as Recognised } from '../utils/model/badges';
import { counted } from './format';
import { ActionMeta, Popover, type PopoverButton } from './Popover';

export interface RecognisedAction extends Recognised {
  tracked: boolean;
}

export interface MinutesMarksProps {
  itemNumber: string;
  decisions: number;
  actions: RecognisedAction[];
  onTrack(actionId: string): void;
}

/** The marks' button: "1 decision · 2 follow-ups", or none where nothing was recognised. */
export function minutesButton(itemNumber: string, decisions: number, actions: number): PopoverButton | null {
  if (decisions === 0 && actions === 0) return null;
  const label = counted([decisions, 'decision'], [actions, 'follow-up']);
  return {
    id: `minutes-${itemNumber}`,
    label,
    buttonClass: 'badge quiet',
    buttonLabel: `Agenda Lens, item ${itemNumber}: recognised ${label}`,
  };
}

/** On minutes: what was recognised in the item, marked quietly; one click tracks an action as a follow-up. */
export function MinutesMarks(props: MinutesMarksProps) {
  const button = minutesButton(props.itemNumber, props.decisions, props.actions.length);
  if (!button) return null;
  return (
    <Popover {...button} panelLabel={`Agenda Lens: recognised in item ${props.itemNumber}`}>
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
