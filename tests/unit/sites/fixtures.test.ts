import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectPageText } from '../../../scripts/lib/extract-page';
import { HAS_SHARED, SHARED_MISSING, sharedPath } from '../shared-dir';
import { FIXTURE_URLS, SYSTEM_OF_OTHER } from './fixture-urls';
import { readManifest, type ManifestRow } from './manifest';

const rows = HAS_SHARED ? readManifest() : [];

function expectedSystem(row: ManifestRow): string {
  return row.system === 'other' ? (SYSTEM_OF_OTHER[row.localPath] ?? 'none') : row.system;
}

describe.skipIf(!HAS_SHARED)(
  `detection of every real fixture (${HAS_SHARED ? 'MANIFEST.tsv' : SHARED_MISSING})`,
  () => {
    const tally = { total: 0, kind: 0, system: 0, misses: [] as string[] };

    afterAll(() => {
      const pct = (n: number) => ((100 * n) / Math.max(tally.total, 1)).toFixed(1);
      const summary = [
        `detection accuracy over ${tally.total} fixtures:`,
        `  kind   ${tally.kind}/${tally.total} (${pct(tally.kind)}%)`,
        `  system ${tally.system}/${tally.total} (${pct(tally.system)}%)`,
        ...tally.misses.map((miss) => `  miss: ${miss}`),
      ];
      console.log(summary.join('\n'));
    });

    it('has a URL for every fixture in the manifest', () => {
      expect(rows.filter((row) => !FIXTURE_URLS[row.localPath]).map((row) => row.localPath)).toEqual([]);
    });

    for (const row of rows) {
      it(`${row.localPath} is ${row.system} ${row.pageKind}`, () => {
        const text = readFileSync(sharedPath('fixtures', row.localPath), 'utf8');
        const found = detectPageText(text, FIXTURE_URLS[row.localPath]!, extname(row.localPath));
        tally.total++;
        if (found.kind === row.pageKind) tally.kind++;
        if (found.system === expectedSystem(row)) tally.system++;
        if (found.kind !== row.pageKind || found.system !== expectedSystem(row)) {
          tally.misses.push(`${row.localPath}: got ${found.system} ${found.kind} (${found.reason})`);
        }
        expect({ system: found.system, kind: found.kind }).toEqual({
          system: expectedSystem(row),
          kind: row.pageKind,
        });
      });
    }
  },
);
