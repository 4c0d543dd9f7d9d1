import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { pageDocument, pageFormat } from '../../../scripts/lib/extract-page';
import { sharedPath } from '../shared-dir';
import { FIXTURE_URLS } from './fixture-urls';

export interface FixturePage {
  path: string;
  /** Where it was saved from. */
  url: string;
  /** A new parse of the page each time. */
  parse(): Document;
}

/** Each real HTML or XML page of ../shared/fixtures (JSON feeds left out), with its address. */
export function* fixturePages(): Generator<FixturePage> {
  for (const [path, url] of Object.entries(FIXTURE_URLS)) {
    const text = readFileSync(sharedPath('fixtures', path), 'utf8');
    const format = pageFormat(text, extname(path));
    if (format !== 'json') yield { path, url, parse: () => pageDocument(text, format) };
  }
}
