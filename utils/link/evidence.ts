import { acronymsIn, type AcronymMap } from './acronyms';
import { isGeneric, terms } from './terms';

/**
 * When is a shared vocabulary evidence of a shared subject? The rules here decide it for every
 * kind of link (agenda item → earlier minute, agenda item → open action, action → the later
 * minute that dealt with it), so all three agree.
 */

/** Document frequencies of terms over the indexed minutes items (titles and decisions). */
export interface TermStats {
  df: Map<string, number>;
  docCount: number;
}

/** One thing a query is about: a term, or an acronym with its spelled-out phrase. */
export interface Unit {
  label: string;
  /** Matched when every term of any one alternative is present. */
  alternatives: string[][];
  /** From the title (the subject) rather than the body text. */
  inTitle: boolean;
  weight: number;
}

/** A candidate's vocabulary, as the rules need it. */
export interface Candidate {
  has(term: string): boolean;
  /** In what it is about (its title and decisions), not only in discussion around it. */
  hasInSubject(term: string): boolean;
  hasInTitle(term: string): boolean;
}

export interface Evidence {
  shared: string[];
  /** Share of the query's distinctive weight the candidate covers, 0–1. */
  score: number;
}

/** A link needs at least this share of what the query is distinctively about. */
export const MIN_SCORE = 0.3;
/** A term in more than this share of indexed items says little about a subject… */
const MAX_DF_SHARE = 0.05;
/** …but in a small index a few repeats are normal. */
const MIN_DF_ALLOWANCE = 3;
const TITLE_WEIGHT = 1;
const TEXT_WEIGHT = 0.4;
/** Body text adds at most this many units, the rarest, to keep queries short and fast. */
const MAX_TEXT_UNITS = 8;

/** The distinctive units of a title and optional body text, heaviest first. */
export function queryUnits(title: string, text: string, acronyms: AcronymMap, stats: TermStats): Unit[] {
  const titleUnits = unitsOf(terms(title), acronyms, true).filter((u) => isDistinctive(u, stats));
  const seen = new Set(titleUnits.map((u) => u.label));
  const textUnits = unitsOf(terms(text), acronyms, false)
    .filter((u) => !seen.has(u.label) && isDistinctive(u, stats))
    .sort((a, b) => idf(b, stats) - idf(a, stats))
    .slice(0, MAX_TEXT_UNITS);
  return [...titleUnits, ...textUnits];
}

function unitsOf(termList: string[], acronyms: AcronymMap, inTitle: boolean): Unit[] {
  const weight = inTitle ? TITLE_WEIGHT : TEXT_WEIGHT;
  const units: Unit[] = [];
  const covered = new Set<string>();
  for (const acronym of acronymsIn(termList, acronyms)) {
    const expansion = acronyms.get(acronym)!;
    units.push({ label: acronym, alternatives: [[acronym], expansion], inTitle, weight });
    covered.add(acronym);
    for (const term of expansion) covered.add(term);
  }
  for (const term of new Set(termList)) {
    if (!covered.has(term)) units.push({ label: term, alternatives: [[term]], inTitle, weight });
  }
  return units;
}

/** Every term a search for these units must look up. */
export function unitTerms(units: Unit[]): string[] {
  return [...new Set(units.flatMap((u) => u.alternatives.flat()))];
}

/** How many indexed items mention the unit; an acronym counts as rare as its rarer spelling allows. */
function unitDf(unit: Unit, stats: TermStats): number {
  const [acronym, expansion] = unit.alternatives;
  const dfOf = (term: string) => stats.df.get(term) ?? 0;
  if (!expansion) return dfOf(acronym![0]!);
  const spelled = expansion.filter((t) => !isGeneric(t)).map(dfOf);
  return Math.max(dfOf(acronym![0]!), spelled.length ? Math.min(...spelled) : Infinity);
}

function isDistinctive(unit: Unit, stats: TermStats): boolean {
  if (unit.alternatives.length === 1 && isGeneric(unit.label)) return false;
  const maxDf = Math.max(MIN_DF_ALLOWANCE, stats.docCount * MAX_DF_SHARE);
  return unitDf(unit, stats) <= maxDf;
}

/** BM25's inverse document frequency. */
function idf(unit: Unit, stats: TermStats): number {
  const df = unitDf(unit, stats);
  return Math.log(1 + (stats.docCount - df + 0.5) / (df + 0.5));
}

/**
 * The evidence a candidate shares the query's subject, or null when it is too weak to show.
 * Only units in the candidate's subject (title, decisions) decide; discussion text, full of
 * officers' job titles and asides, only adds weight. A unit of the query's title must be among
 * them, and one unit alone must stand in both titles. Then either the shared units carry
 * MIN_SCORE of the query's weight, or two stand in both titles (two headings naming the same
 * thing, however much else they say).
 */
export function weighEvidence(units: Unit[], candidate: Candidate, stats: TermStats): Evidence | null {
  const matchedBy = (test: (term: string) => boolean) =>
    units.filter((u) => u.alternatives.some((alt) => alt.every(test)));
  const matched = matchedBy((t) => candidate.has(t));
  const inSubject = matchedBy((t) => candidate.hasInSubject(t));
  const inBothTitles = matchedBy((t) => candidate.hasInTitle(t)).filter((u) => u.inTitle);
  if (!inSubject.some((u) => u.inTitle)) return null;
  if (inSubject.length < 2 && inBothTitles.length === 0) return null;
  const weightOf = (list: Unit[]) => list.reduce((sum, u) => sum + u.weight * idf(u, stats), 0);
  const score = weightOf(matched) / weightOf(units);
  if (score < MIN_SCORE && inBothTitles.length < 2) return null;
  return { shared: matched.map((u) => u.label), score };
}

/** A candidate from plain texts (actions are few and not in the search index). */
export function textCandidate(title: string, body: string): Candidate {
  const titleTerms = new Set(terms(title));
  const all = new Set([...titleTerms, ...terms(body)]);
  return { has: (t) => all.has(t), hasInSubject: (t) => all.has(t), hasInTitle: (t) => titleTerms.has(t) };
}
