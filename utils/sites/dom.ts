/**
 * DOM reading shared by the site adapters. Text comes from textContent (innerText does not
 * exist in Node's linkedom) and never from markup, so scripts in a page are read as words,
 * never run.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose text is code or hidden machinery, never council words. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'BR',
  'TR',
  'TD',
  'TH',
  'TABLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
  'BLOCKQUOTE',
  'DD',
  'DT',
  'CAPTION',
]);

/** The longest item text we keep: enough for linking, small enough for the index. */
export const MAX_ITEM_TEXT = 1500;

/** The longest title we keep: far beyond any council's, and what a message carries per title. */
export const MAX_TITLE = 500;

/** Collapse white space (including &nbsp;) to single spaces. */
export function cleanText(text: string): string {
  // Most texts need no collapsing: a test allocates nothing, where a replace copies the string.
  return NEEDS_COLLAPSING.test(text) ? text.replace(/[\s\u00a0\u200b]+/g, ' ').trim() : text.trim();
}

/** Two white-space characters in a row, or one that is not a plain space (\s covers &nbsp;). */
const NEEDS_COLLAPSING = /\s\s|[^\S ]|\u200b/;

/** One-line text of an element, without script or style content nor elements matching `skip`. */
export function textOf(node: Node | null | undefined, skip?: string): string {
  if (!node) return '';
  return cleanText(collectText(node, false, skip));
}

/** Text of an element with one line per paragraph, list entry or table row. */
export function blockTextOf(node: Node | null | undefined): string {
  if (!node) return '';
  return collectText(node, true).split('\n').map(cleanText).filter(Boolean).join('\n');
}

/** A loop with its own stack, not recursion: a page nested thousands deep must not overflow (issue #9). */
function collectText(root: Node, breakBlocks: boolean, skip?: string): string {
  const parts: string[] = [];
  // Nodes still to read, and the line breaks that close block elements, last first.
  const pending: (Node | string)[] = [root];
  while (pending.length) {
    const node = pending.pop()!;
    if (typeof node === 'string') parts.push(node);
    else if (node.nodeType === TEXT_NODE) parts.push(node.textContent ?? '');
    else if (node.nodeType === ELEMENT_NODE) openElement(node as Element, breakBlocks, parts, pending, skip);
  }
  return parts.join('');
}

/** Queue an element's children (and its closing break), unless it is code or skipped. */
function openElement(
  element: Element,
  breakBlocks: boolean,
  parts: string[],
  pending: (Node | string)[],
  skip?: string,
): void {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || (skip && element.matches(skip))) return;
  if (breakBlocks && BLOCK_TAGS.has(tag)) {
    parts.push('\n');
    pending.push('\n');
  }
  const children = element.childNodes;
  for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
}

/**
 * A title as a reader would write it: no file-size badges ("PDF 99 KB"), no page ranges
 * ("(Pages 5 - 12)"), no trailing full stop or item number echo.
 */
export function cleanTitle(title: string): string {
  // Bounded first: a hostile page's 1 MB title would make the trailing-punctuation pattern quadratic.
  return cleanText(
    bounded(cleanText(title), MAX_TITLE)
      .replace(/\b(?:PDF|DOC|DOCX|XLSX?|PPTX?|RTF|HTML?)\s+\d+(?:\.\d+)?\s*(?:[KMG]B|bytes)\b/gi, ' ')
      .replace(/\(\s*Pages?\s+\d+(?:\s*[-–]\s*\d+)?\s*\)/gi, ' ')
      .replace(/\(\s*\d+(?:\.\d+)?\s*[KMG]B\s*\)/gi, ' ')
      .replace(/\(\s*\)/g, ' '),
  ).replace(/[\s.:;,-]+$/, '');
}

/** Cap a text at a word boundary. */
export function bounded(text: string, max = MAX_ITEM_TEXT): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > max / 2 ? lastSpace : max).trimEnd()}…`;
}

/** An absolute URL for a link's href, or undefined for script links and junk. */
export function absoluteUrl(href: string | null | undefined, base: URL | string): string | undefined {
  if (!href || /^\s*(?:javascript|data|vbscript):/i.test(href)) return undefined;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

/** The last path segment, lower-cased: "ielistdocuments.aspx". */
export function pageName(url: URL): string {
  return (url.pathname.split('/').pop() ?? '').toLowerCase();
}

export function hostEndsWith(url: URL, suffix: string): boolean {
  const host = url.hostname.toLowerCase();
  return host === suffix || host.endsWith(`.${suffix}`);
}

/** Entities Word-made council HTML uses; the rest are rare enough to keep as written. */
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  pound: '£',
  euro: '€',
  hellip: '…',
  bull: '•',
  middot: '·',
};

/**
 * Text of an HTML fragment held as a string (ModernGov's web service escapes item HTML into
 * XML). Read with patterns, not a parser, so that nothing in it is ever built or run.
 */
export function htmlToText(html: string): string {
  // Tags are [^<>]*, not [^>]*: on a run of "<" without ">" the latter rescans to the end from
  // each one, quadratic on a hostile server's reply (issue #9).
  return withoutCode(html)
    .replace(/<\/?(?:p|div|li|ul|ol|br|tr|table|h[1-6])\b[^<>]*>/gi, '\n')
    .replace(/<[^<>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
    .split('\n')
    .map(cleanText)
    .filter(Boolean)
    .join('\n');
}

/**
 * Script and style elements dropped, in one pass. A lazy pattern (<script>[\s\S]*?</script>)
 * rescans the rest of the text for every opening tag left unclosed; here a tag found unclosed
 * once is not looked for again. Unclosed ones are left, as the pattern left them, for the tag
 * stripping to take.
 */
function withoutCode(html: string): string {
  const opening = /<(script|style)\b/gi;
  const unclosed = new Set<string>();
  let text = '';
  let at = 0;
  for (let open = opening.exec(html); open; open = opening.exec(html)) {
    const name = open[1]!.toLowerCase();
    if (unclosed.has(name)) continue;
    const closing = new RegExp(`</${name}\\s*>`, 'gi');
    closing.lastIndex = opening.lastIndex;
    if (!closing.exec(html)) {
      unclosed.add(name);
      continue;
    }
    text += `${html.slice(at, open.index)} `;
    at = opening.lastIndex = closing.lastIndex;
  }
  return text + html.slice(at);
}

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith('#')) {
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : entity;
  }
  return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
}
