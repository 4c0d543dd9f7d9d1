import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageDocument, pageFormat } from '../../../scripts/lib/extract-page';
import { COUNCIL_PAGE_MATCHES, OVERLAY_PAGE_MATCHES } from '../../../utils/ext/match-patterns';
import { detectPage } from '../../../utils/sites/detect';
import { isMeetingPage } from '../../../utils/sites/types';
import { HAS_SHARED, SHARED_MISSING, sharedPath } from '../shared-dir';
import { FIXTURE_URLS } from '../sites/fixture-urls';

/** A match pattern's host part, the only part Chrome keeps when it counts host access. */
function hostOf(pattern: string): string {
  return /^[*a-z]+:\/\/([^/]+)\//.exec(pattern)![1]!;
}

/** Whether `url` is matched by `pattern` (scheme *, host with an optional leading *., path glob). */
function matches(pattern: string, url: string): boolean {
  const { hostname, pathname, search } = new URL(url);
  const host = hostOf(pattern);
  const hostOk = host.startsWith('*.')
    ? hostname === host.slice(2) || hostname.endsWith(host.slice(1))
    : hostname === host;
  const path = pattern.slice(pattern.indexOf(host) + host.length);
  const glob = new RegExp(`^${path.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return hostOk && glob.test(pathname + search);
}

const matched = (url: string) => COUNCIL_PAGE_MATCHES.some((pattern) => matches(pattern, url));
const overlayDeclared = (url: string) => OVERLAY_PAGE_MATCHES.some((pattern) => matches(pattern, url));

describe('where the content script runs without asking', () => {
  it('never names every host: Chrome would count the pattern as access to all sites', () => {
    for (const pattern of COUNCIL_PAGE_MATCHES) expect(hostOf(pattern), pattern).not.toBe('*');
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
      expect(hostOf(pattern), pattern).not.toBe('*');
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
        OVERLAY_PAGE_MATCHES.some((pattern) => matches(pattern, url)),
        url,
      ).toBe(false);
  });
});
