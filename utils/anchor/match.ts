import search from 'approx-string-match';
import { CONTEXT_LENGTH } from './context';
import type { HighlightSelectors } from './selectors';
import { agreeingAfter, agreeingBefore, occursIn, wordsKept } from './similarity';
import { trimSpan } from './text-layer';

/**
 * Finding a stored quote again in a page's text layer, as Hypothesis does: the stored position
 * first, then the exact quote anywhere, then an approximate quote; every candidate scored on
 * quote, prefix, suffix and nearness, and the winner verified. When the page no longer holds
 * the passage, or holds two equally likely places, the answer is an orphan: a highlight shown
 * beside the page is a nuisance, one painted on the wrong words misleads.
 */

export type AnchorResult =
  | { status: 'exact' | 'fuzzy'; start: number; end: number; score: number }
  | { status: 'orphan'; reason: OrphanReason };

/** not-found: nothing like the quote; unverified: only look-alikes; ambiguous: two places fit equally well. */
export type OrphanReason = 'not-found' | 'unverified' | 'ambiguous';

/** Hypothesis's weights (match-quote.ts): the quote matters most, nearness only breaks ties. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const MAX_SCORE = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/** Edits allowed inside the quote, as a share of its length. */
const MAX_ERROR_RATE = 0.2;
/** A fuzzy candidate must keep this share of the quote's words (see wordsKept). */
const MIN_WORDS_KEPT = 0.9;
/** Exact quotes shorter than this recur by chance ("the report be noted"): their context must agree too. */
const DISTINCTIVE_QUOTE_LENGTH = 64;
/**
 * How well the better side of the context must agree when it is needed (short quotes, and every
 * fuzzy match: an edited quote in new surroundings is another passage). Unrelated English scores
 * about 0.3 to 0.5 against a 32-character context, so this sits well above chance.
 */
const MIN_CONTEXT_AGREEMENT = 0.8;
/** Two non-overlapping candidates whose quote and context score within this (out of MAX_SCORE) read alike. */
const AMBIGUITY_MARGIN = 0.5;
/** Between two that read alike, nearness to the stored position decides only when one is this many times nearer. */
const CLEARLY_NEARER = 4;
/** Fuzzy search looks this far (in quote lengths, at least MIN_WINDOW) around the old position before the whole page. */
const WINDOW_QUOTE_LENGTHS = 8;
const MIN_WINDOW = 4_000;
/**
 * Full scoring runs two approximate searches per candidate: a one-word quote has thousands of
 * exact hits on a big page, so beyond this many only the likeliest are scored, half by context
 * that agrees character for character, half by nearness to the stored position.
 */
const MAX_SCORED_CANDIDATES = 64;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

interface Scored extends Candidate {
  /** Quote and context only: what the words say. */
  textScore: number;
  /** textScore plus nearness to the stored position: the ranking. */
  score: number;
  distance: number;
  verified: boolean;
}

/** An empty prefix or suffix means the quote was at the edge of the page: it agrees only with a candidate there too. */
function contextSimilarity(
  text: string,
  c: Candidate,
  selectors: HighlightSelectors,
): { prefix: number; suffix: number } {
  const { prefix, suffix } = selectors.quote;
  // Room for a few inserted characters either side, which approximate search then forgives.
  const slack = Math.ceil(CONTEXT_LENGTH * MAX_ERROR_RATE);
  const before = text.slice(Math.max(0, c.start - prefix.length - slack), c.start);
  const after = text.slice(c.end, c.end + suffix.length + slack);
  return {
    prefix: prefix ? occursIn(before, prefix) : Number(c.start === 0),
    suffix: suffix ? occursIn(after, suffix) : Number(c.end === text.length),
  };
}

function scoreCandidate(text: string, c: Candidate, selectors: HighlightSelectors): Scored {
  const quote = selectors.quote.exact;
  const quoteSimilarity = 1 - c.errors / quote.length;
  const context = contextSimilarity(text, c, selectors);
  const distance = Math.abs(c.start - selectors.position.start);
  const nearness = 1 - Math.min(1, distance / Math.max(1, text.length));
  const textScore =
    WEIGHTS.quote * quoteSimilarity + WEIGHTS.prefix * context.prefix + WEIGHTS.suffix * context.suffix;
  const needsContext = c.errors > 0 || quote.length < DISTINCTIVE_QUOTE_LENGTH;
  const verified =
    quoteSimilarity >= 1 - MAX_ERROR_RATE &&
    (!needsContext || Math.max(context.prefix, context.suffix) >= MIN_CONTEXT_AGREEMENT) &&
    (c.errors === 0 || wordsKept(quote, text.slice(c.start, c.end)) >= MIN_WORDS_KEPT);
  return { ...c, textScore, score: textScore + WEIGHTS.position * nearness, distance, verified };
}

function likeliest(text: string, candidates: Candidate[], selectors: HighlightSelectors): Candidate[] {
  if (candidates.length <= MAX_SCORED_CANDIDATES) return candidates;
  const { prefix, suffix } = selectors.quote;
  const keyed = candidates.map((c) => ({
    c,
    agreement: agreeingBefore(text, c.start, prefix) + agreeingAfter(text, c.end, suffix),
    distance: Math.abs(c.start - selectors.position.start),
  }));
  const half = MAX_SCORED_CANDIDATES / 2;
  const byContext = [...keyed].sort((a, b) => b.agreement - a.agreement).slice(0, half);
  const byNearness = [...keyed].sort((a, b) => a.distance - b.distance).slice(0, half);
  return [...new Set([...byContext, ...byNearness].map((k) => k.c))];
}

function scoreAll(text: string, candidates: Candidate[], selectors: HighlightSelectors): Scored[] {
  return likeliest(text, candidates, selectors).map((c) => scoreCandidate(text, c, selectors));
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Two separate places the words cannot tell apart, and neither is clearly where the highlight was. */
function tooCloseToCall(best: Scored, rival: Scored): boolean {
  if (overlaps(best, rival) || Math.abs(best.textScore - rival.textScore) >= AMBIGUITY_MARGIN) return false;
  return best.distance * CLEARLY_NEARER > rival.distance;
}

/** The best verified candidate, or why there is none. */
function choose(candidates: Scored[], status: 'exact' | 'fuzzy', text: string): AnchorResult {
  if (candidates.length === 0) return { status: 'orphan', reason: 'not-found' };
  const ranked = [...candidates].sort((a, b) => b.score - a.score);
  const best = ranked[0]!;
  if (!best.verified) return { status: 'orphan', reason: 'unverified' };
  if (ranked.some((rival) => tooCloseToCall(best, rival))) return { status: 'orphan', reason: 'ambiguous' };
  const span = trimSpan(text, best.start, best.end);
  return { status, ...span, score: best.score / MAX_SCORE };
}

function exactOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

function fuzzyOccurrences(text: string, quote: string, from: number, to: number): Candidate[] {
  const maxErrors = Math.floor(quote.length * MAX_ERROR_RATE);
  return search(text.slice(from, to), quote, maxErrors).map((m) => ({
    start: from + m.start,
    end: from + m.end,
    errors: m.errors,
  }));
}

function isAtStoredPosition(text: string, selectors: HighlightSelectors): boolean {
  const { position, quote } = selectors;
  return (
    text.slice(position.start, position.end) === quote.exact &&
    text.slice(Math.max(0, position.start - quote.prefix.length), position.start) === quote.prefix &&
    text.slice(position.end, position.end + quote.suffix.length) === quote.suffix
  );
}

/** Fuzzy search near the stored position first: cheap on a big page, and where an edited passage most likely is. */
function anchorFuzzy(text: string, selectors: HighlightSelectors): AnchorResult {
  const quote = selectors.quote.exact;
  const window = Math.max(MIN_WINDOW, quote.length * WINDOW_QUOTE_LENGTHS);
  const from = Math.max(0, selectors.position.start - window);
  const to = Math.min(text.length, selectors.position.end + window);
  const near = choose(scoreAll(text, fuzzyOccurrences(text, quote, from, to), selectors), 'fuzzy', text);
  if (near.status !== 'orphan' || (from === 0 && to === text.length)) return near;
  return choose(scoreAll(text, fuzzyOccurrences(text, quote, 0, text.length), selectors), 'fuzzy', text);
}

/** Anchors selectors in a text layer's text (see text-layer.ts). */
export function anchorInText(text: string, selectors: HighlightSelectors): AnchorResult {
  if (isAtStoredPosition(text, selectors)) {
    return { status: 'exact', start: selectors.position.start, end: selectors.position.end, score: 1 };
  }
  const exact = choose(
    scoreAll(text, exactOccurrences(text, selectors.quote.exact), selectors),
    'exact',
    text,
  );
  if (exact.status !== 'orphan' || exact.reason === 'ambiguous') return exact;
  return anchorFuzzy(text, selectors);
}
