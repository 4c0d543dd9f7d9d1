import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createQueue, planBackfill, runQueue, type QueueDeps } from '../../../utils/backfill';
import { runBackfill } from '../../../utils/ext/backfill-runner';
import { counts, indexRecords, openIndexDb } from '../../../utils/ext/index-db';
import { HAS_SHARED, sharedPath } from '../shared-dir';

const TODAY = new Date('2026-01-10T12:00:00Z');
const MG = 'https://moderngov.example.gov.uk';

describe('planBackfill', () => {
  it('plans a ModernGov committee from a meeting page: web service first, then the list page', () => {
    const plan = planBackfill(`${MG}/ieListDocuments.aspx?CId=711&MId=10161&Ver=4`, TODAY)!;
    expect(plan).toMatchObject({ system: 'moderngov', committeeId: '711', origins: [MG] });
    expect(plan.listUrls).toEqual([
      `${MG}/mgWebService.asmx/GetMeetings?lCommitteeId=711&sFromDate=01%2F01%2F2021&sToDate=10%2F01%2F2026`,
      `${MG}/ieListMeetings.aspx?CommitteeId=711&Year=0`,
    ]);
  });

  it('finds the committee on committee pages and in a sub-folder', () => {
    expect(planBackfill(`${MG}/mgCommitteeDetails.aspx?ID=136`, TODAY)?.committeeId).toBe('136');
    const plan = planBackfill(
      'https://democracy.example.gov.uk/mgov/ieListMeetings.aspx?CommitteeId=9',
      TODAY,
    )!;
    expect(plan.listUrls[1]).toBe(
      'https://democracy.example.gov.uk/mgov/ieListMeetings.aspx?CommitteeId=9&Year=0',
    );
  });

  it("plans Legistar bodies through the client's web API", () => {
    const plan = planBackfill('https://seattle.legistar.com/DepartmentDetail.aspx?ID=12&GUID=X', TODAY)!;
    expect(plan.origins).toEqual(['https://seattle.legistar.com', 'https://webapi.legistar.com']);
    expect(decodeURIComponent(plan.listUrls[0]!)).toContain('/v1/seattle/events?$filter=EventBodyId eq 12');
  });

  it('plans nothing for pages with no committee', () => {
    expect(planBackfill(`${MG}/ieListDocuments.aspx?MId=5`, TODAY)).toBeNull();
    expect(planBackfill('https://example.com/agenda?CId=5', TODAY)).toBeNull();
    expect(planBackfill('not a url', TODAY)).toBeNull();
  });
});

/** A clock that only moves when the queue sleeps, and a fetch that records when it was called. */
function fakeDeps(pages: Record<string, string>) {
  let clock = 0;
  const calls: Array<{ url: string; at: number }> = [];
  const deps: QueueDeps = {
    now: () => clock,
    sleep: async (ms) => void (clock += ms),
    fetch: async (url) => {
      calls.push({ url, at: clock });
      if (!(url in pages)) throw new Error(`HTTP 404 for ${url}`);
      return pages[url]!;
    },
  };
  return { deps, calls };
}

describe('runQueue', () => {
  const list = `${MG}/list`;
  const meeting = (n: number) => `${MG}/m${n}`;
  const pages = { [list]: 'list', [meeting(1)]: 'one', [meeting(2)]: 'two' };
  const handler = async (job: { url: string; kind: string }) =>
    job.kind === 'list'
      ? [1, 2, 3]
          .map((n) => ({ url: meeting(n), kind: 'meeting' as const }))
          .concat({ url: 'https://elsewhere.example/m', kind: 'meeting' })
      : [];

  it('requests one URL at a time, at least a second apart, only on the plan origins', async () => {
    const { deps, calls } = fakeDeps(pages);
    const state = await runQueue(createQueue([MG], [{ url: list, kind: 'list' }]), handler, deps);
    expect(calls.map((c) => c.at)).toEqual([0, 1000, 2000, 3000]);
    expect(state.done).toEqual([list, meeting(1), meeting(2)]);
    expect(state.failed).toEqual([{ url: meeting(3), error: expect.stringContaining('404') }]);
    expect(state.refused).toEqual(['https://elsewhere.example/m']);
  });

  it('stops when cancelled and resumes from the state it returned, reporting progress', async () => {
    const { deps, calls } = fakeDeps(pages);
    const controller = new AbortController();
    const progress: number[] = [];
    const first = await runQueue(createQueue([MG], [{ url: list, kind: 'list' }]), handler, deps, {
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p.done);
        if (p.done === 2) controller.abort();
      },
    });
    expect(first.pending.map((j) => j.url)).toEqual([meeting(2), meeting(3)]);
    const resumed = await runQueue(JSON.parse(JSON.stringify(first)), handler, deps);
    expect(resumed.done).toEqual([list, meeting(1), meeting(2)]);
    expect(calls.map((c) => c.url)).toEqual([list, meeting(1), meeting(2), meeting(3)]);
    expect(progress.slice(0, 3)).toEqual([0, 1, 2]);
  });
});

describe.skipIf(!HAS_SHARED)('runBackfill on saved ModernGov pages', () => {
  it('reads the committee list, then each past meeting, into the index', async () => {
    const fixture = (name: string) => readFileSync(sharedPath('fixtures', 'moderngov', name), 'utf8');
    const listPage = fixture('kingston-ielistmeetings.html');
    const meetingPage = fixture('kingston-neighbourhood-cttee-2025-11-18-ielistdocuments.html');
    const fetched: string[] = [];
    const db = await openIndexDb('backfill-test');
    const outcome = await runBackfill({
      pageUrl: `${MG}/mgCommitteeDetails.aspx?ID=711`,
      store: (records, url) => indexRecords(db, records, { url }),
      today: TODAY,
      minIntervalMs: 0,
      parseDocument: (text, type) => new DOMParser().parseFromString(text, type) as unknown as Document,
      fetchText: async (url) => {
        fetched.push(url);
        if (url.includes('GetMeetings')) return '<?xml version="1.0"?><getmeetings></getmeetings>';
        return url.includes('ieListMeetings') ? listPage : meetingPage;
      },
    });
    expect(outcome.ok).toBe(true);
    // The empty web-service answer falls back to the list page; then only meeting pages follow.
    expect(fetched[0]).toContain('GetMeetings');
    expect(fetched[1]).toContain('ieListMeetings');
    expect(fetched.slice(2).every((url) => url.startsWith(`${MG}/ieListDocuments.aspx`))).toBe(true);
    expect(fetched.length).toBeGreaterThan(2);
    expect((await counts(db)).meetings).toBeGreaterThan(0);
  });
});
