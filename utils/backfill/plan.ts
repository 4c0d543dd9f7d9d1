/**
 * Where a committee's past meetings are listed, worked out from the page the user is on.
 * Pure: it builds URLs and fetches nothing.
 */
export type BackfillSystem = 'moderngov' | 'legistar';

export interface BackfillPlan {
  system: BackfillSystem;
  /** The committee (ModernGov CommitteeId, Legistar body id) whose meetings are listed. */
  committeeId: string;
  /** Meeting lists, best first: the runner reads the first that answers. */
  listUrls: string[];
  /** The only origins the backfill may request: the user's site and, for Legistar, its API. */
  origins: string[];
}

/** How far back a ModernGov web-service list reaches when the caller gives no start date. */
const DEFAULT_YEARS_BACK = 5;

export function planBackfill(pageUrl: string, today: Date, from?: Date): BackfillPlan | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  return planModernGov(url, today, from) ?? planLegistar(url);
}

/** ModernGov: ieListDocuments (CId), ieListMeetings (CommitteeId/CId), mgCommitteeDetails (ID). */
function planModernGov(url: URL, today: Date, from?: Date): BackfillPlan | null {
  const page = url.pathname.split('/').pop()?.toLowerCase() ?? '';
  if (!/^(ie|mg)\w+\.aspx$/.test(page) && !/mgwebservice\.asmx/i.test(url.pathname)) return null;
  const committeeId = param(
    url,
    'CommitteeId',
    'CId',
    'lCommitteeId',
    ...(page === 'mgcommitteedetails.aspx' ? ['ID'] : []),
  );
  if (!committeeId) return null;
  const root = new URL(url.href.replace(/\/mgWebService\.asmx\/.*$/i, '/'));
  root.pathname = root.pathname.replace(/[^/]*$/, '');
  root.search = '';
  const start = from ?? new Date(Date.UTC(today.getUTCFullYear() - DEFAULT_YEARS_BACK, 0, 1));
  const webService = new URL('mgWebService.asmx/GetMeetings', root);
  webService.search = new URLSearchParams({
    lCommitteeId: committeeId,
    sFromDate: ukDate(start),
    sToDate: ukDate(today),
  }).toString();
  // Year=0 asks ieListMeetings for every year rather than the current one.
  const listPage = new URL(`ieListMeetings.aspx?CommitteeId=${encodeURIComponent(committeeId)}&Year=0`, root);
  return {
    system: 'moderngov',
    committeeId,
    listUrls: [webService.href, listPage.href],
    origins: [url.origin],
  };
}

/** Legistar: DepartmentDetail.aspx?ID= is a body; its events come from webapi.legistar.com/v1/{client}. */
function planLegistar(url: URL): BackfillPlan | null {
  const client = url.hostname.toLowerCase().match(/^([a-z0-9-]+)\.legistar\.com$/)?.[1];
  const bodyId = /departmentdetail\.aspx$/i.test(url.pathname) ? param(url, 'ID') : null;
  if (!client || !bodyId || client === 'webapi') return null;
  const api = 'https://webapi.legistar.com';
  const events = `${api}/v1/${client}/events?$filter=${encodeURIComponent(`EventBodyId eq ${bodyId}`)}&$orderby=${encodeURIComponent('EventDate desc')}`;
  return { system: 'legistar', committeeId: bodyId, listUrls: [events], origins: [url.origin, api] };
}

/** A query parameter by any of its names, case-insensitively (ModernGov spells them both ways). */
function param(url: URL, ...names: string[]): string | null {
  const wanted = names.map((n) => n.toLowerCase());
  for (const [key, value] of url.searchParams) if (wanted.includes(key.toLowerCase()) && value) return value;
  return null;
}

function ukDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
