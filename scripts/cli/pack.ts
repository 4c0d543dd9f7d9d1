import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { shortHash } from '../../utils/model/keys';
import { createPack, type PackSource } from '../../utils/model/pack';
import type { MeetingRecord } from '../../utils/model/record';
import { fail, parseArgs } from './args';
import { extractFile } from './extract';

/** `pack FILE... -o PACK.json`: an index pack of the given papers for the options page to import. */
export async function runPack(argv: string[]): Promise<number> {
  const { positional: files, options } = parseArgs(argv, ['o', 'output']);
  const output = options.get('o')?.[0] ?? options.get('output')?.[0];
  if (files.length === 0 || !output) return fail('pack needs FILE... and -o PACK.json', 1);

  const records: MeetingRecord[] = [];
  const sources: PackSource[] = [];
  for (const file of files) {
    const result = await extractFile(file);
    for (const warning of result.warnings) process.stderr.write(`warning: ${file}: ${warning}\n`);
    if (result.records.length === 0) return fail(`${file}: no council papers found in it`, 2);
    sources.push({
      url: `file:${basename(file)}`,
      readAt: (await stat(file)).mtime.toISOString(),
      contentHash: shortHash((await readFile(file)).toString('latin1')),
      records: result.records.map((_, i) => records.length + i),
    });
    records.push(...result.records);
  }
  await writeFile(output, JSON.stringify(createPack(records, sources, new Date().toISOString())) + '\n');
  process.stderr.write(`${output}: ${records.length} records from ${files.length} files\n`);
  return 0;
}
