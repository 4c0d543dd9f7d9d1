/**
 * Find, for each item read from a page, the element that shows its title, so the overlay can put
 * its badge there. Works from the records rather than a platform's markup, so every adapter
 * (and the generic one) gets badges without knowing about the overlay.
 */
const CANDIDATES = 'h1,h2,h3,h4,h5,h6,p,td,th,li,dt,dd,a,strong,b,span,div';
/** Titles longer than this are matched on their first words only. */
const TITLE_PREFIX = 60;
/** Elements with more text than this are containers, not titles. */
const MAX_ELEMENT_TEXT = 600;
/** Bound the work on hostile pages (10,000 items, deep DOMs): issue #9. */
const MAX_CANDIDATES = 20_000;

const normalise = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

export interface LocatableItem {
  number: string;
  title: string;
}

export function locateItems<T extends LocatableItem>(
  doc: Document,
  items: T[],
  root?: Element,
): Map<T, Element> {
  const scope = root ?? doc.body;
  const found = new Map<T, Element>();
  if (!scope) return found;
  const elements = Array.from(scope.querySelectorAll(CANDIDATES)).slice(0, MAX_CANDIDATES);
  const texts = elements.map((el) => {
    const text = el.textContent ?? '';
    return text.length > MAX_ELEMENT_TEXT ? '' : normalise(text);
  });
  const used = new Set<Element>();
  let cursor = 0; // items appear in page order: search forward from the previous match
  for (const item of items) {
    const wanted = normalise(item.title).slice(0, TITLE_PREFIX);
    if (!wanted) continue;
    const index = findFrom(texts, wanted, cursor) ?? findFrom(texts, wanted, 0);
    if (index === null) continue;
    const element = innermost(elements, texts, index, wanted);
    if (used.has(element)) continue;
    used.add(element);
    found.set(item, element);
    cursor = index + 1;
  }
  return found;
}

function findFrom(texts: string[], wanted: string, start: number): number | null {
  for (let i = start; i < texts.length; i++) if (texts[i]!.includes(wanted)) return i;
  return null;
}

/** querySelectorAll is in document order, so descendants follow their ancestor: take the deepest match. */
function innermost(elements: Element[], texts: string[], index: number, wanted: string): Element {
  let best = index;
  for (let i = index + 1; i < elements.length && elements[index]!.contains(elements[i]!); i++) {
    if (texts[i]!.includes(wanted)) best = i;
  }
  return elements[best]!;
}
