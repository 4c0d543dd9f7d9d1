import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageDocument, pageFormat } from '../../../scripts/lib/extract-page';
import {
  COUNCIL_PAGE_MATCHES,
  declaredScriptsFor,
  OVERLAY_PAGE_MATCHES,
  patternHost,
  patternMatches,
} from '../../../utils/ext/match-patterns';
import { DETECTOR_SCRIPT, MODERNGOV_DETECTOR_SCRIPT, OVERLAY_SCRIPT } from '../../../utils/ext/script-files';
import { detectPage } from '../../../utils/sites/detect';
import { isMeetingPage } from '../../../utils/sites/types';
import { HAS_SHARED, SHARED_MISSING, sharedPath } from '../shared-dir';
import { FIXTURE_URLS } from '../sites/fixture-urls';

const matched = (url: string) => COUNCIL_PAGE_MATCHES.some((pattern) => patternMatches(pattern, url));
const overlayDeclared = (url: string) => OVERLAY_PAGE_MATCHES.some((pattern) => patternMatches(pattern, url));

describe('where the content script runs without asking', () => {
  it('never names every host: Chrome would count the pattern as access to all sites', () => {
    for (const pattern of COUNCIL_PAGE_MATCHES) expect(patternHost(pattern), pattern).not.toBe('*');
  });

  it.each([
    'https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10159',
    'https://democracy.kirklees.gov.uk/mgCommitteeDetails.aspx?ID=151',
    'https://democracy.newport.gov.wales/ieListMeetings.aspx?CommitteeId=1',
    'https://cmis.harborough.gov.uk/cmis5/Meetings/tabid/73/Default.aspx',
    'https://birmingham.cmis.uk.com/birmingham/Meetings.aspx',
    'https://chicago.legistar.com/Calendar.aspx',
    'https://www.wichita.gov/AgendaCenter',
    'https://nc-nashcounty.civicplus.com/AgendaCenter/ViewFile/Agenda/_01012025-1',
  ])('runs on %s', (url) => expect(matched(url)).toBe(true));

  it.each([
    'https://example.com/ieListDocuments.aspx?CId=1&MId=2',
    'https://news.example.org/cmis5/story',
    'https://www.cityofcolumbuswi.com/AgendaCenter',
    'https://shop.example.net/',
  ])('waits for the opt-in on %s', (url) => expect(matched(url)).toBe(false));
});

/** An address the pattern matches: a council subdomain for `*.`, a query for the trailing `*`. */
function exampleUrl(pattern: string): string {
  return pattern.replace('*://', 'https://').replace('://*.', '://council.').replace(/\*$/, '?MId=1');
}

describe('where the overlay is declared beside the detector', () => {
  it('adds no site: every such page is one the content script runs on anyway', () => {
    for (const pattern of OVERLAY_PAGE_MATCHES) {
      expect(patternHost(pattern), pattern).not.toBe('*');
      expect(matched(exampleUrl(pattern)), pattern).toBe(true);
    }
  });

  it.skipIf(!HAS_SHARED)(
    `is where real pages are meeting pages (${HAS_SHARED ? 'the shared fixtures' : SHARED_MISSING})`,
    () => {
      const declared = Object.entries(FIXTURE_URLS).filter(([, url]) => overlayDeclared(url));
      expect(declared.length).toBeGreaterThanOrEqual(5);
      for (const [path, url] of declared) {
        const text = readFileSync(sharedPath('fixtures', path), 'utf8');
        const format = pageFormat(text, extname(path));
        if (format === 'json') throw new Error(`${path}: a JSON feed at a page's address`);
        const doc = pageDocument(text, format);
        expect(isMeetingPage(detectPage(url, doc)), path).toBe(true);
      }
    },
  );

  it('leaves meeting lists and committee pages to the detector alone', () => {
    for (const url of [
      'https://moderngov.kingston.gov.uk/ieListMeetings.aspx?CommitteeId=711',
      'https://democracy.kirklees.gov.uk/mgCommitteeDetails.aspx?ID=151',
      'https://atlantacityga.iqm2.com/Citizens/Calendar.aspx',
    ])
      expect(
        OVERLAY_PAGE_MATCHES.some((pattern) => patternMatches(pattern, url)),
        url,
      ).toBe(false);
  });
});

describe('the scripts declared on each page', () => {
  const DETECTORS = [DETECTOR_SCRIPT, MODERNGOV_DETECTOR_SCRIPT];
  const urls = [...COUNCIL_PAGE_MATCHES.map(exampleUrl), ...Object.values(FIXTURE_URLS).filter(matched)];

  it('give every matched page exactly one detector, after the overlay where there is one', () => {
    for (const url of urls) {
      const scripts = declaredScriptsFor(url);
      expect(
        scripts.filter((script) => DETECTORS.includes(script)),
        url,
      ).toHaveLength(1);
      expect(scripts.at(-1), url).not.toBe(OVERLAY_SCRIPT);
      expect(scripts.includes(OVERLAY_SCRIPT), url).toBe(overlayDeclared(url));
    }
  });

  it.each([
    ['https://moderngov.kingston.gov.uk/ieListMeetings.aspx?CommitteeId=711', [MODERNGOV_DETECTOR_SCRIPT]],
    [
      'https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10159',
      [OVERLAY_SCRIPT, MODERNGOV_DETECTOR_SCRIPT],
    ],
    ['https://democracy.example.moderngov.co.uk/mgWebService.asmx/GetMeeting', [MODERNGOV_DETECTOR_SCRIPT]],
    ['https://atlantacityga.iqm2.com/Citizens/Detail_Meeting.aspx?ID=1', [OVERLAY_SCRIPT, DETECTOR_SCRIPT]],
    ['https://chicago.legistar.com/Calendar.aspx', [DETECTOR_SCRIPT]],
    ['https://shop.example.net/', []],
  ])('on %s: %j', (url, scripts) => expect(declaredScriptsFor(url)).toEqual(scripts));
});
