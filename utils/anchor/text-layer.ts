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

/** A text node that contributed characters, and where they sit in the layer (end exclusive). */
export interface TextSegment {
  node: Node;
  start: number;
  end: number;
}

export interface ItemMarker {
  offset: number;
  itemNumber: string;
}

export interface TextLayer {
  /** Whitespace collapsed to single spaces, invisible characters dropped, no leading or trailing space. */
  readonly text: string;
  /** For each character of `text`, its offset inside its own text node. */
  readonly rawOffsets: Uint32Array;
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

/** Soft hyphens and zero-width characters: invisible, and pages add or drop them freely. */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0xfeff;
}

function isSkipped(element: Element): boolean {
  return SKIPPED_TAGS.has(element.localName) || element.hasAttribute(LENS_HOST_ATTRIBUTE);
}

/** Accumulates the layer as the walk goes. */
class LayerBuilder {
  private chunks: string[] = [];
  private offsets: number[] = [];
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

  addText(node: Node, raw: string): void {
    const start = this.length;
    let out = '';
    for (let i = 0; i < raw.length; i++) {
      const code = raw.charCodeAt(i);
      if (isInvisible(code)) continue;
      if (isWhitespace(code) || this.pendingBreak) {
        if (!this.lastWasSpace) {
          out += ' ';
          this.offsets.push(i);
          this.lastWasSpace = true;
        }
        this.pendingBreak = false;
        if (isWhitespace(code)) continue;
      }
      out += raw[i];
      this.offsets.push(i);
      this.lastWasSpace = false;
    }
    this.chunks.push(out);
    this.length += out.length;
    if (out.length > 0) this.segments.push({ node, start, end: this.length });
  }

  finish(): TextLayer {
    let text = this.chunks.join('');
    if (text.endsWith(' ')) {
      text = text.slice(0, -1);
      this.offsets.pop();
      const last = this.segments[this.segments.length - 1];
      if (last) last.end = text.length;
      if (last && last.end === last.start) this.segments.pop();
    }
    return {
      text,
      rawOffsets: Uint32Array.from(this.offsets),
      segments: this.segments,
      spans: this.spans,
      items: this.items,
    };
  }
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
