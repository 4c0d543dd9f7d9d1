import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordSchema } from '../../../utils/model/record';
import { parseAgendaText } from '../../../utils/parse/index';
import { HAS_SHARED, sharedPath } from '../shared-dir';

/** The shared seeds that have a gold answer: scored with the project's scorer (../shared/tools). */
function seedsWithGold(): string[] {
  if (!HAS_SHARED) return [];
  const gold = new Set(readdirSync(sharedPath('gold')));
  return readdirSync(sharedPath('seeds'))
    .filter((name) => name.endsWith('.txt') && gold.has(name.replace(/\.txt$/, '.json')))
    .map((name) => name.replace(/\.txt$/, ''));
}

function score(seed: string): number {
  const output = parseAgendaText(readFileSync(sharedPath('seeds', `${seed}.txt`), 'utf8'));
  for (const record of output.records) RecordSchema.parse(record);
  const file = join(mkdtempSync(join(tmpdir(), 'parse-score-')), `${seed}.json`);
  writeFileSync(file, JSON.stringify(output));
  const report = execFileSync(
    'python3',
    [sharedPath('tools', 'score_extract.py'), sharedPath('gold', `${seed}.json`), file],
    {
      encoding: 'utf8',
    },
  );
  return Number(/extract-f1 ([\d.]+)/.exec(report)?.[1] ?? 0);
}

describe.skipIf(!HAS_SHARED)('the shared seeds, scored against their gold answers', () => {
  const seeds = seedsWithGold();

  it('has seeds to score', () => expect(seeds.length).toBeGreaterThan(0));

  it.each(seeds)('%s reaches extract-f1 ≥ 0.95', (seed) => {
    expect(score(seed)).toBeGreaterThanOrEqual(0.95);
  });

  it('parses the largest seed quickly (a generous guard: the benchmark measures the real figure)', () => {
    const largest = seeds
      .map((seed) => readFileSync(sharedPath('seeds', `${seed}.txt`), 'utf8'))
      .sort((a, b) => b.length - a.length)[0]!;
    parseAgendaText(largest);
    const started = performance.now();
    parseAgendaText(largest);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
