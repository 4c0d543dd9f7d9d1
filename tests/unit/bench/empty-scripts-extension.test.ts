import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyScriptsExtension } from '../../../scripts/bench/browser/empty-scripts-extension';

const built: string[] = [];
afterEach(() => built.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function buildWith(manifest: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-lens-build-'));
  built.push(dir);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'detector.js'), 'console.debug("detector")');
  return dir;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('the empty-scripts variant of the build (the browser’s own cost of a content script)', () => {
  it('runs an empty file where each content script ran, on the same pages at the same moment', () => {
    const scripts = [
      { matches: ['*://*.gov.uk/*'], js: ['detector.js'], run_at: 'document_end' },
      { matches: ['*://*.gov.uk/ieListDocuments.aspx*'], js: ['overlay.js'], run_at: 'document_start' },
    ];
    const source = buildWith({ manifest_version: 3, name: 'x', content_scripts: scripts });
    const variant = emptyScriptsExtension(source);
    const manifest = readJson(join(variant.dir, 'manifest.json'));
    expect(manifest.content_scripts).toEqual(
      scripts.map((entry) => ({ ...entry, js: ['empty-content-script.js'] })),
    );
    expect(readFileSync(join(variant.dir, 'empty-content-script.js'), 'utf8')).toBe('');
    expect(readJson(join(source, 'manifest.json')).content_scripts).toEqual(scripts); // the build is untouched
    variant.remove();
    expect(existsSync(variant.dir)).toBe(false);
  });

  it('refuses a build that declares no content script, which would measure nothing', () => {
    const source = buildWith({ manifest_version: 3, name: 'x' });
    expect(() => emptyScriptsExtension(source)).toThrow(/declares no content script/);
  });
});
