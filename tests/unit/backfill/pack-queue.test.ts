import { describe, expect, it } from 'vitest';
import { runQueue, type QueueDeps } from '../../../utils/backfill';
import {
  emptyPackQueue,
  MAX_REMEMBERED,
  packStatuses,
  queuePacks,
  recordOutcome,
} from '../../../utils/backfill/pack-queue';
import type { PackKind, PackLink } from '../../../utils/sites/pack-links';

const PAGE = 'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=7&MId=900';
const pack = (name: string, kind: PackKind = 'agenda-pack', site = 'https://democracy.example.gov.uk') => ({
  url: `${site}/documents/g900/${name}.pdf`,
  kind,
  title: name,
});
const PACK = pack('Agenda reports pack');
const MINUTES = pack('Printed minutes', 'printed-minutes');
const none = { indexed: new Set<string>(), retry: false };

describe('queueing a meeting page’s packs', () => {
  it('queues each pack of the page’s own site once, in order', () => {
    const elsewhere = pack('Agenda reports pack', 'agenda-pack', 'https://evil.example.com');
    let state = queuePacks(emptyPackQueue(), PAGE, [PACK, elsewhere, MINUTES], none);
    state = queuePacks(state, PAGE, [PACK, MINUTES], none);
    expect(state.queue.pending).toEqual([
      { url: PACK.url, kind: 'agenda-pack' },
      { url: MINUTES.url, kind: 'printed-minutes' },
    ]);
    expect(state.queue.origins).toEqual(['https://democracy.example.gov.uk']);
  });

  it('does not fetch a PDF already in the index: it says so instead', () => {
    const state = queuePacks(emptyPackQueue(), PAGE, [PACK, MINUTES], {
      ...none,
      indexed: new Set([PACK.url]),
    });
    expect(state.queue.pending.map((j) => j.url)).toEqual([MINUTES.url]);
    expect(packStatuses(state, [PACK.url, MINUTES.url])).toEqual({
      [PACK.url]: { status: 'already-indexed' },
      [MINUTES.url]: { status: 'queued' },
    });
  });

  it('a pack read before is not read again; one that failed is tried again only when the user asks', () => {
    let state = queuePacks(emptyPackQueue(), PAGE, [PACK, MINUTES], none);
    state = {
      ...state,
      queue: { ...state.queue, pending: [], done: [PACK.url, MINUTES.url] },
      outcomes: {
        [PACK.url]: { status: 'read', records: 2, items: 9, pages: 3, ms: 80 },
        [MINUTES.url]: { status: 'failed', failure: 'encrypted', message: 'locked' },
      },
    };
    expect(queuePacks(state, PAGE, [PACK, MINUTES], none).queue.pending).toEqual([]);
    // The index holds the pack it read: asking again still does not fetch it.
    const asked = queuePacks(state, PAGE, [PACK, MINUTES], { indexed: new Set([PACK.url]), retry: true });
    expect(asked.queue.pending.map((j) => j.url)).toEqual([MINUTES.url]);
    expect(packStatuses(asked, [PACK.url, MINUTES.url])).toEqual({
      [PACK.url]: { status: 'read', records: 2, items: 9, pages: 3, ms: 80 },
      [MINUTES.url]: { status: 'queued' },
    });
  });

  it('remembers at most MAX_REMEMBERED outcomes, forgetting the oldest', () => {
    let state = emptyPackQueue();
    const packs: PackLink[] = Array.from({ length: MAX_REMEMBERED + 5 }, (_, i) => pack(`p${i}`));
    state = {
      ...state,
      queue: { ...state.queue, done: packs.map((p) => p.url) },
      outcomes: Object.fromEntries(packs.map((p) => [p.url, { status: 'already-indexed' } as const])),
    };
    state = queuePacks(state, PAGE, [], none);
    expect(state.queue.done).toHaveLength(MAX_REMEMBERED);
    expect(Object.keys(state.outcomes)).toHaveLength(MAX_REMEMBERED);
    expect(state.outcomes[packs[0]!.url]).toBeUndefined();
    expect(recordOutcome(state, PACK.url, { status: 'already-indexed' }).outcomes[PACK.url]).toBeDefined();
  });
});

describe('the queue runs packs as it runs a backfill', () => {
  it('takes packs queued while it runs, a second apart, and reports the state after each', async () => {
    let clock = 0;
    const calls: Array<{ url: string; at: number }> = [];
    const deps: QueueDeps<string> = {
      now: () => clock,
      sleep: async (ms) => void (clock += ms),
      fetch: async (url) => (calls.push({ url, at: clock }), url),
    };
    const added = [{ url: MINUTES.url, kind: 'printed-minutes' as const }];
    const saved: number[] = [];
    const start = queuePacks(emptyPackQueue(), PAGE, [PACK], none).queue;
    const final = await runQueue(start, async () => [], deps, {
      refresh: (state) =>
        calls.length === 1 ? { ...state, pending: [...state.pending, ...added.splice(0)] } : state,
      onProgress: (_progress, state) => saved.push(state.done.length),
    });
    expect(calls.map((c) => c.url)).toEqual([PACK.url, MINUTES.url]);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(final.done).toEqual([PACK.url, MINUTES.url]);
    expect(saved).toEqual([0, 1, 2]);
  });
});
