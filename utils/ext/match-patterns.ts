/**
 * Where the content script runs without asking: the known council meeting platforms, named by host
 * or by their distinctive page paths. Anything else needs the user's opt-in from the popup
 * (optional host permission, registered at run time). Least privilege: issue #9.
 */
/** The content script's file in the build (entrypoints/detector.ts, an unlisted script). */
export const DETECTOR_SCRIPT = 'detector.js';

export const COUNCIL_PAGE_MATCHES = [
  // ModernGov (Civica): its page names are the same on every council's own domain.
  '*://*/ieListDocuments.aspx*',
  '*://*/mgAi.aspx*',
  '*://*/ieDecisionDetails.aspx*',
  '*://*/mgIssueHistoryHome.aspx*',
  '*://*/ieListMeetings.aspx*',
  '*://*/mgCommitteeDetails.aspx*',
  '*://*.moderngov.co.uk/*',
  // CMIS (Civica): hosted, or under /cmis5/ on the council's domain.
  '*://*.cmis.uk.com/*',
  '*://*/cmis5/*',
  // Legistar, IQM2 and ViewPublisher (Granicus), eSCRIBE, BoardDocs, PrimeGov, CivicClerk.
  '*://*.legistar.com/*',
  '*://*.iqm2.com/*',
  '*://*.granicus.com/*',
  '*://*.escribemeetings.com/*',
  '*://go.boarddocs.com/*',
  '*://*.primegov.com/*',
  '*://*.civicclerk.com/*',
  // CivicPlus AgendaCenter, also on councils' custom domains.
  '*://*/AgendaCenter*',
];

/** Pattern for a site the user opted in from the popup: one origin, every path. */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
