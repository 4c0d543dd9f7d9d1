/**
 * A short print of a text (a page's records as JSON): equal texts give equal prints, and a change
 * anywhere almost surely changes it (two 32-bit FNV-1a hashes with different seeds). Not a
 * security measure: it tells the background's cache whether a page still holds what it held when
 * its links were made. The overlay sends the JSON and the background prints it: a loop over every
 * character, in a page's code not yet optimised, took 1-4 ms before the first frame of a 100-item
 * page (issue #8), where the worker takes a fraction of that.
 */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${text.length.toString(36)}`;
}

/**
 * The longest serialised records a page sends to be printed: several times a 500-item page of
 * long items (MAX_ITEMS, utils/sites/items.ts). Longer records are still read, but not kept.
 */
export const MAX_PRINTED_TEXT = 4_000_000;
