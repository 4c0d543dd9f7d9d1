/**
 * Words → index terms, shared by the search index, queries and the evidence rules so that all
 * three agree on what a "term" is.
 */

/** English function words: they carry no subject. */
const STOPWORDS = new Set(
  `a an and are as at be been being but by can could did do does for from had has have he her his
  how i if in into is it its may might must no not of on or our out over she should so such than
  that the their them then there these they this those to under up upon was we were what when where
  which while who whom why will with would you your also any all each other per via within without
  whether both after before between about against during following further made make new one two`.split(
    /\s+/,
  ),
);

/**
 * Council boilerplate: words that occur on every agenda whatever the subject, so sharing them says
 * nothing ("update", "report", "council"). Subject words, however common, are left to the
 * document-frequency rule instead.
 */
const GENERIC = new Set(
  `update report council committee commission cabinet board panel meeting item minute agenda
  member councillor officer director chair chairman executive verbal briefing presentation paper
  note noted agree agreed resolve resolved resolution recommend recommendation consider considered
  consideration discussion discuss request requested information future service support proposal
  matter issue draft appendix annual quarterly year month week date time progress overview
  scrutiny cover summary pack circulate circulated provide provided present
  presented receive received detail`.split(/\s+/),
);

/** Light, idempotent plural folding: "strategies" → "strategy", "services" → "service". */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Raw words of a text, in order (hyphens and apostrophes split words). */
export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** One word → its term, or null when it carries no subject (stopword, number, single letter). */
export function toTerm(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower.length < 2 || STOPWORDS.has(lower) || /^\d+$/.test(lower)) return null;
  return stem(lower);
}

/** The terms of a text, in order, repeats kept (phrase matching needs the order). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    const term = toTerm(word);
    if (term) out.push(term);
  }
  return out;
}

export function isGeneric(term: string): boolean {
  return GENERIC.has(term);
}
