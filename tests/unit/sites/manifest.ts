import { readFileSync } from 'node:fs';
import { sharedPath } from '../shared-dir';

export interface ManifestRow {
  localPath: string;
  system: string;
  pageKind: string;
  council: string;
  notes: string;
}

/** ../shared/fixtures/MANIFEST.tsv: one real page a row. */
export function readManifest(): ManifestRow[] {
  const [, ...rows] = readFileSync(sharedPath('fixtures', 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  return rows.map((row) => {
    const cells = row.split('\t');
    return {
      localPath: cells[0]!,
      system: cells[1]!,
      pageKind: cells[2]!,
      council: cells[6] ?? '',
      notes: cells[7] ?? '',
    };
  });
}
