import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where a Chromium may be: the environment first, then the system package, then Playwright's cache. */
const ENV_VARS = ['AGENDA_LENS_CHROMIUM', 'CHROMIUM_PATH', 'CHROME_PATH'];
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
];

function playwrightChromiums(): string[] {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return [];
  return readdirSync(cache)
    .filter((name) => name.startsWith('chromium'))
    .flatMap((name) => [
      join(cache, name, 'chrome-linux', 'chrome'),
      join(cache, name, 'chrome-linux64', 'chrome'),
    ]);
}

export function findChromium(): string {
  for (const name of ENV_VARS) {
    const path = process.env[name];
    if (path) {
      if (existsSync(path)) return path;
      throw new Error(`${name} points to ${path}, which does not exist.`);
    }
  }
  const found = [...SYSTEM_PATHS, ...playwrightChromiums()].find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium found. Install one (Debian: `sudo apt-get install -y chromium`) or set AGENDA_LENS_CHROMIUM=/path/to/chrome. ' +
      `Looked in $${ENV_VARS.join(', $')}, ${SYSTEM_PATHS.join(', ')} and Playwright's browser cache.`,
  );
}
