import { useState } from 'preact/hooks';
import type { ItemLinks } from '../utils/model/links';
import type { DocumentLink } from '../utils/model/record';
import { historyButton, ItemBadge } from './ItemBadge';
import { ItemPapers, papersButton } from './ItemPapers';
import { MinutesMarks, minutesButton, type RecognisedAction } from './MinutesMarks';
import type { PopoverButton } from './Popover';

export interface ItemOverlayProps {
  links: ItemLinks;
  /** On minutes pages: what was recognised in this item. */
  recognised?: { decisions: number; actions: RecognisedAction[] };
  onSetStatus(actionId: string, status: 'done' | 'dropped'): Promise<unknown>;
  onTrack(actionId: string): Promise<unknown>;
  /** The item's PDF papers, each of which can be opened in the Agenda Lens viewer. */
  papers?: DocumentLink[];
  onOpenPaper?(url: string): void;
  /** Told the counts whenever they change (the shadow host's data attributes are test hooks). */
  onCounts(prior: number, open: number): void;
}

/**
 * The buttons ItemOverlay shows before any is opened, in its order: none for an item with
 * nothing to show (components/closed-badges.ts draws them without Preact).
 */
export function closedButtons(props: ItemOverlayProps): PopoverButton[] {
  const { number, priorDecisions, openActions } = props.links;
  const { recognised, papers } = props;
  return [
    historyButton(number, priorDecisions.length, openActions.length),
    papers && props.onOpenPaper ? papersButton(number, papers.length) : null,
    recognised ? minutesButton(number, recognised.decisions, recognised.actions.length) : null,
  ].filter((button) => button !== null);
}

/** Everything Agenda Lens shows beside one item: its history, and on minutes what was recognised. */
export function ItemOverlay(props: ItemOverlayProps) {
  const [open, setOpen] = useState(props.links.openActions);
  const [tracked, setTracked] = useState(
    () => new Set(props.recognised?.actions.filter((a) => a.tracked).map((a) => a.id)),
  );
  return (
    <>
      <ItemBadge
        itemNumber={props.links.number}
        itemTitle={props.links.title}
        prior={props.links.priorDecisions}
        open={open}
        onSetStatus={(actionId, status) =>
          void props.onSetStatus(actionId, status).then(() => {
            const remaining = open.filter((a) => a.actionId !== actionId);
            setOpen(remaining);
            props.onCounts(props.links.priorDecisions.length, remaining.length);
          })
        }
      />
      {props.papers && props.onOpenPaper && (
        <ItemPapers itemNumber={props.links.number} papers={props.papers} onOpen={props.onOpenPaper} />
      )}
      {props.recognised && (
        <MinutesMarks
          itemNumber={props.links.number}
          decisions={props.recognised.decisions}
          actions={props.recognised.actions.map((a) => ({ ...a, tracked: tracked.has(a.id) }))}
          onTrack={(id) => void props.onTrack(id).then(() => setTracked(new Set([...tracked, id])))}
        />
      )}
    </>
  );
}
