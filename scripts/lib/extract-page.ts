import { DOMParser } from 'linkedom';
import type { ExtractResult } from '../../utils/model/record';
import { detectPage } from '../../utils/sites/detect';
import { extractPage } from '../../utils/sites/extract';
import { detectJsonFeed } from '../../utils/sites/json-feeds';
import { noRecords } from '../../utils/sites/results';
import type { Detection } from '../../utils/sites/types';
import { htmlToDocument } from './dom';

export type PageFormat = 'html' | 'xml' | 'json';

/** JSON and XML by extension or by their first character; everything else is HTML. */
export function pageFormat(text: string, ext: string): PageFormat {
  const start = text.trimStart();
  if (ext === '.json' || /^[[{]/.test(start)) return 'json';
  if (ext === '.xml' || (start.startsWith('<?xml') && !/<html[\s>]/i.test(start.slice(0, 2000))))
    return 'xml';
  return 'html';
}

/** A saved page as a Document: XML answers (ModernGov web service, BoardDocs export) as XML so that <title>, <link> keep their text. */
export function pageDocument(text: string, format: Exclude<PageFormat, 'json'>): Document {
  if (format === 'html') return htmlToDocument(text);
  return new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
}

/** What a saved page, XML or JSON answer is: the detector the extension runs, headless. */
export function detectPageText(text: string, url: string, ext: string): Detection {
  const format = pageFormat(text, ext);
  if (format !== 'json') return detectPage(url, pageDocument(text, format));
  const data = parseJson(text);
  return data === undefined
    ? { system: 'none', kind: 'other', confidence: 1, reason: 'invalid JSON' }
    : detectJsonFeed(new URL(url), data);
}

/** Records from a saved page (HTML), a web-service answer (XML) or a portal's JSON. */
export async function extractPageText(text: string, url: string, ext: string): Promise<ExtractResult> {
  const format = pageFormat(text, ext);
  if (format === 'json') return noRecords(detectPageText(text, url, ext), 'JSON');
  // Only the records and warnings: the title elements are the overlay's, and stay in the page.
  const { records, warnings } = extractPage(pageDocument(text, format), url);
  return { records, warnings };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
