import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openNotesDb } from '../../../utils/ext/notes-db/open';
import * as repo from '../../../utils/ext/notes-db/repo';
import { ensureDevice } from '../../../utils/ext/notes-db/store';
import { actionId } from '../../../utils/model/keys';
import { uniqueDbName } from '../sync/devices';
import { LABEL, MEETING_KEY, noteInput, T0 } from '../sync/entities';

async function freshDb() {
  const db = await openNotesDb(uniqueDbName());
  await ensureDevice(db, 'Laptop');
  return db;
}

const names = (node: string) => node;
const SELECTORS = {
  v: 1 as const,
  quote: {
    exact: 'the Director be requested to bring a report',
    prefix: 'RESOLVED that ',
    suffix: ' to the March meeting',
  },
  position: { start: 120, end: 163 },
  itemNumber: '7a',
  url: 'https://moderngov.example.gov.uk/ieListDocuments.aspx?MId=1',
};

async function fillSample(db: Awaited<ReturnType<typeof freshDb>>) {
  await repo.saveNote(db, noteInput('n1', 'Ask about agency costs'), T0);
  await repo.saveNote(
    db,
    { ...noteInput('n2', 'Meeting-wide point'), target: { kind: 'meeting', meetingKey: MEETING_KEY } },
    T0 + 1,
  );
  const highlight = await repo.saveHighlight(
    db,
    {
      id: 'h1',
      url: SELECTORS.url,
      meetingKey: MEETING_KEY,
      itemNumber: '7a',
      kind: 'followup',
      selectors: SELECTORS,
      quote: SELECTORS.quote.exact,
    },
    T0 + 2,
  );
  const action = actionId(LABEL, '7a', 'the Director be requested to bring a report');
  await repo.setFollowUpStatus(db, action, 'open', T0 + 3, {
    text: 'Director to bring a report on home care',
    committeeKey: 'leicester city council|adult social care scrutiny commission',
    meetingKey: MEETING_KEY,
    label: LABEL,
    highlightId: highlight.id,
    due: 'March meeting',
  });
  return action;
}

describe('notes repository', () => {
  it('writes each edit together with its outbox entry', async () => {
    const db = await freshDb();
    await repo.saveNote(db, noteInput('n1', 'first'), T0);
    await repo.saveNote(db, noteInput('n1', 'second'), T0 + 10);
    expect((await repo.listNotes(db, {}, T0)).map((n) => n.fields.text.v)).toEqual(['second']);
    expect(await db.getAll('outbox')).toEqual([
      { key: 'n:n1', stamp: expect.any(String), queuedAt: T0 + 10 },
    ]);
  });

  it('refuses an invalid write and stores nothing', async () => {
    const db = await freshDb();
    await expect(repo.saveNote(db, noteInput('bad id with spaces', 'x'), T0)).rejects.toThrow(
      /Not saved: id/,
    );
    expect(await db.count('notes')).toBe(0);
    expect(await db.count('outbox')).toBe(0);
  });

  it('finds a follow-up by the indexed action it tracks and updates its status', async () => {
    const db = await freshDb();
    const action = await fillSample(db);
    const done = await repo.setFollowUpStatus(db, action, 'done', T0 + 100);
    expect(done.fields.status.v).toBe('done');
    expect(await repo.listFollowUps(db, { status: 'open' }, T0)).toEqual([]);
    await expect(repo.setFollowUpStatus(db, 'nothing', 'done', T0)).rejects.toThrow(/No follow-up/);
  });

  it('lists notes of a meeting item and hides deleted ones', async () => {
    const db = await freshDb();
    await fillSample(db);
    expect(
      (await repo.listNotes(db, { meetingKey: MEETING_KEY, itemNumber: '7a' }, T0)).map((n) => n.id),
    ).toEqual(['n1']);
    await repo.deleteEntity(db, 'note', 'n1', T0 + 50);
    expect((await repo.listNotes(db, { meetingKey: MEETING_KEY }, T0)).map((n) => n.id)).toEqual(['n2']);
    expect(await repo.listNotes(db, { includeDeleted: true }, T0)).toHaveLength(2);
    const [highlight] = await repo.listHighlights(db, { url: SELECTORS.url }, T0);
    expect(await repo.saveHighlight(db, { ...highlight!, quote: 'changed' }, T0 + 60)).toEqual(highlight);
  });

  it('quarantines a damaged record instead of failing the list', async () => {
    const db = await freshDb();
    await repo.saveNote(db, noteInput('n1', 'fine'), T0);
    await db.put('notes', { id: 'bad', schemaVersion: 99 } as never);
    expect((await repo.listNotes(db, {}, T0)).map((n) => n.id)).toEqual(['n1']);
    const [entry] = await db.getAll('quarantine');
    expect(entry).toMatchObject({ source: 'idb', key: 'n:bad', value: { id: 'bad', schemaVersion: 99 } });
    expect(entry?.reason).toMatch(/schemaVersion/);
  });

  it('exports Markdown grouped by meeting', async () => {
    const db = await freshDb();
    await fillSample(db);
    const markdown = await repo.exportNotesMarkdown(db, T0);
    expect(markdown).toContain(
      '## Leicester City Council — Adult Social Care Scrutiny Commission, 2026-11-26',
    );
    expect(markdown).toContain('- **Item 7a (Home care contracts):** Ask about agency costs');
    expect(markdown).toContain('- **Meeting:** Meeting-wide point');
    expect(markdown).toContain('- [ ] Director to bring a report on home care (due: March meeting)');
  });
});

describe('backup', () => {
  it('restores everything into a fresh database', async () => {
    const source = await freshDb();
    await fillSample(source);
    await repo.deleteEntity(source, 'note', 'n2', T0 + 9);
    const json = await repo.exportBackupJson(source, T0 + 10);
    const target = await freshDb();
    expect(await repo.importBackup(target, json, T0 + 20, names)).toEqual({ ok: true, changed: 4 });
    expect(await repo.readAll(target, T0)).toEqual(await repo.readAll(source, T0));
    // Imported data is queued for sync like any edit.
    expect(await target.count('outbox')).toBe(4);
  });

  it('never overwrites a newer local edit', async () => {
    const db = await freshDb();
    await repo.saveNote(db, noteInput('n1', 'old'), T0);
    const json = await repo.exportBackupJson(db, T0);
    await repo.saveNote(db, noteInput('n1', 'newer'), T0 + 1000);
    expect(await repo.importBackup(db, json, T0 + 2000, names)).toEqual({ ok: true, changed: 0 });
    expect((await repo.listNotes(db, {}, T0))[0]?.fields.text.v).toBe('newer');
  });

  it.each([
    ['not JSON', '{"format":', /not valid JSON/],
    ['not a backup', '{"notes":[]}', /not an Agenda Lens backup/],
    [
      'from a newer version',
      '{"format":"agenda-lens-backup","schemaVersion":7}',
      /newer Agenda Lens \(backup version 7\)/,
    ],
    [
      'damaged',
      '{"format":"agenda-lens-backup","schemaVersion":1,"exportedAt":"x","notes":[{"id":"n1"}],"followUps":[],"highlights":[]}',
      /damaged: notes\.0\./,
    ],
  ])('refuses a file that is %s and changes nothing', async (_what, json, message) => {
    const db = await freshDb();
    await repo.saveNote(db, noteInput('n1', 'mine'), T0);
    const before = await repo.readAll(db, T0);
    const outbox = await db.getAll('outbox');
    const result = await repo.importBackup(db, json, T0 + 1, names);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(await repo.readAll(db, T0)).toEqual(before);
    expect(await db.getAll('outbox')).toEqual(outbox);
  });
});
