import type { Decision, Item } from '../model/record';
import { bounded, cleanText, cleanTitle } from './dom';
import { actionsOf, findDecisions, findMeetingRefs } from './text-rules';

/**
 * More items than any meeting has: a page claiming more is broken or hostile, and every item
 * costs the page (reading it), the background (indexing, linking) and the overlay (a badge).
 * Adapters may stop reading after one more; extractPage keeps this many and warns. Issue #9.
 */
export const MAX_ITEMS = 500;

export interface ItemWords {
  number: string;
  title: string;
  /** Minutes or motions: where decisions and follow-ups are read from. */
  discussion: string;
  /** The agenda's description of the item: kept as text when there are no minutes, read for references. */
  description?: string;
  /** Decisions the page labels itself (a "Decision:" block); otherwise found in the discussion. */
  decisions?: Decision[];
}

/** An item from its words, by the same text rules on every platform. */
export function itemFromWords({ number, title, discussion, description = '', decisions }: ItemWords): Item {
  const found = decisions ?? findDecisions(discussion);
  const item: Item = {
    number,
    title: cleanTitle(title),
    decisions: found,
    actions: actionsOf(found, discussion),
  };
  const text = discussion || found.map((d) => d.text).join(' ') || description;
  if (text) item.text = bounded(cleanText(text));
  const refs = findMeetingRefs(`${description}\n${discussion}`);
  if (refs.length) item.refs = refs;
  return item;
}
