import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * ../shared holds real council papers and pages that are not ours (DESIGN.md): tests read them
 * in place and are skipped, with this message, where the folder is absent.
 */
export const SHARED_DIR = resolve(__dirname, '../../../shared');
export const HAS_SHARED = existsSync(resolve(SHARED_DIR, 'DESIGN.md'));
export const SHARED_MISSING = `../shared is absent (expected at ${SHARED_DIR}): tests on the real seeds and fixtures are skipped`;
if (!HAS_SHARED) console.warn(SHARED_MISSING);

export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DIR, ...parts);
}
