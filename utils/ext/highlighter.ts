import { pointsToRange, type DomRangeLike } from '../anchor/dom-points';
import { describe } from '../anchor/describe';
import type { HighlightSelectors } from '../anchor/selectors';
import { pageAddress } from '../model/keys';

/**
 * Paints anchored highlights on the council's page without moving or changing it. The CSS
 * Custom Highlight API styles ranges without touching the DOM, so nothing reflows and the page's
 * text nodes stay as they were (which keeps the text layer, and other scripts, undisturbed).
 * Where the API is missing (Firefox before 140) ranges are wrapped in <mark data-lens-mark>
 * styled with a background only: the text is the same, and inline marks with no box of their
 * own shift nothing.
 */

export type HighlightKind = 'followup' | 'note';

/** Window's own type leaves out the globals (CSS, Highlight) that hang off it. */
type PageWindow = Window & typeof globalThis;

export interface PaintableHighlight {
  id: string;
  kind: HighlightKind;
  /** As anchorAll() gives it: a live Range in the browser. */
  range: DomRangeLike;
}

export interface Highlighter {
  /** Replaces whatever is painted with these highlights. */
  paint(highlights: readonly PaintableHighlight[]): void;
  /** Removes every highlight and, in the fallback, every mark: the page is as it was. */
  clear(): void;
  /** The id of the highlight drawn at a viewport point (a click's clientX/clientY), if any. */
  highlightAt(x: number, y: number): string | undefined;
}

const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  followup: 'agenda-lens-followup',
  note: 'agenda-lens-note',
};
const STYLE_ATTRIBUTE = 'data-lens-highlight-style';
const MARK_ATTRIBUTE = 'data-lens-mark';

/** Whether the highlighter added this element to the page (its stylesheet, or a <mark> where the API is missing). */
export function isHighlighterElement(element: Element): boolean {
  return element.hasAttribute(MARK_ATTRIBUTE) || element.hasAttribute(STYLE_ATTRIBUTE);
}

// Translucent backgrounds read on light and dark pages alike; the text keeps the page's colour.
const FOLLOWUP_BACKGROUND = 'rgba(255, 196, 0, 0.38)';
const NOTE_BACKGROUND = 'rgba(64, 156, 255, 0.3)';
const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.followup}) { background-color: ${FOLLOWUP_BACKGROUND}; }
::highlight(${HIGHLIGHT_NAMES.note}) { background-color: ${NOTE_BACKGROUND}; }
mark[${MARK_ATTRIBUTE}] { all: unset; background-color: ${FOLLOWUP_BACKGROUND}; }
mark[${MARK_ATTRIBUTE}="note"] { background-color: ${NOTE_BACKGROUND}; }
`;

/** Adds our one stylesheet to the page head, once per document. */
function injectStyle(doc: Document): void {
  if (doc.querySelector(`style[${STYLE_ATTRIBUTE}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTRIBUTE, '');
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);
}

function supportsCustomHighlights(win: PageWindow): boolean {
  return typeof win.Highlight === 'function' && win.CSS !== undefined && 'highlights' in win.CSS;
}

function isInside(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

/** The text nodes a range covers, each with the part of it inside the range. */
function textPiecesOf(range: Range): TextPiece[] {
  const doc = range.startContainer.ownerDocument ?? document;
  const root = range.commonAncestorContainer;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (range.intersectsNode(node) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  const pieces: TextPiece[] = [];
  // A range inside one text node has that node as its common ancestor, which the walker never visits.
  const first = root.nodeType === Node.TEXT_NODE ? (root as Text) : walker.nextNode();
  for (let node = first; node; node = walker.nextNode()) {
    const text = node as Text;
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.length;
    if (end > start) pieces.push({ node: text, start, end });
  }
  return pieces;
}

type OwnedPiece = TextPiece & { highlight: PaintableHighlight };

/**
 * Wraps the covered parts of one text node. The node is cut at every boundary first, from the
 * end backwards so the offsets still to cut stay valid; each part is then wrapped in a mark for
 * the last highlight covering it (overlaps show one colour in this fallback).
 */
function wrapNode(node: Text, pieces: OwnedPiece[]): HTMLElement[] {
  const cuts = [...new Set(pieces.flatMap((p) => [p.start, p.end]))].sort((a, b) => b - a);
  const parts: { start: number; end: number; text: Text }[] = [];
  let end = node.length;
  for (const cut of cuts) {
    if (cut <= 0 || cut >= end) continue;
    parts.push({ start: cut, end, text: node.splitText(cut) });
    end = cut;
  }
  parts.push({ start: 0, end, text: node });
  return parts.flatMap((part) => {
    const owner = pieces.findLast((p) => p.start <= part.start && p.end >= part.end)?.highlight;
    if (!owner) return [];
    const mark = node.ownerDocument.createElement('mark');
    mark.setAttribute(MARK_ATTRIBUTE, owner.kind);
    mark.dataset.lensId = owner.id;
    part.text.replaceWith(mark);
    mark.append(part.text);
    return [mark];
  });
}

/**
 * Wraps every highlight's text in marks. All pieces are collected before anything changes:
 * splitting and moving text nodes would shift the live ranges of highlights not yet wrapped.
 */
function wrapInMarks(highlights: readonly PaintableHighlight[], ranges: Range[]): HTMLElement[] {
  const byNode = new Map<Text, OwnedPiece[]>();
  highlights.forEach((highlight, i) => {
    for (const piece of textPiecesOf(ranges[i]!)) {
      byNode.set(piece.node, [...(byNode.get(piece.node) ?? []), { ...piece, highlight }]);
    }
  });
  return [...byNode].flatMap(([node, pieces]) => wrapNode(node, pieces));
}

function unwrap(mark: HTMLElement): void {
  const parent = mark.parentNode;
  if (!parent) return;
  mark.replaceWith(...mark.childNodes);
  // Rejoin the text nodes splitText made, so the page's DOM is as it was.
  parent.normalize();
}

export function createHighlighter(win: PageWindow = window): Highlighter {
  const doc = win.document;
  const customHighlights = supportsCustomHighlights(win);
  // What a click is tested against: the ranges, or in the fallback the marks (wrapping moves the ranges).
  let painted: { id: string; box: Range | HTMLElement }[] = [];
  let marks: HTMLElement[] = [];

  function clear(): void {
    if (customHighlights) for (const name of Object.values(HIGHLIGHT_NAMES)) win.CSS.highlights.delete(name);
    marks.forEach(unwrap);
    marks = [];
    painted = [];
  }

  function paint(highlights: readonly PaintableHighlight[]): void {
    clear();
    // A stylesheet added to the page makes the browser restyle all of it (about a second on a
    // 10,000-item agenda): only when there is something to paint (issue #9's hostile pages).
    if (highlights.length === 0) return;
    injectStyle(doc);
    const ranges = highlights.map((h) => pointsToRange(doc, h.range) as Range);
    if (customHighlights) {
      for (const kind of Object.keys(HIGHLIGHT_NAMES) as HighlightKind[]) {
        const ofKind = ranges.filter((_, i) => highlights[i]?.kind === kind);
        if (ofKind.length > 0) win.CSS.highlights.set(HIGHLIGHT_NAMES[kind], new win.Highlight(...ofKind));
      }
      painted = highlights.map((h, i) => ({ id: h.id, box: ranges[i]! }));
    } else {
      marks = wrapInMarks(highlights, ranges);
      painted = marks.map((mark) => ({ id: mark.dataset.lensId ?? '', box: mark }));
    }
  }

  function highlightAt(x: number, y: number): string | undefined {
    // Highlights are not elements, so a click never targets one: hit-test their boxes instead.
    const hit = painted.find((p) => Array.from(p.box.getClientRects()).some((rect) => isInside(rect, x, y)));
    return hit?.id;
  }

  return { paint, clear, highlightAt };
}

/**
 * Selectors for what the user has selected on the page, or null when nothing (or only our own
 * UI) is selected. The URL is the page's without its #fragment, which names a place on the
 * same page, not another page.
 */
export function selectionToSelectors(win: Window = window, itemNumber?: string): HighlightSelectors | null {
  const selection = win.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  return describe(win.document, selection.getRangeAt(0), {
    url: pageAddress(win.location.href),
    ...(itemNumber === undefined ? {} : { itemNumber }),
  });
}
