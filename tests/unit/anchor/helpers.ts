import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { htmlToDocument } from '../../../scripts/lib/dom';
import { describe as describeSelection } from '../../../utils/anchor/describe';
import type { HighlightSelectors } from '../../../utils/anchor/selectors';
import { buildTextLayer } from '../../../utils/anchor/text-layer';

export const PAGE_URL = 'https://democracy.example.gov.uk/ieListDocuments.aspx?MId=4012';

/** A whole document around body markup: linkedom misplaces a bare <body> fragment. */
export function page(body: string): string {
  return `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`;
}

export function fixtureHtml(name: string): string {
  return readFileSync(resolve(__dirname, '../../fixtures/anchor', name), 'utf8');
}

/** The layer offsets of the nth occurrence of needle in the page's text layer; fails loudly when absent. */
export function spanOfText(doc: Document, needle: string, occurrence = 0): { start: number; end: number } {
  const text = buildTextLayer(doc).text;
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" (occurrence ${occurrence}) is not in the page text`);
  }
  return { start: at, end: at + needle.length };
}

/** Selectors for the nth occurrence of needle in html, as describe() makes them. */
export function selectorsFor(html: string, needle: string, occurrence = 0): HighlightSelectors {
  const doc = htmlToDocument(html);
  const selectors = describeSelection(doc, spanOfText(doc, needle, occurrence), { url: PAGE_URL });
  if (!selectors) throw new Error(`no selectors for "${needle}"`);
  return selectors;
}

/** html with `from` replaced by `to`, failing loudly when `from` is absent so an edit cannot silently do nothing. */
export function edit(html: string, from: string, to: string): string {
  if (!html.includes(from)) throw new Error(`edit: "${from}" is not in the page`);
  return html.replace(from, to);
}
