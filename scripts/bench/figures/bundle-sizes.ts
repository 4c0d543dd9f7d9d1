import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuild } from '../build';
import { Skip, type Figure } from '../types';
import { KB } from '../units';

/** Each entry point's files as the browser loads them: a script, or a page with its scripts and styles. */
const ENTRY_POINTS: Record<string, string> = {
  content: 'detector.js',
  'content, ModernGov': 'detector-moderngov.js',
  overlay: 'overlay.js',
  background: 'background.js',
  popup: 'popup.html',
  sidepanel: 'sidepanel.html',
  options: 'options.html',
  viewer: 'viewer.html',
};

/** The detectors run on every council page, so they alone have a budget (issues 6 and 8). */
const BUDGETS: Record<string, number> = { content: 20, 'content, ModernGov': 20 };

export function gzippedBytes(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

/** A page's own HTML plus every script, module preload and stylesheet it references. */
function pageFiles(dir: string, html: string): string[] {
  const text = readFileSync(join(dir, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return [html, ...new Set(refs)];
}

export async function entryPointBytes(entry: string): Promise<number> {
  const dir = await ensureBuild();
  const path = ENTRY_POINTS[entry]!;
  if (!existsSync(join(dir, path))) throw new Skip(`no ${entry} entry point in the build (${path})`);
  const files = path.endsWith('.html') ? pageFiles(dir, path) : [path];
  return files.reduce((sum, file) => sum + gzippedBytes(join(dir, file)), 0);
}

export const bundleSizeFigures: Figure[] = Object.keys(ENTRY_POINTS).map((entry) => ({
  name: `bundle: ${entry}`,
  unit: 'kB gz',
  budget: BUDGETS[entry] === undefined ? undefined : { atMost: BUDGETS[entry] },
  quick: true,
  repeats: 1,
  run: async () => [(await entryPointBytes(entry)) / KB],
}));
