import { DETECTOR_SCRIPT, MODERNGOV_DETECTOR_SCRIPT, OVERLAY_SCRIPT } from './script-files';

/**
 * Where the content script runs without asking: the known council meeting platforms, named by host
 * or by their distinctive page paths. Anything else needs the user's opt-in from the popup
 * (optional host permission, registered at run time). Least privilege: issue #9.
 */

/**
 * Page names are matched on government domains only, never on every host: Chrome counts a
 * content-script pattern as host access with its path dropped, so ModernGov's page names on any
 * host gave the extension (its pages' fetches included) every site (checked in Chromium 2026-11-23:
 * permissions.getAll listed it as an origin, and a fetch to an unrelated host went through).
 * UK councils publish on gov.uk (gov.wales, llyw.cymru in Wales), US ones mostly on .gov and .us;
 * a council anywhere else is one click away (the popup's opt-in for that site).
 */
const UK_GOVERNMENT_HOSTS = ['*.gov.uk', '*.gov.wales', '*.llyw.cymru'];
const US_GOVERNMENT_HOSTS = ['*.gov', '*.us'];

/** ModernGov (Civica): the same page names on every council's own domain. */
const MODERNGOV_PAGES = [
  'ieListDocuments.aspx',
  'mgAi.aspx',
  'ieDecisionDetails.aspx',
  'mgIssueHistoryHome.aspx',
  'ieListMeetings.aspx',
  'mgCommitteeDetails.aspx',
];

/** ModernGov pages that are one meeting's papers, one item or one decision by their name alone. */
const MODERNGOV_MEETING_PAGES = ['ieListDocuments.aspx', 'mgAi.aspx', 'ieDecisionDetails.aspx'];

const onHosts = (hosts: string[], path: string) => hosts.map((host) => `*://${host}/${path}`);

/** ModernGov's addresses: its page names on UK government hosts, and its own hosting. */
export const MODERNGOV_PAGE_MATCHES = [
  ...MODERNGOV_PAGES.flatMap((page) => onHosts(UK_GOVERNMENT_HOSTS, `${page}*`)),
  '*://*.moderngov.co.uk/*',
];

export const COUNCIL_PAGE_MATCHES = [
  ...MODERNGOV_PAGE_MATCHES,
  // CMIS (Civica): hosted, or under /cmis5/ on the council's domain.
  '*://*.cmis.uk.com/*',
  ...onHosts(UK_GOVERNMENT_HOSTS, 'cmis5/*'),
  // Legistar, IQM2 and ViewPublisher (Granicus), eSCRIBE, BoardDocs, PrimeGov, CivicClerk.
  '*://*.legistar.com/*',
  '*://*.iqm2.com/*',
  '*://*.granicus.com/*',
  '*://*.escribemeetings.com/*',
  '*://go.boarddocs.com/*',
  '*://*.primegov.com/*',
  '*://*.civicclerk.com/*',
  // CivicPlus AgendaCenter: hosted, or on the council's own domain.
  '*://*.civicplus.com/AgendaCenter*',
  ...onHosts(US_GOVERNMENT_HOSTS, 'AgendaCenter*'),
];

/** Pattern for a site the user opted in from the popup: one origin, every path. */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * Pages whose address says they get the overlay (one meeting, item or decision; the real pages at
 * these addresses all do, tests/unit/ext/match-patterns.test.ts): the overlay is declared there
 * beside the detector, so the browser hands it over with the page instead of the detector
 * importing it after the DOM is read, which cost 30-55 ms before the first badge (issue #8).
 * Elsewhere it is imported on demand.
 */
export const OVERLAY_PAGE_MATCHES = [
  ...MODERNGOV_MEETING_PAGES.flatMap((page) => [
    ...onHosts(UK_GOVERNMENT_HOSTS, `${page}*`),
    `*://*.moderngov.co.uk/${page}*`,
  ]),
  '*://*.iqm2.com/Citizens/Detail_Meeting.aspx*',
];

/**
 * The manifest's content scripts: the overlay where the address says meeting page, at
 * document_start so it can ask for the links kept from the last visit; ModernGov's own detector on
 * its addresses, every platform's elsewhere. Each matched page gets one detector.
 */
export const DECLARED_CONTENT_SCRIPTS: DeclaredScript[] = [
  { matches: OVERLAY_PAGE_MATCHES, js: [OVERLAY_SCRIPT], run_at: 'document_start' },
  { matches: MODERNGOV_PAGE_MATCHES, js: [MODERNGOV_DETECTOR_SCRIPT], run_at: 'document_end' },
  {
    matches: COUNCIL_PAGE_MATCHES,
    exclude_matches: MODERNGOV_PAGE_MATCHES,
    js: [DETECTOR_SCRIPT],
    run_at: 'document_end',
  },
];

interface DeclaredScript {
  matches: string[];
  exclude_matches?: string[];
  js: string[];
  run_at: 'document_start' | 'document_end';
}

/** A match pattern's host part, the only part Chrome keeps when it counts host access. */
export function patternHost(pattern: string): string {
  return /^[*a-z]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
}

/** Whether `url` is matched by `pattern` (scheme *, host with an optional leading *., path glob). */
export function patternMatches(pattern: string, url: string): boolean {
  const { hostname, pathname, search } = new URL(url);
  const host = patternHost(pattern);
  const hostOk = host.startsWith('*.')
    ? hostname === host.slice(2) || hostname.endsWith(host.slice(1))
    : hostname === host;
  const path = pattern.slice(pattern.indexOf(host) + host.length);
  const glob = new RegExp(`^${path.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return hostOk && glob.test(pathname + search);
}

/** The scripts the manifest injects into the page at `url`, in order (none: opt-in only). */
export function declaredScriptsFor(url: string): string[] {
  const applies = (patterns: string[] | undefined) => (patterns ?? []).some((p) => patternMatches(p, url));
  return DECLARED_CONTENT_SCRIPTS.filter(
    (script) => applies(script.matches) && !applies(script.exclude_matches),
  ).flatMap((script) => script.js);
}
