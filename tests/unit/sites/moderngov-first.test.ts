import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageDocument, pageFormat } from '../../../scripts/lib/extract-page';
import { detectPage } from '../../../utils/sites/detect';
import { detectModernGovFirst } from '../../../utils/sites/moderngov';
import { HAS_SHARED, SHARED_MISSING, sharedPath } from '../shared-dir';
import { FIXTURE_URLS } from './fixture-urls';

/**
 * ModernGov's own content script (entrypoints/detector-moderngov.ts) decides alone where it
 * answers, so its answer must be the whole registry's; where it does not answer, the full
 * detector runs.
 */
const doc = (body: string) =>
  parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;

const BODIES = {
  empty: '',
  'a ModernGov body': '<div id="modgov"><h2 class="mgSubTitleTxt">Cabinet</h2></div>',
  'numbered items': `<div id="modgov"><h2 class="mgSubTitleTxt">Cabinet</h2><table class="mgItemTable">
     <tr><td class="mgItemNumberCell">1.</td><td><p class="mgAiTitleTxt">Apologies</p></td></tr></table></div>`,
};

const ADDRESSES = [
  'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2',
  'https://democracy.example.gov.uk/mgAi.aspx?ID=3',
  'https://democracy.example.gov.uk/ieDecisionDetails.aspx?ID=4',
  'https://democracy.example.gov.uk/ieListMeetings.aspx?CommitteeId=1',
  'https://democracy.example.gov.uk/mgCommitteeDetails.aspx?ID=1',
  'https://democracy.example.gov.uk/mgIssueHistoryHome.aspx?IId=1',
  'https://example.moderngov.co.uk/mgWebService.asmx/GetMeeting?lMeetingId=1',
  'https://example.moderngov.co.uk/',
  'https://cmis.example.gov.uk/cmis5/ieListDocuments.aspx',
  'not a url',
];

describe("ModernGov's own detector", () => {
  it.each(ADDRESSES)('answers as the registry does, or leaves it to the registry: %s', (url) => {
    for (const [what, body] of Object.entries(BODIES)) {
      const page = doc(body);
      const fast = detectModernGovFirst(url, page);
      if (fast) expect(fast, what).toEqual(detectPage(url, page));
    }
  });

  it('leaves the web service and addresses that are not ModernGov pages to the registry', () => {
    expect(detectModernGovFirst(ADDRESSES[6]!, doc(''))).toBeNull();
    expect(detectModernGovFirst(ADDRESSES[7]!, doc(''))).toBeNull();
    expect(detectModernGovFirst('not a url', doc(''))).toBeNull();
  });

  it('answers on its meeting pages and lists', () => {
    expect(detectModernGovFirst(ADDRESSES[0]!, doc(BODIES['numbered items']))?.kind).toBe('agenda');
    expect(detectModernGovFirst(ADDRESSES[3]!, doc(''))?.kind).toBe('meeting-list');
  });

  it.skipIf(!HAS_SHARED)(
    `answers as the registry does on every real page (${HAS_SHARED ? 'the shared fixtures' : SHARED_MISSING})`,
    () => {
      let answered = 0;
      for (const [path, url] of Object.entries(FIXTURE_URLS)) {
        const text = readFileSync(sharedPath('fixtures', path), 'utf8');
        const format = pageFormat(text, extname(path));
        const page = pageDocument(text, format === 'json' ? 'html' : format);
        const fast = detectModernGovFirst(url, page);
        if (!fast) continue;
        answered++;
        expect(fast, path).toEqual(detectPage(url, page));
      }
      expect(answered).toBeGreaterThanOrEqual(8);
    },
  );
});
