import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPack } from '../../../scripts/cli/pack';
import { createPack, parsePack } from '../../../utils/model/pack';
import { minutes } from '../../fixtures/link/records';
import { HAS_SHARED, sharedPath } from '../shared-dir';

const RECORD = minutes('2025-05-06', [{ number: '1', title: 'Libraries' }]);
const SOURCE = { url: 'file:a.txt', readAt: '2025-07-01T00:00:00Z', contentHash: 'ab12', records: [0] };

describe('parsePack', () => {
  it('accepts a pack it made', () => {
    const pack = createPack([RECORD], [SOURCE], '2025-07-01T00:00:00Z');
    expect(parsePack(JSON.parse(JSON.stringify(pack)))).toEqual({ ok: true, pack });
  });

  it('names the path and the problem', () => {
    const result = parsePack({
      ...createPack([RECORD], [SOURCE], 'now'),
      records: [{ ...RECORD, role: 'report' }],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/records\[0\]\.role: /);
  });

  it('refuses a source that points at no record', () => {
    const result = parsePack(createPack([RECORD], [{ ...SOURCE, records: [3] }], 'now'));
    expect(!result.ok && result.error).toContain('sources[0].records[0]: no record 3');
  });

  it('refuses another version by name, and things that are not packs', () => {
    expect(parsePack({ format: 'agenda-lens-pack', version: 2 })).toEqual({
      ok: false,
      error: 'pack version 2 is not supported (this build reads 1)',
    });
    expect(parsePack([1, 2]).ok).toBe(false);
    expect(parsePack(null).ok).toBe(false);
  });
});

describe.skipIf(!HAS_SHARED)('cli pack', () => {
  it('packs the seeds into a pack that validates, one source per file', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'pack-')), 'pack.json');
    const files = ['001_55ac93f927982f63', '003_d7bc47fa68b1d77f'].map((s) =>
      sharedPath('seeds', `${s}.txt`),
    );
    expect(await runPack([...files, '-o', out])).toBe(0);
    const result = parsePack(JSON.parse(await readFile(out, 'utf8')));
    expect(result.ok && result.pack.sources.map((s) => s.url)).toEqual([
      'file:001_55ac93f927982f63.txt',
      'file:003_d7bc47fa68b1d77f.txt',
    ]);
  });
});
