import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The one file every content script of the variant runs: nothing. */
const EMPTY_SCRIPT = 'empty-content-script.js';

interface ContentScriptEntry {
  js?: string[];
}

/**
 * A copy of the built extension whose declared content scripts are empty files, on the same pages
 * and at the same moments: what the browser charges a page for any content script at all (an
 * isolated world with the extension API's bindings), which no detector can spend less than.
 * Returns the copy's folder and what removes it.
 */
export function emptyScriptsExtension(extensionDir: string): { dir: string; remove(): void } {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: ContentScriptEntry[];
  };
  if (!manifest.content_scripts?.length)
    throw new Error(`the build in ${extensionDir} declares no content script`);
  for (const entry of manifest.content_scripts) entry.js = [EMPTY_SCRIPT];
  const dir = mkdtempSync(join(tmpdir(), 'agenda-lens-empty-scripts-'));
  cpSync(extensionDir, dir, { recursive: true });
  writeFileSync(join(dir, EMPTY_SCRIPT), '');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
