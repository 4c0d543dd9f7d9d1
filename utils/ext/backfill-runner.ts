import {
  createQueue,
  listLegistarEvents,
  planBackfill,
  runQueue,
  type Job,
  type QueueProgress,
  type QueueState,
} from '../backfill';
import type { MeetingRecord } from '../model/record';
import { extractPage } from '../sites/extract';
import type { PackLink } from '../sites/pack-links';
import { findPackLinks } from '../sites/packs';
import { parseModernGovMeetingList } from '../sites/moderngov-webservice';

/**
 * Backfill wired to the network: plan from the page the user is on, read the committee's meeting
 * list, then each past meeting page, one a second, and hand each page's records to `store`.
 * It runs in the overlay on the council's own page (same-site requests, a real DOMParser), and
 * `store` sends the records to the background, which indexes them as any page read.
 */
export interface BackfillOptions {
  pageUrl: string;
  parseDocument(text: string, contentType: 'text/html' | 'text/xml'): Document;
  /** Indexes what one meeting page gave, with the links to its agenda packs and printed minutes. */
  store(records: MeetingRecord[], url: string, packs: PackLink[]): Promise<unknown>;
  onProgress?(progress: QueueProgress): void;
  signal?: AbortSignal;
  /** A state returned by an interrupted run, to resume. */
  resume?: QueueState;
  minIntervalMs?: number;
  fetchText?(url: string, signal?: AbortSignal): Promise<string>;
  today?: Date;
}

export type BackfillOutcome = { ok: true; state: QueueState } | { ok: false; error: string };

export async function runBackfill(options: BackfillOptions): Promise<BackfillOutcome> {
  const today = options.today ?? new Date();
  const plan = planBackfill(options.pageUrl, today);
  if (!plan)
    return { ok: false, error: 'this page is not a ModernGov or Legistar committee or meeting page' };
  const state = options.resume ?? createQueue(plan.origins, [{ url: plan.listUrls[0]!, kind: 'list' }]);
  const isoToday = today.toISOString().slice(0, 10);

  const meetingsIn = (job: Job, body: string): Job[] => {
    const listed =
      plan.system === 'legistar'
        ? listLegistarEvents(JSON.parse(body))
        : parseModernGovMeetingList(options.parseDocument(body, xmlOrHtml(body)), job.url).filter(
            (m) => !m.cancelled,
          );
    return listed.filter((m) => m.date < isoToday).map((m) => ({ url: m.url, kind: 'meeting' as const }));
  };

  const handle = async (job: Job, body: string): Promise<Job[]> => {
    if (job.kind === 'list') {
      const meetings = meetingsIn(job, body);
      // An empty or unreadable list: try the next way of listing the committee's meetings.
      const next = plan.listUrls[plan.listUrls.indexOf(job.url) + 1];
      return meetings.length > 0 || !next ? meetings : [{ url: next, kind: 'list' }];
    }
    const doc = options.parseDocument(body, 'text/html');
    const { records } = extractPage(doc, job.url);
    if (records.length > 0) await options.store(records, job.url, findPackLinks(doc, job.url));
    return [];
  };

  const finalState = await runQueue(
    state,
    handle,
    { fetch: options.fetchText ?? fetchText, now: () => Date.now(), sleep },
    { minIntervalMs: options.minIntervalMs, signal: options.signal, onProgress: options.onProgress },
  );
  return { ok: true, state: finalState };
}

function xmlOrHtml(body: string): 'text/html' | 'text/xml' {
  return body.trimStart().startsWith('<?xml') ? 'text/xml' : 'text/html';
}

async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(url, { signal, credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return response.text();
}

/** A pause between requests that a stop cuts short. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}
