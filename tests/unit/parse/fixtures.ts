import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Texts written for these tests, in the shapes of real council papers (tests/fixtures/parse). */
export function readParseFixture(name: string): string {
  return readFileSync(resolve(__dirname, '../../fixtures/parse', name), 'utf8');
}
