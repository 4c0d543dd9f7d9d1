/**
 * The text layer: the page's visible text as one normalised string, with the way back from
 * each character to the DOM. describe() and anchor() both work on it, so what is stored and
 * what is searched are normalised the same way, whatever the page does with whitespace.
 *
 * Built by walking childNodes rather than with a TreeWalker/Range: linkedom (Node tests, CLI)
 * has neither in a usable form, and the walk is the same cost in a browser.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements whose text the reader never sees as page text. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'iframe', 'object']);

/**
 * Elements that break a line: a space stands between their text and their neighbours', so
 * "<td>8</td><td>Parking</td>" reads "8 Parking", not "8Parking", in quotes and contexts.
 */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul',
]); // prettier-ignore

/** Our own UI (shadow hosts) is not page text; it may or may not be present when a page is re-read. */
export const LENS_HOST_ATTRIBUTE = 'data-lens-host';
/** Hosts placed beside agenda items carry the item number (issue 6 testing hooks). */
export const LENS_ITEM_ATTRIBUTE = 'data-lens-item';

/**
 * A stretch of layer text that maps linearly onto its text node: layer offset `layer` is raw
 * offset `raw`, the next character the next, up to the following run. Runs only start where
 * whitespace was collapsed or characters dropped, so a typical node has one or two: far less
 * memory and time than an offset per character on a megabyte page.
 */
export interface Run {
  layer: number;
  raw: number;
}

/** A text node that contributed characters, and where they sit in the layer (end exclusive). */
export interface TextSegment {
  node: Node;
  start: number;
  end: number;
  runs: Run[];
}

export interface ItemMarker {
  offset: number;
  itemNumber: string;
}

export interface TextLayer {
  /** Whitespace collapsed to single spaces, invisible characters dropped, no leading or trailing space. */
  readonly text: string;
  /** Segments with at least one character, in document order. */
  readonly segments: readonly TextSegment[];
  /** Where every node met under the root starts and ends in the layer: turns DOM points into offsets. */
  readonly spans: ReadonlyMap<Node, { start: number; end: number }>;
  /** Item hosts met on the way, in document order. */
  readonly items: readonly ItemMarker[];
}

/** The body when there is one: the head holds no readable text. */
export function defaultRoot(doc: Document): Node {
  return doc.body ?? doc.documentElement;
}

function isWhitespace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Soft hyphens and zero-width characters: invisible, and pages add or drop them at will. */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0xfeff;
}

/**
 * A single ordinary space inside a run of words needs no collapsing and stays in the literal:
 * most spaces on a page are these, and not cutting the text at each keeps the build fast.
 */
function isPlainSpaceBetweenWords(raw: string, i: number, literalStart: number): boolean {
  if (raw.charCodeAt(i) !== 32 || i === literalStart || i + 1 >= raw.length) return false;
  const next = raw.charCodeAt(i + 1);
  return !isWhitespace(next) && !isInvisible(next);
}

function isSkipped(element: Element): boolean {
  return SKIPPED_TAGS.has(element.localName) || element.hasAttribute(LENS_HOST_ATTRIBUTE);
}

/** Accumulates the layer as the walk goes. */
class LayerBuilder {
  private chunks: string[] = [];
  private length = 0;
  // Start as if after a space, so the layer never begins with one.
  private lastWasSpace = true;
  private pendingBreak = false;
  readonly segments: TextSegment[] = [];
  readonly spans = new Map<Node, { start: number; end: number }>();
  readonly items: ItemMarker[] = [];

  get offset(): number {
    return this.length;
  }

  lineBreak(): void {
    this.pendingBreak = true;
  }

  /** node is the text node raw comes from; none for text known without a DOM (see layerTextOf). */
  addText(node: Node | undefined, raw: string): void {
    const segment = { node, start: this.length, end: this.length, runs: [] as Run[] };
    // A plain loop over char codes: a regex with matchAll costs several times more on a big page.
    let from = 0;
    for (let i = 0; i < raw.length; i++) {
      const code = raw.charCodeAt(i);
      if (isPlainSpaceBetweenWords(raw, i, from)) continue;
      const space = isWhitespace(code);
      if (!space && !isInvisible(code)) continue;
      this.addLiteral(segment, raw, from, i);
      if (space) this.addSpace(segment, i);
      from = i + 1;
    }
    this.addLiteral(segment, raw, from, raw.length);
    if (segment.node && segment.end > segment.start) this.segments.push({ ...segment, node: segment.node });
  }

  private addLiteral(segment: Omit<TextSegment, 'node'>, raw: string, from: number, to: number): void {
    if (from >= to) return;
    // The break between blocks is a space that maps to the first character after it.
    if (this.pendingBreak && !this.lastWasSpace) this.emit(segment, ' ', from);
    this.pendingBreak = false;
    this.emit(segment, raw.slice(from, to), from);
    this.lastWasSpace = false;
  }

  private addSpace(segment: Omit<TextSegment, 'node'>, rawOffset: number): void {
    if (!this.lastWasSpace) this.emit(segment, ' ', rawOffset);
    this.lastWasSpace = true;
    this.pendingBreak = false;
  }

  private emit(segment: Omit<TextSegment, 'node'>, text: string, rawOffset: number): void {
    const run = segment.runs[segment.runs.length - 1];
    if (!run || run.raw + (this.length - run.layer) !== rawOffset)
      segment.runs.push({ layer: this.length, raw: rawOffset });
    this.chunks.push(text);
    this.length += text.length;
    segment.end = this.length;
  }

  finish(): TextLayer {
    let text = this.chunks.join('');
    const last = this.segments[this.segments.length - 1];
    if (last && text.endsWith(' ')) {
      text = text.slice(0, -1);
      last.end = text.length;
      if (last.runs[last.runs.length - 1]?.layer === last.end) last.runs.pop();
      if (last.end === last.start) this.segments.pop();
    }
    return { text, segments: this.segments, spans: this.spans, items: this.items };
  }
}

/** The offset, inside its text node, of the layer character at index (which must lie in segment). */
export function rawOffsetAt(segment: TextSegment, index: number): number {
  let run = segment.runs[0]!;
  for (const next of segment.runs) {
    if (next.layer > index) break;
    run = next;
  }
  return run.raw + (index - run.layer);
}

/** The first layer index in segment whose character is at or after rawOffset in the node; segment.end when none is. */
export function layerOffsetAt(segment: TextSegment, rawOffset: number): number {
  for (let i = 0; i < segment.runs.length; i++) {
    const run = segment.runs[i]!;
    const runEnd = segment.runs[i + 1]?.layer ?? segment.end;
    if (rawOffset <= run.raw) return run.layer;
    if (rawOffset < run.raw + (runEnd - run.layer)) return run.layer + (rawOffset - run.raw);
  }
  return segment.end;
}

/** Visits one node on the way down; returns whether to descend into it. */
function enter(builder: LayerBuilder, node: Node): boolean {
  builder.spans.set(node, { start: builder.offset, end: builder.offset });
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
    builder.addText(node, node.nodeValue ?? '');
    return false;
  }
  if (node.nodeType !== ELEMENT_NODE) return false;
  const element = node as Element;
  const itemNumber = element.getAttribute(LENS_ITEM_ATTRIBUTE);
  if (itemNumber) builder.items.push({ offset: builder.offset, itemNumber });
  if (isSkipped(element)) return false;
  if (BLOCK_TAGS.has(element.localName)) builder.lineBreak();
  return true;
}

function leave(builder: LayerBuilder, node: Node, descended: boolean): void {
  const span = builder.spans.get(node);
  if (span) span.end = builder.offset;
  if (descended && BLOCK_TAGS.has((node as Element).localName)) builder.lineBreak();
}

/** Depth-first over root's descendants without recursion: council pages nest deep enough to matter. */
function walk(root: Node, builder: LayerBuilder): void {
  let node: Node | null = root.firstChild;
  while (node) {
    const descend = enter(builder, node);
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    leave(builder, node, descend);
    while (!node.nextSibling) {
      const parent: Node | null = node.parentNode;
      if (!parent || parent === root) return;
      node = parent;
      leave(builder, node, true);
    }
    node = node.nextSibling;
  }
}

export function buildTextLayer(doc: Document, root: Node = defaultRoot(doc)): TextLayer {
  const builder = new LayerBuilder();
  walk(root, builder);
  const layer = builder.finish();
  builder.spans.set(root, { start: 0, end: layer.text.length });
  return layer;
}

/**
 * The layer text of strings known without a DOM, normalised exactly as buildTextLayer normalises
 * a page: each string as a text node, BLOCK_BREAK where a block element (a <br>) stands. The PDF
 * viewer anchors highlights against a page's text before pdf.js draws that page's text layer.
 */
export function layerTextOf(parts: Iterable<string | typeof BLOCK_BREAK>): string {
  const builder = new LayerBuilder();
  for (const part of parts) {
    if (part === BLOCK_BREAK) builder.lineBreak();
    else builder.addText(undefined, part);
  }
  return builder.finish().text;
}

export const BLOCK_BREAK = Symbol('line break');

/** Narrows [start, end) so that it neither begins nor ends with a space. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return { start, end };
}

/** The item number of the last item host at or before offset. */
export function itemAt(layer: TextLayer, offset: number): string | undefined {
  let found: string | undefined;
  for (const marker of layer.items) {
    if (marker.offset > offset) break;
    found = marker.itemNumber;
  }
  return found;
}
