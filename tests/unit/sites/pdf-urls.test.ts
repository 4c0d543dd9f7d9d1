import { describe, expect, it } from 'vitest';
import { looksLikeCouncilPdf } from '../../../utils/sites/pdf-urls';

describe('council PDFs offered in the viewer', () => {
  it.each([
    'https://democracy.example.gov.uk/documents/g10223/Public reports pack 18-Nov-2025.pdf?T=10',
    'https://democracy.example.gov.uk/mgChooseDocPack.aspx?ID=10223',
    'https://cmis.example.gov.uk/cmis5/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=abc',
    'https://city.legistar.com/View.ashx?M=A&ID=123&GUID=abc',
  ])('recognises %s', (url) => expect(looksLikeCouncilPdf(url)).toBe(true));

  it.each([
    undefined,
    'chrome://newtab/',
    'file:///home/me/pack.pdf',
    'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2',
  ])('passes over %s', (url) => expect(looksLikeCouncilPdf(url)).toBe(false));
});
