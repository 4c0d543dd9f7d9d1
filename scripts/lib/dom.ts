import { parseHTML } from 'linkedom';

/** Parse HTML (or XML) into a Document in Node, for the CLI and unit tests. Pure code takes the Document. */
export function htmlToDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
