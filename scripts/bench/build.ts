import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Skip } from './types';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

let built: Promise<string> | undefined;

/** The built Chrome extension; built once (`npx wxt build`) when missing. A failed build skips. */
export function ensureBuild(): Promise<string> {
  built ??= Promise.resolve().then(() => {
    if (existsSync(join(EXTENSION_DIR, 'manifest.json'))) return EXTENSION_DIR;
    console.error('  no build in .output/chrome-mv3: running npx wxt build');
    try {
      execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe', timeout: 5 * 60_000 });
    } catch (error) {
      throw new Skip(`the build failed: ${buildError(error)}`);
    }
    return EXTENSION_DIR;
  });
  return built;
}

/** The build's own message without the stack frames around it. */
function buildError(error: unknown): string {
  const output =
    String((error as { stdout?: Buffer }).stdout ?? '') +
    String((error as { stderr?: Buffer }).stderr ?? error);
  const lines = output.split('\n').map((line) => line.trim());
  const message = lines.filter(
    (line) => line && !line.startsWith('at ') && /error|cause|could not/i.test(line),
  );
  return message.slice(0, 2).join(' ') || 'no message';
}
