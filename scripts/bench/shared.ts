import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Skip } from './types';

/** ../shared (real seeds and saved pages, not ours: read in place, never copied; DESIGN.md). */
const SHARED_DIR = resolve(import.meta.dirname, '../../../shared');

export function sharedPath(...parts: string[]): string {
  if (!existsSync(join(SHARED_DIR, 'DESIGN.md')))
    throw new Skip(`../shared is absent (expected at ${SHARED_DIR})`);
  return join(SHARED_DIR, ...parts);
}

/** The seeds' agenda-pack texts, by file name. */
export function readSeeds(): Map<string, string> {
  const dir = sharedPath('seeds');
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  return new Map(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}
