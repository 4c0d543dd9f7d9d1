import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/e2e/harness';
import { DETECTOR_SCRIPT, MODERNGOV_DETECTOR_SCRIPT } from '../../utils/ext/script-files';

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

const built = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');

describe.each([DETECTOR_SCRIPT, MODERNGOV_DETECTOR_SCRIPT])('the built content script %s', (file) => {
  const detector = built(file);

  it.each(FOREIGN)('carries no $what', ({ sign }) => expect(detector).not.toContain(sign));

  it('still is a detector', () => expect(detector).toContain('Agenda Lens: no overlay on this page'));
});

describe("ModernGov's content script", () => {
  it("carries no other platform's detector", () => {
    const detector = built(MODERNGOV_DETECTOR_SCRIPT);
    for (const other of ['legistar', 'boarddocs', 'escribe', 'civicplus', 'iqm2'])
      expect(detector, other).not.toContain(other);
    expect(built(DETECTOR_SCRIPT)).toContain('legistar');
  });
});
