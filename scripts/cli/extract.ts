import { extname } from 'node:path';
import type { ExtractResult } from '../../utils/model/record';
import { fail, parseArgs } from './args';
import { readInput } from '../lib/read-input';

/** Exit code when the input was read but holds no council papers (DESIGN.md: distinct from success). */
export const EXIT_NOT_UNDERSTOOD = 2;

export async function extractFile(path: string, url?: string): Promise<ExtractResult> {
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf') return (await import('../lib/extract-pdf')).extractPdfFile(path, url);
  const text = await readInput(path);
  if (['.html', '.htm', '.xml', '.json', '.aspx'].includes(ext)) {
    return (await import('../lib/extract-page')).extractPageText(text, url ?? `file://${path}`, ext);
  }
  return (await import('../lib/extract-text')).extractPlainText(text, url);
}

export async function runExtract(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, ['url']);
  const [file] = positional;
  if (!file) return fail('extract needs a FILE (.txt, .html, .xml, .json or .pdf)', 1);
  const result = await extractFile(file, options.get('url')?.[0]);
  process.stdout.write(JSON.stringify(result, null, 1) + '\n');
  for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
  return result.records.length > 0 ? 0 : EXIT_NOT_UNDERSTOOD;
}
