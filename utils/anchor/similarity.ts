import search from 'approx-string-match';

/**
 * How well `pattern` occurs somewhere in `region`: 1 for exactly, 0 for not at all (or for an
 * empty pattern). Used for the prefix and suffix, as Hypothesis's match-quote.ts does.
 */
export function occursIn(region: string, pattern: string): number {
  const best = search(region, pattern, pattern.length)[0];
  return best ? 1 - best.errors / pattern.length : 0;
}

/** How many characters of `prefix`, read from its end, stand unchanged just before `at` in text. */
export function agreeingBefore(text: string, at: number, prefix: string): number {
  let n = 0;
  while (
    n < prefix.length &&
    n < at &&
    text.charCodeAt(at - 1 - n) === prefix.charCodeAt(prefix.length - 1 - n)
  )
    n++;
  return n;
}

/** How many characters of `suffix`, read from its start, stand unchanged from `at` in text. */
export function agreeingAfter(text: string, at: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && text.charCodeAt(at + n) === suffix.charCodeAt(n)) n++;
  return n;
}

/** Edit distance of at most one, in one pass: enough to forgive a typo fixed in a word. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  const skip = shorter.length === longer.length ? 1 : 0;
  return shorter.slice(i + skip) === longer.slice(i + 1);
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Words shorter than this must be kept exactly: one edit turns "on" into "in", a different word. */
const MIN_TYPO_WORD_LENGTH = 4;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * The share of the quote's words still found in the candidate (a word with one typo counts).
 * Edit distance alone forgives a sentence whose subject was swapped for another of the same
 * length ("parking charges" → "bus lane fines"); counting kept words does not.
 */
export function wordsKept(quote: string, candidate: string): number {
  const wanted = new Set(wordsOf(quote));
  if (wanted.size === 0) return 1;
  const found = new Set(wordsOf(candidate));
  let kept = 0;
  for (const word of wanted) {
    if (found.has(word)) kept++;
    else if (word.length >= MIN_TYPO_WORD_LENGTH && [...found].some((other) => withinOneEdit(word, other)))
      kept++;
  }
  return kept / wanted.size;
}
