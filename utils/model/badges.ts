import { looksLikeCouncilPdf } from '../sites/pdf-urls';
import { actionId } from './keys';
import type { Action, DocumentLink, Item, MeetingRecord } from './record';

/** An action recognised in an item of the minutes, with the id that tracks it as a follow-up. */
export type RecognisedAction = Action & { id: string };

/**
 * What an item's badge shows of the page itself; its history comes from the background's links.
 * Kept with those links (utils/ext/links-cache.ts), so that a page read again can have its badges
 * before it is read (issue #8). Plain types: the overlay that builds them carries no zod (the
 * background validates them: utils/ext/messages.ts).
 */
export interface BadgeSpec {
  number: string;
  title: string;
  /** On minutes: what was recognised in the item. */
  recognised?: { decisions: number; actions: RecognisedAction[] };
  /** The item's PDF papers, which the badge opens in our viewer. */
  papers?: DocumentLink[];
}

/** The badge of one item of a record read from its page. */
export function badgeSpec(record: MeetingRecord, item: Item): BadgeSpec {
  const spec: BadgeSpec = { number: item.number, title: item.title };
  if (record.role === 'minutes')
    spec.recognised = {
      decisions: item.decisions.length,
      actions: item.actions.map((action) => ({
        id: actionId(record.meeting, item.number, action.text),
        text: action.text,
        owner: action.owner,
        due: action.due,
      })),
    };
  const papers = item.documents?.filter((document) => looksLikeCouncilPdf(document.url));
  if (papers) spec.papers = papers;
  return spec;
}
