import type { Action } from '../model/record';
import { parseDate } from './dates';
import { collapseWhitespace } from './text';

/**
 * Actions: follow-ups a meeting set itself. A report requested for a future meeting,
 * information to be circulated, an item to come back or go on the work programme, each with
 * its owner and when it is due where the text says.
 */

/**
 * Follow-ups that are commitments wherever they are written (decisions or discussion). Each
 * needs what COMMITMENT_HINT looks for.
 */
const COMMITMENTS = [
  /\b(?:be|been|was|were|is|are)\s+(?:requested|instructed|directed|tasked)\s+to\s+\w/i,
  /\bundertook\s+to\s+\w/i,
  /\bagreed\s+to\s+(?:provide|circulate|share|send|bring|report|investigate|arrange|write|contact|update|review|look\s+into|follow)\b/i,
  /\b(?:would|will|to|shall)\s+be\s+(?:circulated|distributed|shared|provided|sent|forwarded|e-?mailed|amended|followed\s+up|investigated|reported\s+back|brought\s+back)\b/i,
];

/** Follow-ups that only count inside a decision: in discussion they are often only wishes. */
const DECISION_FOLLOW_UPS = [
  /\b(?:come|return|be\s+brought|be\s+presented|be\s+submitted|be\s+reported|report|be\s+considered)(?:\s+back)?\s+to\s+(?:a|the)\s+(?:future|next|later|subsequent|further)\b/i,
  /\b(?:come|be\s+brought|report(?:ed)?)\s+back\b/i,
  /\b(?:added\s+to|remain\s+on|included\s+(?:in|on)|placed\s+on|put\s+on)\s+(?:the\s+)?(?:\w+(?:'s)?\s+){0,3}work\s*programme\b/i,
  /\b(?:future|further)\s+(?:update|report|briefing|item|session)s?\b/i,
  /\b(?:update|report|briefing)\s+(?:be\s+)?(?:brought|provided|presented|submitted)\b/i,
  // "figures … be circulated to members": information to be sent round, in a decision's words.
  /\bbe\s+(?:circulated|distributed|shared|provided|sent|forwarded|e-?mailed)\b/i,
  // "an update … be brought to the Committee in March 2026": an item to come back to this body.
  /\b(?:be\s+brought|be\s+presented|be\s+submitted|be\s+reported|come|return)\s+(?:back\s+)?to\s+(?:the|this|a)\s+(?:[\w-]+\s+){0,2}(?:committee|commission|board|panel|cabinet|council|sub-committee|forum)\b/i,
];

/** Each list as one case-insensitive pattern: one scan of a sentence rather than one per pattern. */
function anyOf(patterns: RegExp[]): RegExp {
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), 'i');
}

const COMMITMENT = /* @__PURE__ */ anyOf(COMMITMENTS);
const DECISION_FOLLOW_UP = /* @__PURE__ */ anyOf(DECISION_FOLLOW_UPS);

/**
 * A cheap first look at a decision's sentences. Every commitment needs one of these words (a
 * decision-only pattern may not: "the report presented"), so in discussion it is not needed.
 */
const MAYBE_FOLLOW_UP =
  /request|instruct|direct|task|undert|agreed|be |back|future|next|later|subsequent|further|programme|come|return/i;

/** Sentences that only suggest or wish: not follow-ups the meeting set itself. */
const TENTATIVE = /\b(?:suggested|should|could|might|may|would\s+like|hoped|wished)\b/i;

const OWNER_BEFORE_VERB =
  /(?:^|\b[Tt]hat\s+)(?:[Tt]he\s+)?([A-Z][\w&'’-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w&'’-]*)){0,9}?)\s+(?:be|was|were|is|are)\s+(?:requested|instructed|directed|tasked)\s+to\b/;
const OWNER_UNDERTOOK =
  /(?:^|[.;]\s+)(?:[Tt]he\s+)?([A-Z][\w&'’-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w&'’-]*)){0,9}?)\s+(?:undertook|agreed)\s+to\b/;
const OWNER_BY = /\bby\s+(?:the\s+)?((?:[A-Z][\w&'’-]*)(?:\s+(?:of|for|and|the|&|[A-Z][\w&'’-]*)){0,9})/;

const MONTH_YEAR =
  /\b(?:in|by|for|during|before|until|from)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/i;
const MONTHS =
  /* @__PURE__ */ 'january february march april may june july august september october november december'.split(
    ' ',
  );
const NUMBER_WORDS = /* @__PURE__ */ 'one two three four five six seven eight nine ten eleven twelve'.split(
  ' ',
);
const RELATIVE =
  /\b(after|within|in)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(weeks?|months?|years?)\b/i;
const NAMED_MEETING =
  /\b(?:to|at|for|by)\s+(a|the)\s+(future|next|later|subsequent)\b(?:\s+[\w-]+){0,3}?\s+meeting\b/i;
const DATED =
  /\b(?:by|on|at|for)\s+(?:the\s+meeting\s+(?:on|of)\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})\b/;

/** A leading "That"/"For" and the label-like noise before the clause proper. */
function clauseText(sentence: string): string {
  const text = collapseWhitespace(sentence.replace(/^(?:that|for)\s+/i, ''))
    .replace(/[.;,\s]+$/, '')
    .trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function trimOwner(owner: string): string {
  return owner.replace(/\s+(?:of|for|and|the|&)$/i, '').trim();
}

/** Who is to act, where the text names them. */
export function findOwner(sentence: string): string | undefined {
  for (const pattern of [OWNER_BEFORE_VERB, OWNER_UNDERTOOK, OWNER_BY]) {
    const m = pattern.exec(sentence);
    if (m && !/^(?:It|This|That|There|Members?)$/.test(m[1]!)) return trimOwner(m[1]!);
  }
  return undefined;
}

/** When it is due, as the text says: "a future meeting", "2026-03", "after 6 months", "2026-03-02". */
export function findDue(sentence: string): string | undefined {
  const meeting = NAMED_MEETING.exec(sentence);
  if (meeting) return `${meeting[1]!.toLowerCase()} ${meeting[2]!.toLowerCase()} meeting`;
  const dated = DATED.exec(sentence);
  const exact = dated ? parseDate(dated[1]!) : null;
  if (exact) return exact;
  const monthYear = MONTH_YEAR.exec(sentence);
  if (monthYear) {
    const month = MONTHS.indexOf(monthYear[1]!.toLowerCase()) + 1;
    return `${monthYear[2]}-${String(month).padStart(2, '0')}`;
  }
  const relative = RELATIVE.exec(sentence);
  if (relative) {
    const count = NUMBER_WORDS.indexOf(relative[2]!.toLowerCase()) + 1 || Number(relative[2]);
    return `${relative[1]!.toLowerCase()} ${count} ${relative[3]!.toLowerCase()}`;
  }
  return undefined;
}

/** "the Director of X be requested to bring …" → "Director of X to bring …": the follow-up as a task. */
function asTask(text: string, owner: string | undefined): string {
  if (!owner) return text;
  const requested = new RegExp(
    `^(?:the\\s+)?${escapeRegExp(owner)}\\s+(?:be|was|were|is|are)\\s+(?:requested|instructed|directed|tasked)\\s+to\\b`,
    'i',
  );
  return text.replace(requested, `${owner} to`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SENTENCE_END = /[.!?;]\s+(?=[A-Z(“"‘'])/g;
/** Paragraphs never run together into one sentence. */
const PARAGRAPH_BREAK = /\n\s*\n/;
/** A longer sentence is cut, so no single one is enormous. */
const MAX_SENTENCE = 1000;

/** Sentences of one paragraph, bounded in length. */
function sentencesOf(paragraph: string): string[] {
  const sentences: string[] = [];
  const flat = collapseWhitespace(paragraph);
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(flat); m; m = SENTENCE_END.exec(flat)) {
    sentences.push(flat.slice(from, m.index + 1));
    from = m.index + m[0].length;
  }
  sentences.push(flat.slice(from));
  return sentences.map((s) => s.trim().slice(0, MAX_SENTENCE)).filter(Boolean);
}

/**
 * COMMITMENT without the word boundary that closes some of its patterns: a sentence cut at
 * MAX_SENTENCE ends on a boundary wherever the cut falls ("agreed to provide|s").
 */
const COMMITMENT_MAYBE_CUT = /* @__PURE__ */ anyOf(
  /* @__PURE__ */ COMMITMENTS.map((p) => new RegExp(p.source.replace(/\\b$/, ''), p.flags)),
);

/**
 * What every commitment holds: "…ed to" or "undertook to" before a word, or "be" before the start
 * of one of the verbs. Its rarer first letters make it a faster scan than COMMITMENT.
 */
const COMMITMENT_HINT =
  /(?:ed|ok)\s+to\s+\w|be\s+(?:circ|dist|shar|prov|sent|forw|e-?mail|amen|foll|inve|repo|brou)/i;

/**
 * Whether a paragraph of discussion may hold a commitment, in one scan of it rather than after
 * cutting it into sentences. No commitment spans a sentence end or depends on how its spaces are
 * written, so a paragraph where COMMITMENT_MAYBE_CUT finds none has none in any sentence.
 */
function mayHoldCommitment(paragraph: string): boolean {
  return COMMITMENT_HINT.test(paragraph) && COMMITMENT_MAYBE_CUT.test(paragraph);
}

export interface FindActionsOptions {
  /** Decision clauses are read with the wider rules (future updates, work programme). */
  inDecision?: boolean;
}

/** Whether a sentence sets a follow-up: the decision-only patterns are tried only in a decision. */
function isFollowUp(sentence: string, inDecision: boolean): boolean {
  if (!inDecision) return COMMITMENT.test(sentence) && !TENTATIVE.test(sentence);
  if (!MAYBE_FOLLOW_UP.test(sentence)) return false;
  return COMMITMENT.test(sentence) || DECISION_FOLLOW_UP.test(sentence);
}

/** The follow-ups in a decision clause or a stretch of minute text, one per sentence. */
export function findActions(text: string, options: FindActionsOptions = {}): Action[] {
  const inDecision = options.inDecision ?? false;
  const actions: Action[] = [];
  for (const paragraph of text.split(PARAGRAPH_BREAK)) {
    if (!inDecision && !mayHoldCommitment(paragraph)) continue;
    for (const sentence of sentencesOf(paragraph)) {
      if (isFollowUp(sentence, inDecision)) actions.push(toAction(sentence));
    }
  }
  return actions;
}

function toAction(sentence: string): Action {
  const text = clauseText(sentence);
  const owner = findOwner(text);
  const due = findDue(text);
  const action: Action = { text: asTask(text, owner) };
  if (owner) action.owner = owner;
  if (due) action.due = due;
  return action;
}
