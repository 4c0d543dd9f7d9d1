import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RecordSchema } from '../../../utils/model/record';
import { parseAgendaText } from '../../../utils/parse/index';
import { HAS_SHARED, sharedPath } from '../shared-dir';
import { readParseFixture } from './fixtures';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that steer the parser into its patterns: labels, numbers, bullets, dates, headers. */
const PIECES = [
  'RESOLVED:',
  'AGREED',
  'It was RESOLVED that',
  '(a)',
  'b)',
  'iv.',
  '1.',
  '117.',
  '45/25',
  'e ',
  '« ',
  '° ',
  '- ',
  'Minutes of the meeting of the Cabinet held on 3 March 2026',
  'Present:',
  'AGENDA',
  'Meeting: X Committee',
  'DATE: 61 May 2025',
  '5.30 pm',
  'be requested to',
  'to a future meeting',
  'in March 2026',
  '(Pages 1 - 8)',
  'Appendix B',
  'CHAIRMAN',
  'The meeting closed at 6pm',
  '2.00pm to 4.06pm',
  'Page 3 of 9',
  'the meeting held on',
  '\t',
  '\n',
  '\n\n',
  ' ',
  '   ',
  '-',
  ':',
  '.',
  'a',
  'A',
  '9',
  '\u00a0',
  '**',
  '<u>',
  '[x](#)',
];

function randomText(next: () => number, length: number): string {
  let text = '';
  while (text.length < length) {
    text +=
      next() < 0.6
        ? PIECES[Math.floor(next() * PIECES.length)]
        : String.fromCharCode(32 + Math.floor(next() * 0x2000));
  }
  return text;
}

function shuffledLines(text: string, next: () => number): string {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  }
  return lines.join('\n');
}

/** Parses and checks the contract: never throws, valid records, bounded text, within the time bound. */
function parseWithin(text: string, ms: number): void {
  const started = performance.now();
  const result = parseAgendaText(text);
  const elapsed = performance.now() - started;
  for (const record of result.records) {
    RecordSchema.parse(record);
    for (const item of record.items) expect(item.text?.length ?? 0).toBeLessThanOrEqual(1500);
  }
  if (!result.records.length) expect(result.warnings.length).toBeGreaterThan(0);
  expect(elapsed).toBeLessThan(ms);
}

function sources(): string[] {
  const own = ['northvale-licensing-minutes-ocr.txt', 'northvale-planning-agenda-ocr.txt'].map(
    readParseFixture,
  );
  if (!HAS_SHARED) return own;
  const seeds = readdirSync(sharedPath('seeds')).filter((name) => name.endsWith('.txt'));
  return [...own, ...seeds.map((name) => readFileSync(sharedPath('seeds', name), 'utf8'))];
}

describe('fuzz: the parser never throws or hangs', () => {
  it('survives random text built from the pieces it looks for', () => {
    const next = random(1);
    for (let round = 0; round < 200; round++)
      parseWithin(randomText(next, 50 + Math.floor(next() * 3000)), 500);
  });

  it('survives papers with their lines shuffled', () => {
    const next = random(2);
    for (const text of sources())
      for (let round = 0; round < 5; round++) parseWithin(shuffledLines(text, next), 1000);
  });

  it('survives huge lines and long runs that invite backtracking', () => {
    const huge = [
      'RESOLVED that '.repeat(50_000),
      '1. A '.repeat(50_000),
      ' '.repeat(200_000) + 'x',
      'meeting of the '.repeat(30_000),
      '(a) (b) '.repeat(40_000),
      '- '.repeat(100_000),
      'Minutes of ' + 'a '.repeat(100_000),
      '1\n'.repeat(50_000),
    ];
    for (const text of huge) parseWithin(text, 2000);
  });

  it('reads papers with damaged characters without failing', () => {
    const next = random(3);
    for (const text of sources()) {
      const damaged = text.replace(/[a-z]/g, (c) =>
        next() < 0.02 ? String.fromCharCode(33 + Math.floor(next() * 90)) : c,
      );
      parseWithin(damaged, 1000);
    }
  });
});
