/**
 * The text rules site adapters share with the text parser (utils/parse): one definition of a
 * date, a decision clause, an action and a reference to an earlier meeting, whatever the source.
 * Extraction only: detection must not import this file (it keeps the content script small).
 */
import { normaliseName } from '../model/keys';
import type { Action, Decision } from '../model/record';
import { findActions } from '../parse/actions';
import { readDecisionLabel, splitDecisionClauses } from '../parse/decisions';

export { parseDate, parseTime } from '../parse/dates';
export { findDecisions, splitDecisionClauses } from '../parse/decisions';
export { findActions } from '../parse/actions';
export { findMeetingRefs } from '../parse/refs';

/** A label line that says nothing itself: "RESOLVED that:", "AGREED –". */
const BARE_LABEL_REST = /^(?:that|to)?\s*[:\-–—]?\s*$/i;

/**
 * The clauses of a block a page labels as a decision ("Decision:" in ModernGov). Pages put the
 * resolution word on a line of its own above a numbered list; splitDecisionClauses would read
 * that bare "that:" as the head of one clause holding the whole list.
 */
export function decisionBlockClauses(block: string): Decision[] {
  const [first = '', ...rest] = block.split('\n');
  const label = readDecisionLabel(first.trim());
  if (label && BARE_LABEL_REST.test(label.rest) && rest.length)
    return splitDecisionClauses(rest.join('\n'), label.kind);
  return splitDecisionClauses(block);
}

/**
 * Follow-ups read from decision clauses (with the wider in-decision rules) and from the
 * discussion, each said once. utils/parse/index.ts has the same step (collectActions) unexported.
 */
export function actionsOf(decisions: Decision[], discussion: string): Action[] {
  const found = [
    ...decisions.flatMap((d) => findActions(d.text, { inDecision: true })),
    ...findActions(discussion),
  ];
  const seen = new Set<string>();
  return found.filter((action) => {
    const key = normaliseName(action.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
