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
  /** How much sharing it says (BM25's inverse document frequency). */
  idf: number;
}

/** A candidate's vocabulary, as the rules need it. */
export interface Candidate {
  has(term: string): boolean;
  hasInTitle(term: string): boolean;
}

export interface Evidence {
  shared: string[];
  /** Share of the query's distinctive weight the candidate covers, 0–1. */
  score: number;
}

/** A link needs at least this share of what the query is distinctively about… */
export const MIN_SCORE = 0.3;
/** …and a term in more than this share of indexed items says little about a subject… */
const MAX_DF_SHARE = 0.05;
/** …though in a small index a few repeats are normal. */
const MIN_DF_ALLOWANCE = 3;

/**
 * The distinctive units of a heading. Only headings (agenda item titles; an action's words and
 * its minute's title) make queries: an agenda's report text and a minute's discussion are full
 * of officers' job titles and asides that made weak links, and would slow every query.
 */
export function queryUnits(heading: string, acronyms: AcronymMap, stats: TermStats): Unit[] {
  const termList = terms(heading);
  const units: Unit[] = [];
  const covered = new Set<string>();
  for (const acronym of acronymsIn(termList, acronyms)) {
    const expansion = acronyms.get(acronym)!;
    units.push(unit(acronym, [[acronym], expansion], stats));
    covered.add(acronym);
    for (const term of expansion) covered.add(term);
  }
  for (const term of new Set(termList)) if (!covered.has(term)) units.push(unit(term, [[term]], stats));
  const maxDf = Math.max(MIN_DF_ALLOWANCE, stats.docCount * MAX_DF_SHARE);
  return units.filter((u) => !(u.alternatives.length === 1 && isGeneric(u.label)) && dfOf(u, stats) <= maxDf);
}

function unit(label: string, alternatives: string[][], stats: TermStats): Unit {
  const draft = { label, alternatives, idf: 0 };
  const df = dfOf(draft, stats);
  return { ...draft, idf: Math.log(1 + (stats.docCount - df + 0.5) / (df + 0.5)) };
}

/** Every term a search for these units must look up. */
export function unitTerms(units: Unit[]): string[] {
  return [...new Set(units.flatMap((u) => u.alternatives.flat()))];
}

/** How many indexed items mention the unit; an acronym counts as rare as its rarer spelling allows. */
function dfOf(unit: Unit, stats: TermStats): number {
  const [acronym, expansion] = unit.alternatives;
  const df = (term: string) => stats.df.get(term) ?? 0;
  if (!expansion) return df(acronym![0]!);
  const spelled = expansion.filter((t) => !isGeneric(t)).map(df);
  return Math.max(df(acronym![0]!), spelled.length ? Math.min(...spelled) : Infinity);
}

/**
 * The evidence a candidate shares the query's subject, or null when it is too weak to show.
 * One shared unit alone must stand in both titles. Then either the shared units carry
 * MIN_SCORE of the query's weight, or two stand in both titles (two headings naming the same
 * thing, however much else they say). When the query cites the candidate's meeting, the
 * citation is the evidence and any shared unit says which of that meeting's minutes it means.
 */
export function weighEvidence(units: Unit[], candidate: Candidate, cited = false): Evidence | null {
  const matchedBy = (test: (term: string) => boolean) =>
    units.filter((u) => u.alternatives.some((alt) => alt.every(test)));
  const matched = matchedBy((t) => candidate.has(t));
  if (matched.length === 0) return null;
  const weightOf = (list: Unit[]) => list.reduce((sum, u) => sum + u.idf, 0);
  const evidence = { shared: matched.map((u) => u.label), score: weightOf(matched) / weightOf(units) };
  if (cited) return evidence;
  const inBothTitles = matchedBy((t) => candidate.hasInTitle(t)).length;
  if (matched.length < 2 && inBothTitles === 0) return null;
  return evidence.score >= MIN_SCORE || inBothTitles >= 2 ? evidence : null;
}

/** A candidate read from plain texts, with every term it holds. */
export interface TextCandidate extends Candidate {
  terms: ReadonlySet<string>;
}

/** A candidate from plain texts (actions are few and not in the search index). */
export function textCandidate(title: string, body: string): TextCandidate {
  const titleTerms = new Set(terms(title));
  const all = new Set([...titleTerms, ...terms(body)]);
  return { has: (t) => all.has(t), hasInTitle: (t) => titleTerms.has(t), terms: all };
}

/**
 * The terms a candidate must hold one of to share any of these units: an alternative is matched
 * only with all its terms, so a candidate holding no alternative's first term shares nothing and
 * need not be weighed.
 */
export function firstTermsOf(units: Unit[]): string[] {
  return units.flatMap((u) => u.alternatives.map((alternative) => alternative[0]!));
}
