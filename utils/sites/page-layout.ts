import type { BadgeSpec } from '../model/badges';
import { cleanText } from './dom';

/** Enough of a title element's text to tell it from its neighbours. */
export const PLACEMENT_TEXT = 60;
/** Read no more of an element's text than this: a fallback element may be a whole section. */
const TEXT_READ = 400;

/**
 * Where an element is on a page: its place among the page's elements in document order, its tag
 * and how its text begins. Kept from one visit to the next, so a page read again can have its
 * badges put back before it is read (issue #8); tag and text say whether the element is still the
 * same (a title's cell says what the title says: its tag tells them apart).
 */
export interface Placement {
  at: number;
  tag: string;
  text: string;
}

/** Each badge of a meeting page, with where it was put (the title element it follows). */
export type PageLayout = (BadgeSpec & Placement)[];

function placementText(element: Element): string {
  return cleanText((element.textContent ?? '').slice(0, TEXT_READ)).slice(0, PLACEMENT_TEXT);
}

/**
 * The placement of each of `elements` (in their order), counting the page's elements without
 * ours (`isOurs`: the badges' hosts, which were not there when the page was parsed). Null when
 * one of them is not in the document any more.
 */
export function placeElements(
  doc: Document,
  elements: readonly Element[],
  isOurs: (element: Element) => boolean,
): Placement[] | null {
  const wanted = new Map<Element, number[]>();
  elements.forEach((element, i) => wanted.set(element, [...(wanted.get(element) ?? []), i]));
  const placements: Placement[] = [];
  const all = doc.querySelectorAll('*');
  let at = 0;
  let left = wanted.size;
  for (let i = 0; i < all.length && left > 0; i++) {
    const element = all[i]!;
    if (isOurs(element)) continue;
    const indices = wanted.get(element);
    if (indices) {
      const placement = { at, tag: element.localName, text: placementText(element) };
      for (const index of indices) placements[index] = placement;
      left--;
    }
    at++;
  }
  return left === 0 ? placements : null;
}

/**
 * The elements at these placements if each still begins with the text it had, in their order;
 * otherwise what changed. Call it on the page as parsed, before anything of ours is added.
 * Elements added or removed before the first of them (a banner a page script puts at the top of
 * the page, after the places were taken) shift them all alike: they are looked for that far off.
 */
export function findPlaced(doc: Document, placements: readonly Placement[]): Element[] | string {
  const all = doc.querySelectorAll('*');
  const first = placements[0];
  const shift = first ? shiftOf(all, first) : 0;
  const found: Element[] = [];
  for (const { at, tag, text } of placements) {
    const element = all[at + shift];
    if (!element) return `the page has no element ${at + shift} any more`;
    if (!isSame(element, tag, text))
      return `element ${at + shift} was <${tag}> "${text}" and is now <${element.localName}> "${placementText(element)}"`;
    found.push(element);
  }
  return found;
}

/** How far from its place the first element now is, nearest first; 0 if it is not within reach. */
function shiftOf(all: ArrayLike<Element>, { at, tag, text }: Placement): number {
  for (let distance = 0; distance <= MAX_SHIFT; distance++)
    for (const shift of distance ? [-distance, distance] : [0]) {
      const element = all[at + shift];
      if (element && isSame(element, tag, text)) return shift;
    }
  return 0;
}

/** Far enough for a banner or a cookie notice; a page changed more than that is read first. */
const MAX_SHIFT = 200;

function isSame(element: Element, tag: string, text: string): boolean {
  return element.localName === tag && placementText(element) === text;
}
