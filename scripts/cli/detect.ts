import { extname } from 'node:path';
import { detectPageText } from '../lib/extract-page';
import { readInput } from '../lib/read-input';
import { fail, parseArgs } from './args';

/** `detect FILE --url URL`: what the extension's detector makes of a saved page. */
export async function runDetect(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, ['url']);
  const [file] = positional;
  const url = options.get('url')?.[0];
  if (!file) return fail('detect needs a FILE (.html, .xml or .json)', 1);
  if (!url) return fail('detect needs --url URL: detection starts from the address of the page', 1);
  const text = await readInput(file);
  const { system, kind, confidence, reason } = detectPageText(text, url, extname(file).toLowerCase());
  process.stdout.write(JSON.stringify({ system, kind, confidence, reason }, null, 1) + '\n');
  return 0;
}
