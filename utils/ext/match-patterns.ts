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

export const COUNCIL_PAGE_MATCHES = [
  ...MODERNGOV_PAGES.flatMap((page) => onHosts(UK_GOVERNMENT_HOSTS, `${page}*`)),
  '*://*.moderngov.co.uk/*',
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
