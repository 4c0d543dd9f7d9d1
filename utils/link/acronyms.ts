import { terms, toTerm, words } from './terms';

/**
 * Acronyms learnt from the documents themselves: "Care Quality Commission (CQC)" teaches that
 * the term "cqc" and the phrase care·quality·commission name the same thing, so an agenda item
 * titled "CQC verbal update" meets minutes that spell it out, and the other way round.
 */
export type AcronymMap = Map<string, string[]>;

/** Words an acronym may pass over without taking a letter from them. */
const MINOR = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'at', 'with']);

const DEFINITION = /\(([A-Z][A-Za-z]{1,9})\)/g;

/** Every "Long Name (LN)" definition in a text, as [acronym term, expansion terms]. */
export function findAcronyms(text: string): Array<[string, string[]]> {
  const found: Array<[string, string[]]> = [];
  for (const match of text.matchAll(DEFINITION)) {
    const acronym = match[1]!.replace(/s$/, '');
    const letters = acronym.replace(/[a-z]/g, '');
    if (letters.length < 2 || letters !== acronym.replace(/[a-z]+$/, '')) continue;
    const before = words(text.slice(Math.max(0, match.index! - 120), match.index!));
    const expansion = spelledOut(letters, before);
    const term = toTerm(acronym);
    if (expansion && term) found.push([term, terms(expansion.join(' '))]);
  }
  return found;
}

/** The words just before "(ABC)" whose initials spell ABC, minor words passed over; null if none. */
function spelledOut(letters: string, before: string[]): string[] | null {
  let letter = letters.length - 1;
  let start = before.length;
  while (letter >= 0 && start > 0) {
    const word = before[start - 1]!;
    if (word[0]!.toUpperCase() === letters[letter]) letter--;
    else if (!MINOR.has(word.toLowerCase())) return null;
    start--;
  }
  return letter < 0 ? before.slice(start) : null;
}

/** Learns the definitions in a text; the first meaning seen for an acronym is kept. */
export function learnAcronyms(map: AcronymMap, text: string): void {
  for (const [acronym, expansion] of findAcronyms(text)) {
    if (!map.has(acronym) && expansion.length > 1) map.set(acronym, expansion);
  }
}

/** The acronyms a term list names, either as the acronym or as its spelled-out phrase. */
export function acronymsIn(termList: string[], map: AcronymMap): string[] {
  const named = new Set<string>();
  const present = new Set(termList);
  for (const term of present) if (map.has(term)) named.add(term);
  for (const [acronym, expansion] of map) {
    if (named.has(acronym) || !present.has(expansion[0]!)) continue;
    if (containsPhrase(termList, expansion)) named.add(acronym);
  }
  return [...named];
}

function containsPhrase(termList: string[], phrase: string[]): boolean {
  for (let i = 0; i + phrase.length <= termList.length; i++) {
    if (phrase.every((term, j) => termList[i + j] === term)) return true;
  }
  return false;
}
