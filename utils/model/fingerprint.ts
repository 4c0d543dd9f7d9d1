/**
 * A short print of a value's JSON: equal values give equal prints, and a change anywhere almost
 * surely changes it (two 32-bit FNV-1a hashes with different seeds). Not a security measure: it
 * tells the background's cache whether a page still holds what it held when its links were made.
 */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${text.length.toString(36)}`;
}
