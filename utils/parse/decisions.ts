import type { Decision, DecisionKind } from '../model/record';
import { readMarker, stripMarker, type Marker, type MarkerKind } from './markers';
import { collapseWhitespace } from './text';

/**
 * Decisions: the clauses a meeting resolved, agreed or recommended. A label opens a block
 * ("RESOLVED:", "AGREED -", "It was RESOLVED that", "Decision:"), and the block is split one
 * entry per clause.
 */

/** Label words and the kind of decision they announce. */
const KIND_OF_LABEL: [RegExp, DecisionKind][] = [
  [/^resol/i, 'resolved'],
  [/^decid|^decision/i, 'resolved'],
  [/^agreed/i, 'agreed'],
  [/^recommend/i, 'recommendation'],
  [/^noted/i, 'noted'],
];

const LABEL_WORD = 'RESOLVED|RESOLUTIONS?|DECIDED|DECISIONS?|AGREED|RECOMMENDED|RECOMMENDATIONS?|NOTED';
/** A label in capitals at the start of a line: "RESOLVED:", "RESOLVED – That", "AGREED that". */
const CAPS_LABEL = /* @__PURE__ */ new RegExp(
  `^(?:it\\s+was\\s+)?(?:(?:unanimously|further)\\s+)?(${LABEL_WORD})\\b(?:\\s{0,3}[:.\\-–—]+)?\\s*`,
);
/** Any case, but only with a colon ("Decision:", "Resolved:") or as "It was resolved that". */
const SOFT_LABEL = /* @__PURE__ */ new RegExp(
  `^(?:(${LABEL_WORD})\\s{0,3}:|it\\s+was\\s+(?:(?:unanimously|further)\\s+)?(resolved|agreed|decided)\\b\\s*(?=that|to|:))\\s*:?\\s*`,
  'i',
);
/** A capitalised label in mid-sentence: "The Committee RESOLVED that …". */
const INLINE_LABEL = /\b(RESOLVED|AGREED|DECIDED)\b\s*[:\-–—]?\s*(?=that\b|to\b|That\b|To\b)/;

/** Lines that end a decision block without being a clause of it. */
const BLOCK_END = /^(?:reasons?\s+for\s+(?:the\s+)?decisions?|alternative\s+options|action\s*:|note\s*:)/i;

export interface LabelMatch {
  kind: DecisionKind;
  /** The text on the label's line after the label. */
  rest: string;
}

export function kindOfLabel(label: string): DecisionKind {
  return KIND_OF_LABEL.find(([pattern]) => pattern.test(label.trim()))?.[1] ?? 'resolved';
}

/** First letters (lower case) of what CAPS_LABEL and SOFT_LABEL open with: "it was", "further", a label… */
const OPENING_LABEL_INITIALS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ [...'adfinru'].map((letter) => letter.charCodeAt(0)),
);

/** Whether a line can open with a label: a look at its first letter spares most lines both patterns. */
function mayOpenWithLabel(line: string): boolean {
  return OPENING_LABEL_INITIALS.has(line.charCodeAt(0) | 0x20); // | 0x20: ASCII letters to lower case
}

/** Whether this (trimmed) line opens a decision block, with its kind and trailing text. */
export function readDecisionLabel(line: string): LabelMatch | null {
  return (mayOpenWithLabel(line) && readOpeningLabel(line)) || readInlineLabel(line);
}

function readOpeningLabel(line: string): LabelMatch | null {
  const caps = CAPS_LABEL.exec(line);
  // "AGREED" alone or with a colon, or before "That"/"to": a lone capital word mid-prose is not a label.
  if (
    caps &&
    (caps[0].trim() !== caps[1] ||
      line.length === caps[0].length ||
      /^(that|to)\b/i.test(line.slice(caps[0].length)))
  ) {
    return { kind: kindOfLabel(caps[1]!), rest: line.slice(caps[0].length) };
  }
  const soft = SOFT_LABEL.exec(line);
  return soft ? { kind: kindOfLabel(soft[1] ?? soft[2]!), rest: line.slice(soft[0].length) } : null;
}

function readInlineLabel(line: string): LabelMatch | null {
  const inline = INLINE_LABEL.exec(line);
  if (inline && inline.index > 0) {
    return { kind: kindOfLabel(inline[1]!), rest: line.slice(inline.index + inline[0].length) };
  }
  return null;
}

interface Clause {
  text: string;
  marker: MarkerKind | null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function collapse(text: string): string {
  return collapseWhitespace(text).trim();
}

const ALPHA_SEQUENCE = 'abcdefghijklmnopqrstuvwxyz';
const ROMAN_SEQUENCE = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/**
 * Splits "(a) That …; (b) That …" run together on one line (OCR, or a flowed paragraph) at
 * enumerators that follow each other in order from (a) or (i): "(CLC)" or "(x)" out of order
 * stay in the text.
 */
function splitInlineEnumerators(text: string): string[] {
  for (const sequence of [ALPHA_SEQUENCE.split(''), ROMAN_SEQUENCE]) {
    const cuts: number[] = [];
    let from = 0;
    for (const label of sequence) {
      const at = findEnumerator(text, label, from);
      if (at < 0) break;
      cuts.push(at);
      from = at + label.length + 2;
    }
    if (cuts.length >= 2) {
      const head = text.slice(0, cuts[0]).trim();
      const parts = cuts.map((cut, i) => text.slice(cut, cuts[i + 1]).trim());
      return head ? [head, ...parts] : parts;
    }
  }
  return [text];
}

/** Position of "(a)" or "a)" as an enumerator (at the start or after a space) from `from`, or -1. */
function findEnumerator(text: string, label: string, from: number): number {
  for (const token of [`(${label})`, `${label})`]) {
    let at = text.indexOf(token, from);
    while (at >= 0) {
      const before = at === 0 ? ' ' : text[at - 1]!;
      const after = text[at + token.length] ?? ' ';
      if (/\s/.test(before) && /\s/.test(after)) return at;
      at = text.indexOf(token, at + 1);
    }
  }
  return -1;
}

function stripLeadingLabel(text: string): { kind?: DecisionKind; body: string } {
  const trimmed = text.trimStart();
  const lineEnd = trimmed.indexOf('\n');
  const firstLine = lineEnd < 0 ? trimmed : trimmed.slice(0, lineEnd);
  const label = readMarker(firstLine) ? null : readDecisionLabel(firstLine);
  if (!label) return { body: text };
  return { kind: label.kind, body: label.rest + (lineEnd < 0 ? '' : trimmed.slice(lineEnd)) };
}

/** Groups lines into clauses: a marker or a blank line starts a clause; other lines continue one. */
function linesToClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let previousMarker: Marker | undefined;
  let afterBlank = true;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) {
      afterBlank = true;
      continue;
    }
    const marker = readMarker(line, previousMarker);
    const last = clauses[clauses.length - 1];
    // A blank line starts a new clause unless the line carries on a sentence (lower-case start).
    const continues = last && !marker && (!afterBlank || /^[a-z]/.test(line));
    if (continues) last.text += ' ' + line;
    else clauses.push({ text: line, marker: marker?.kind ?? null });
    if (marker) previousMarker = marker;
    afterBlank = false;
  }
  return clauses;
}

/** A clause ending in ":" takes in the list under it ("on the following dates: 19 January 2026, …"). */
function absorbLists(clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  let parent: (Clause & { children: string[] }) | null = null;
  for (const clause of clauses) {
    const isListEntry =
      parent &&
      (clause.marker !== parent.marker || (clause.text.length <= 80 && !/^that\b/i.test(clause.text)));
    if (parent && isListEntry) {
      parent.children.push(stripMarker(clause.text).replace(/[.;,]$/, ''));
      continue;
    }
    if (parent) out.push(finishParent(parent));
    parent = clause.text.endsWith(':') ? { ...clause, children: [] } : null;
    if (!parent) out.push(clause);
  }
  if (parent) out.push(finishParent(parent));
  return out;
}

function finishParent(parent: Clause & { children: string[] }): Clause {
  return { text: `${parent.text} ${parent.children.join(', ')}`, marker: parent.marker };
}

/**
 * The clauses of one decision block, one Decision each. `text` is what follows the label (a
 * leading label is also accepted and sets the kind when `kind` is not given).
 */
export function splitDecisionClauses(text: string, kind?: DecisionKind): Decision[] {
  const { kind: labelKind, body } = stripLeadingLabel(text);
  const decisionKind = kind ?? labelKind;
  const clauses = absorbLists(linesToClauses(body));
  return clauses
    .flatMap((clause) => splitInlineEnumerators(collapse(clause.text)))
    .map((part) => capitalise(collapse(stripMarker(part)).replace(/\s*;(?:\s*(?:and|or))?$/, '')))
    .filter((part) => /[a-z]{2}/i.test(part) && !BLOCK_END.test(part))
    .map((part) => (decisionKind ? { text: part, kind: decisionKind } : { text: part }));
}

interface Block {
  kind: DecisionKind;
  lines: string[];
  /** The last non-empty line taken. */
  last: string;
  /** Inside a list announced by a colon ("on the following dates:" then one date a line). */
  inList: boolean;
}

/** A short entry of a list: no sentence of its own. */
function isListEntry(line: string): boolean {
  return line.length <= 80 && !/[.!?]$/.test(line);
}

/** Whether a line after a decision block's first paragraph still belongs to the block. */
function continuesBlock(line: string, block: Block, afterBlank: boolean): boolean {
  if (BLOCK_END.test(line)) return false;
  if (!afterBlank || readMarker(line)) return true;
  if (/^(?:that|to)\b/i.test(line) || /^[a-z]/.test(line)) return true;
  if (/(?:[:,;]|\band)$/.test(block.last)) return true;
  return block.inList && isListEntry(line);
}

function take(block: Block, line: string): void {
  block.lines.push(line);
  block.inList = line.endsWith(':') || (block.inList && isListEntry(line));
  block.last = line;
}

/** The label opening a decision block on this line; a list entry ("a) Agreed …") opens none. */
function readBlockLabel(line: string): LabelMatch | null {
  // The label is looked for first: most lines have none, and are spared reading a marker.
  const label = readDecisionLabel(line);
  return label && !readMarker(line) ? label : null;
}

/**
 * Every labelled decision block in a stretch of minute text, as one Decision per clause. A
 * block runs from its label through its clauses, and ends at the first paragraph that is
 * neither a clause nor a continuation of one.
 */
export function findDecisions(text: string): Decision[] {
  return findDecisionsInLines(text.split('\n'));
}

/** findDecisions over a text already in lines (an item's body), which spares joining and splitting it. */
export function findDecisionsInLines(lines: readonly string[]): Decision[] {
  const decisions: Decision[] = [];
  let block: Block | null = null;
  let afterBlank = false;
  const close = () => {
    if (block) decisions.push(...splitDecisionClauses(block.lines.join('\n'), block.kind));
    block = null;
  };
  for (const raw of lines) {
    const line = raw.trim().slice(0, 4000);
    if (!line) {
      afterBlank = true;
      block?.lines.push('');
      continue;
    }
    const label = readBlockLabel(line);
    if (label) {
      close();
      block = { kind: label.kind, lines: [], last: '', inList: false };
      if (label.rest) take(block, label.rest);
    } else if (block) {
      if (block.last && !continuesBlock(line, block, afterBlank)) close();
      else take(block, line);
    }
    afterBlank = false;
  }
  close();
  return decisions;
}
