/**
 * List markers at the start of a line: bullets (including the shapes OCR makes of them) and
 * enumerators (a), (i), 1.). Shared by decision splitting and the parser's body reader.
 */

export type MarkerKind = 'bullet' | 'alpha' | 'roman' | 'number';

export interface Marker {
  kind: MarkerKind;
  /** The enumerator without punctuation ("a", "iv", "2"); empty for bullets. */
  label: string;
  /** The line's text after the marker(s). */
  rest: string;
}

/**
 * Bullet glyphs, and OCR's readings of "•": a lone "e", "o", "«", "°", "©" before a capital.
 * Letters only count where a capital or an opening bracket/quote follows, so "o The" is a
 * bullet but "e.g." or "or" are not.
 */
const BULLET = /^(?:[-–—•·▪◦●○■□*«»°¢©>✓➢➤]|[eoc](?=\s{1,3}[A-Z("'“‘]))\s{0,3}(?=\S)/;
const ENUMERATOR = /^\(?([a-z]|[ivx]{1,5}|\d{1,2})[.)](?=\s|$)\s*/i;
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{1,3}|v)$/i;

function enumeratorKind(label: string, previous?: Marker): MarkerKind {
  if (/^\d/.test(label)) return 'number';
  if (label.length > 1) return ROMAN.test(label) ? 'roman' : 'alpha';
  // "i", "v", "x" are letters when they continue an alphabetic list (h → i), numerals otherwise.
  if (!ROMAN.test(label)) return 'alpha';
  const continuesLetters =
    previous?.kind === 'alpha' &&
    previous.label.toLowerCase().charCodeAt(0) + 1 === label.toLowerCase().charCodeAt(0);
  return continuesLetters ? 'alpha' : 'roman';
}

/** The marker that opens this (trimmed) line, or null. A bullet before an enumerator ("- a)") counts as the enumerator. */
export function readMarker(line: string, previous?: Marker): Marker | null {
  const bullet = BULLET.exec(line);
  const afterBullet = bullet ? line.slice(bullet[0].length) : line;
  const enumerator = ENUMERATOR.exec(afterBullet);
  // A single capital letter with a dot is an initial ("A. Smith"), not an enumerator.
  if (enumerator && !/^[A-Z]\.$/.test(enumerator[0].trim())) {
    const label = enumerator[1]!;
    return {
      kind: enumeratorKind(label, previous),
      label: label.toLowerCase(),
      rest: afterBullet.slice(enumerator[0].length),
    };
  }
  return bullet ? { kind: 'bullet', label: '', rest: afterBullet } : null;
}

/** The line without its leading markers. */
export function stripMarker(line: string): string {
  return readMarker(line)?.rest ?? line;
}
