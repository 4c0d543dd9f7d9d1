/**
 * Find, for each item read from a page, the element that shows its title, so the overlay can put
 * its badge there. Works from the records rather than a platform's markup, so every adapter
 * (and the generic one) gets badges without knowing about the overlay.
 */
/** Tag names (lower case, as localName gives them): a set lookup costs far less than `matches`. */
const CANDIDATE_TAGS = new Set('h1 h2 h3 h4 h5 h6 p td th li dt dd a strong b span div'.split(' '));
/** Titles longer than this are matched on their first words only. */
const TITLE_PREFIX = 60;
/**
 * An element shows a title when its text begins with it, after at most this much of a label
 * ("25. ", "Item 5 – "): a sentence that only mentions the title ("… be added to the work
 * programme.") is not where its badge goes, when the title itself is on the page.
 */
const MAX_LABEL = 20;
/** Elements with more text than this are containers, not titles. */
const MAX_ELEMENT_TEXT = 600;
/** Bound the work on hostile pages (10,000 items, deep DOMs): issue #9. */
const MAX_CANDIDATES = 20_000;
/**
 * And at most this many text comparisons in all: an item missing from the page costs a scan of
 * every candidate, so 10,000 missing items would otherwise cost 200 million. Items left when it is
 * spent get no badge.
 */
const MAX_COMPARISONS = 1_000_000;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const normalise = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

export interface LocatableItem {
  number: string;
  title: string;
}

/**
 * An element that may show a title: its text, and its place in document order with its subtree's
 * end. The text is normalised when first compared: items come in page order, so most candidates
 * of a long agenda are never compared at all (issue #8: normalising all of them up front was the
 * largest part of placing 100 badges).
 */
interface Candidate {
  element: Element;
  raw: string;
  text?: string;
  at: number;
  end: number;
}

function normalisedText(candidate: Candidate): string {
  return (candidate.text ??= normalise(candidate.raw));
}

interface Budget {
  left: number;
}

/**
 * Each item's title element, in the items' order: where the page's adapter read it (`known`),
 * else where locateItems finds it. An adapter that knows saves a search of the page (on a
 * 100-item agenda, 8-45 ms of the overlay's time before its badges: issue #8).
 */
export function titleElements<T extends LocatableItem>(
  doc: Document,
  items: T[],
  known?: ReadonlyMap<T, Element>,
): Map<T, Element> {
  const unknown = known ? items.filter((item) => !known.has(item)) : items;
  const located = unknown.length ? locateItems(doc, unknown) : new Map<T, Element>();
  const found = new Map<T, Element>();
  for (const item of items) {
    const element = known?.get(item) ?? located.get(item);
    if (element) found.set(item, element);
  }
  return found;
}

export function locateItems<T extends LocatableItem>(
  doc: Document,
  items: T[],
  root?: Element,
): Map<T, Element> {
  const scope = root ?? doc.body;
  const found = new Map<T, Element>();
  if (!scope) return found;
  const candidates = readCandidates(scope);
  const used = new Set<Element>();
  const budget = { left: MAX_COMPARISONS };
  let cursor = 0; // items appear in page order: search forward from the previous match
  for (const item of items) {
    if (budget.left <= 0) break;
    const wanted = normalise(item.title).slice(0, TITLE_PREFIX);
    if (!wanted) continue;
    const match =
      find(candidates, leadsWith(wanted), cursor, budget) ??
      find(candidates, mentions(wanted), cursor, budget);
    if (!match) continue;
    const { index, shows } = match;
    const element = innermost(candidates, index, shows, budget);
    if (used.has(element)) continue;
    used.add(element);
    found.set(item, element);
    cursor = index + 1;
  }
  return found;
}

/**
 * One pass, last element first so children come before their parents: each element's text is
 * built from its children's (up to MAX_ELEMENT_TEXT, '' beyond) and its subtree's end from its
 * last child's. Asking every element for its textContent would read a deeply nested page once
 * per level: quadratic in its depth. Elements after the last candidate kept are not read.
 */
function readCandidates(scope: Element): Candidate[] {
  const all = [scope, ...Array.from(scope.querySelectorAll('*'))];
  const positions: number[] = [];
  for (let i = 1; i < all.length && positions.length < MAX_CANDIDATES; i++) {
    if (CANDIDATE_TAGS.has(all[i]!.localName.toLowerCase())) positions.push(i);
  }
  const texts = new Map<Element, string | null>();
  const ends = new Map<Element, number>();
  for (let i = positions.at(-1) ?? 0; i >= 0; i--) {
    const element = all[i]!;
    texts.set(element, joinChildren(element, texts));
    const last = element.lastElementChild;
    ends.set(element, last ? (ends.get(last) ?? all.length) : i);
  }
  return positions.map((at) => {
    const element = all[at]!;
    return { element, raw: texts.get(element) ?? '', at, end: ends.get(element)! };
  });
}

/** An element's text from its children's; null when too long (or a child was not read). */
function joinChildren(element: Element, texts: Map<Element, string | null>): string | null {
  let text = '';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) {
      const part = texts.get(child as Element);
      if (part === null || part === undefined) return null;
      text += part;
    } else if (child.nodeType === TEXT_NODE) text += (child as Text).data;
    if (text.length > MAX_ELEMENT_TEXT) return null;
  }
  return text;
}

/** Whether a candidate's (normalised) text shows the title wanted. */
type Shows = (text: string) => boolean;

/** Begins with the title, after at most a short label. */
const leadsWith =
  (wanted: string): Shows =>
  (text) => {
    const at = text.indexOf(wanted);
    return at >= 0 && at <= MAX_LABEL;
  };

/** Has the title anywhere: for pages where no element begins with it. */
const mentions =
  (wanted: string): Shows =>
  (text) =>
    text.includes(wanted);

/** The first candidate that shows the title, from the cursor on, then from the top. */
function find(candidates: Candidate[], shows: Shows, cursor: number, budget: Budget) {
  const index = findFrom(candidates, shows, cursor, budget) ?? findFrom(candidates, shows, 0, budget);
  return index === null ? null : { index, shows };
}

function findFrom(candidates: Candidate[], shows: Shows, start: number, budget: Budget): number | null {
  for (let i = start; i < candidates.length && budget.left-- > 0; i++) {
    if (shows(normalisedText(candidates[i]!))) return i;
  }
  return null;
}

/**
 * The deepest match inside the first: candidates are in document order, so an element's
 * descendants follow it up to its subtree's end. Only descendants of the best so far count, so a
 * later paragraph that repeats the title (a summary) does not take the badge from the title.
 */
function innermost(candidates: Candidate[], index: number, shows: Shows, budget: Budget): Element {
  let best = candidates[index]!;
  for (let i = index + 1; i < candidates.length && budget.left-- > 0; i++) {
    const candidate = candidates[i]!;
    if (candidate.at > best.end) break;
    if (shows(normalisedText(candidate))) best = candidate;
  }
  return best.element;
}
