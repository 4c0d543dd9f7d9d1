import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/e2e/harness';

/**
 * The content script runs on every matched council page, so it must hold the detector and nothing
 * else (issue #8). Bundlers keep a module's top-level work when they cannot prove it has no side
 * effects, so a pattern list built at load time in the parser (which shares modules with the site
 * adapters) once put 2.5 kB of parser into it: utils/parse marks such work `@__PURE__`.
 */
const FOREIGN = [
  { what: 'the text parser (follow-up patterns)', sign: 'undertook' },
  { what: 'the text parser (dates)', sign: 'September' },
  { what: 'zod', sign: 'ZodError' },
  { what: 'webextension-polyfill', sign: 'webextension-polyfill' },
  { what: 'Preact', sign: '__H' },
];

describe('the built content script', () => {
  const detector = readFileSync(join(EXTENSION_DIR, 'detector.js'), 'utf8');

  it.each(FOREIGN)('carries no $what', ({ sign }) => expect(detector).not.toContain(sign));

  it('still is the detector', () => expect(detector).toContain('Agenda Lens: no overlay on this page'));
});
