import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { counts } from '../../../utils/ext/index-db';
import type { PackRead } from '../../../utils/ext/pack-reader/protocol';
import {
  packReadingItem,
  packReadingView,
  readPacks,
  readPacksIfAllowed,
  stopPackReading,
} from '../../../utils/ext/pack-reading';
import { autoReadPacksItem } from '../../../utils/ext/pack-settings';
import { linkRecord } from '../../../utils/ext/reading';
import { getServices } from '../../../utils/ext/services';
import { parseAgendaText } from '../../../utils/parse/index';

/** The reader page (pdf.js) is replaced by answers made from text: this tests the background's side. */
const reader = vi.hoisted(() => ({
  answers: new Map<string, PackRead | 'hang'>(),
  calls: [] as Array<{ url: string; at: number }>,
}));
vi.mock('../../../utils/ext/pack-reader/host', () => ({
  readPackInReader: async (url: string, signal?: AbortSignal) => {
    reader.calls.push({ url, at: Date.now() });
    const answer = reader.answers.get(url);
    if (answer !== 'hang') return answer ?? { ok: false, failure: 'failed', message: 'no answer' };
    return new Promise((_resolve, reject) =>
      signal?.addEventListener('abort', () => reject(new Error('stopped'))),
    );
  },
  closeReader: async () => undefined,
}));

const SITE = 'https://democracy.harbourside.example.gov.uk';
const PAGE = `${SITE}/ieListDocuments.aspx?CId=5&MId=77`;
/** An agenda pack: the coming agenda and the minutes of the meeting before. */
const PACK_TEXT = readFileSync(
  resolve(__dirname, '../../fixtures/packs/eastbrook-transport-pack.txt'),
  'utf8',
);
let meeting = 0;
/** Each test its own meeting's papers: the index lives on between tests. */
const pack = (name: string, kind: 'agenda-pack' | 'printed-minutes') => ({
  url: `${SITE}/documents/g${meeting}/${encodeURIComponent(name)}.pdf`,
  kind,
  title: name,
});
let PACK = pack('Agenda reports pack', 'agenda-pack');
let LOCKED = pack('Printed minutes', 'printed-minutes');

async function settled() {
  await vi.waitFor(async () => expect((await packReadingView([])).running).toBe(false), { timeout: 10_000 });
}

describe('reading PDF papers in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // Node 20 has no navigator; the background names its device from the user agent.
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140' });
    reader.calls.length = 0;
    reader.answers.clear();
    meeting++;
    PACK = pack('Agenda reports pack', 'agenda-pack');
    LOCKED = pack('Printed minutes', 'printed-minutes');
    const { records } = parseAgendaText(PACK_TEXT, { url: PACK.url });
    reader.answers.set(PACK.url, { ok: true, records, pages: 2, ms: 12 });
    reader.answers.set(LOCKED.url, {
      ok: false,
      failure: 'encrypted',
      message: 'This PDF is password-protected.',
    });
  });
  afterEach(settled);

  it('indexes what each pack gives, a second apart, and says what came of each', async () => {
    await readPacks(PAGE, [PACK, LOCKED], false);
    await settled();
    expect(reader.calls.map((c) => c.url)).toEqual([PACK.url, LOCKED.url]);
    expect(reader.calls[1]!.at - reader.calls[0]!.at).toBeGreaterThanOrEqual(990);
    const view = await packReadingView([PACK.url, LOCKED.url]);
    expect(view.statuses).toEqual({
      [PACK.url]: { status: 'read', records: 2, items: 9, pages: 2, ms: 12 },
      [LOCKED.url]: { status: 'failed', failure: 'encrypted', message: 'This PDF is password-protected.' },
    });
    const services = await getServices();
    expect((await counts(services.index)).decisions).toBe(2);
    // The pack's agenda gets the decision its own earlier minutes recorded on the subject.
    const [agenda] = parseAgendaText(PACK_TEXT).records;
    const links = await linkRecord(services, agenda!);
    const cycleLane = links.items.find((item) => item.number === '4')!;
    expect(cycleLane.priorDecisions[0]).toMatchObject({ minute: '22/25', url: PACK.url });
  });

  it('never fetches a pack twice; the user asking again retries only what failed', async () => {
    await readPacks(PAGE, [PACK, LOCKED], false);
    await settled();
    await readPacks(PAGE, [PACK, LOCKED], false);
    await settled();
    expect(reader.calls).toHaveLength(2);
    await readPacks(PAGE, [PACK, LOCKED], true);
    await settled();
    expect(reader.calls.map((c) => c.url)).toEqual([PACK.url, LOCKED.url, LOCKED.url]);
  });

  it('reads the packs of a page it indexes by itself only where the site is allowed and the setting is on', async () => {
    const allowed = new Set<string>();
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
      origins.every((origin) => allowed.has(origin)),
    );
    await readPacksIfAllowed(PAGE, [PACK]);
    allowed.add(`${SITE}/*`);
    await autoReadPacksItem.setValue(false);
    await readPacksIfAllowed(PAGE, [PACK]);
    await settled();
    expect(reader.calls).toEqual([]);
    await autoReadPacksItem.setValue(true);
    await readPacksIfAllowed(PAGE, [PACK]);
    await settled();
    expect(reader.calls.map((c) => c.url)).toEqual([PACK.url]);
  });

  it('keeps an unread pack saved while it reads (a stopped worker resumes it); a stop by the user empties the queue', async () => {
    const stuck = pack('Supplementary agenda', 'agenda-pack');
    reader.answers.set(stuck.url, 'hang');
    await readPacks(PAGE, [stuck], false);
    await vi.waitFor(() => expect(reader.calls).toHaveLength(1));
    expect((await packReadingItem.getValue()).queue.pending).toEqual([
      { url: stuck.url, kind: 'agenda-pack' },
    ]);
    stopPackReading();
    await settled();
    expect((await packReadingItem.getValue()).queue.pending).toEqual([]);
    expect((await packReadingView([stuck.url])).statuses[stuck.url]).toMatchObject({
      status: 'failed',
      failure: 'cancelled',
    });
    // Asking again reads it.
    reader.answers.set(stuck.url, { ok: false, failure: 'no-text', message: 'a scan' });
    await readPacks(PAGE, [stuck], true);
    await settled();
    expect((await packReadingView([stuck.url])).statuses[stuck.url]).toMatchObject({ failure: 'no-text' });
  });
});
