import { describe, expect, it } from 'vitest';
import { COUNCIL_PAGE_MATCHES } from '../../../utils/ext/match-patterns';

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
