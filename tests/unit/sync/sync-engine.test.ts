import { afterEach, describe, expect, it, vi } from 'vitest';
import { SYNC_LIMITS } from '../../../utils/sync/limits';
import { FakeSyncCloud, CHROME_ERRORS } from './fake-sync-area';
import { makeDevice, testClock, twoDevices, type TestDevice } from './devices';
import { noteInput, sampleNote, stamp, T0 } from './entities';
import { encodeEntity } from '../../../utils/sync/codec';
import { createNotesService } from '../../../utils/ext/notes-db/service';

const running: TestDevice[] = [];
afterEach(() => running.splice(0).forEach((device) => device.notes.stop()));

const texts = async (device: TestDevice) =>
  (await device.notes.listNotes()).map((note) => note.fields.text.v);

describe('sync between two browsers', () => {
  it('carries a large note across in chunks and reassembles it', async () => {
    const { laptop, desktop } = await twoDevices(running);
    const long = 'Paragraph on home care commissioning, with “quotes” and figures £1,234.\n'.repeat(400);
    await laptop.notes.saveNote(noteInput('big', long));
    expect((await laptop.notes.syncNow()).status).toBe('pushed');
    expect(
      Object.keys(await laptop.area.get(null)).filter((key) => key.startsWith('n:big:')).length,
    ).toBeGreaterThan(3);
    await desktop.notes.syncNow();
    expect(await texts(desktop)).toEqual([long]);
  });

  it('merges edits of different fields and keeps both versions of a text edited on both sides offline', async () => {
    const { clock, laptop, desktop } = await twoDevices(running);
    const note = await laptop.notes.saveNote(noteInput('n1', 'Ask about agency costs'));
    const followUpInput = { id: 'f1', text: 'Report on waiting lists', committeeKey: 'c', meetingKey: 'm' };
    const followUp = await laptop.notes.saveFollowUp(followUpInput);
    await laptop.notes.syncNow();
    await desktop.notes.syncNow();
    laptop.area.goOffline();
    desktop.area.goOffline();
    clock.advance(60_000);
    await laptop.notes.saveNote({ ...note, text: 'Ask about agency costs and vacancies' });
    await laptop.notes.setFollowUpStatus(followUp.id, 'done');
    await laptop.notes.syncNow();
    clock.advance(60_000);
    await desktop.notes.saveNote({ ...note, text: 'Ask about agency costs (£2.1m)' });
    await desktop.notes.saveFollowUp({ ...followUpInput, owner: 'Director' });
    await desktop.notes.syncNow();

    laptop.area.goOnline();
    desktop.area.goOnline();
    for (const device of [laptop, desktop, laptop, desktop]) await device.notes.syncNow();

    for (const device of [laptop, desktop]) {
      const [text] = await texts(device);
      expect(text).toContain('Ask about agency costs (£2.1m)');
      expect(text).toContain('Ask about agency costs and vacancies');
      expect(text).toMatch(/Conflicting edit from Laptop at/);
      const [merged] = await device.notes.listFollowUps();
      expect(merged?.fields.status.v).toBe('done');
      expect(merged?.fields.owner?.v).toBe('Director');
    }
  });

  it('brings back a note deleted on one side and edited on the other', async () => {
    const { clock, laptop, desktop } = await twoDevices(running);
    await laptop.notes.saveNote(noteInput('n1', 'Check the care home list'));
    await laptop.notes.syncNow();
    await desktop.notes.syncNow();
    desktop.area.goOffline();
    await laptop.notes.deleteNote('n1');
    await laptop.notes.syncNow();
    clock.advance(1_000);
    await desktop.notes.saveNote({ ...noteInput('n1', 'Check the care home list: two closures') });
    desktop.area.goOnline();
    await desktop.notes.syncNow();
    await laptop.notes.syncNow();
    expect(await texts(laptop)).toEqual(['Check the care home list: two closures']);
    expect(await texts(desktop)).toEqual(['Check the care home list: two closures']);
  });

  it('collects a tombstone only once every device has seen the deletion', async () => {
    const { clock, laptop, desktop } = await twoDevices(running);
    await laptop.notes.saveNote(noteInput('n1', 'Temporary'));
    await laptop.notes.syncNow();
    await desktop.notes.syncNow();
    await laptop.notes.deleteNote('n1');
    await laptop.notes.syncNow();
    // The desktop has not pulled since: the tombstone must stay.
    clock.advance(1_000);
    await laptop.notes.saveNote(noteInput('n2', 'Another'));
    await laptop.notes.syncNow();
    expect(await laptop.area.get('n:n1')).toHaveProperty('n:n1');
    // The desktop pulls and acknowledges in its registry entry; then the laptop collects.
    await desktop.notes.syncNow();
    expect(await desktop.notes.listNotes()).toHaveLength(1);
    await laptop.notes.saveNote(noteInput('n4', 'next'));
    await laptop.notes.syncNow();
    expect(await laptop.area.get('n:n1')).toEqual({});
    expect(await laptop.db.get('notes', 'n1')).toBeUndefined();
    await desktop.notes.syncNow();
    expect(await desktop.db.get('notes', 'n1')).toBeUndefined();
    expect((await desktop.notes.listNotes()).map((n) => n.id).sort()).toEqual(['n2', 'n4']);
  });

  it('pulls when another device writes, through storage.onChanged', async () => {
    const { laptop, desktop } = await twoDevices(running);
    await desktop.notes.start();
    const changed = vi.fn();
    desktop.notes.onChange(changed);
    await laptop.notes.saveNote(noteInput('n1', 'From the train'));
    await laptop.notes.syncNow();
    await vi.waitFor(async () => {
      expect(await texts(desktop)).toEqual(['From the train']);
      expect(changed).toHaveBeenCalled();
    });
  });
});

describe('within the quotas', () => {
  it('keeps what does not fit on this computer, says so, and drops nothing', async () => {
    const { laptop } = await twoDevices(running);
    const page = 'x'.repeat(7_000);
    for (let i = 0; i < 16; i++) await laptop.notes.saveNote(noteInput(`n${i}`, `${i} ${page}`));
    const result = await laptop.notes.syncNow();
    expect(result.status).toBe('pushed');
    const state = await laptop.notes.getSyncState();
    expect(state.bytesInUse).toBeLessThanOrEqual(SYNC_LIMITS.QUOTA_BYTES);
    expect(laptop.area.bytesInUse()).toBe(state.bytesInUse);
    expect(state.notSynced.length).toBeGreaterThan(0);
    expect(state.messages).toEqual([
      `Sync storage is full (100 KB): these ${state.notSynced.length} notes stay on this computer only`,
    ]);
    expect(state.pending).toBe(state.notSynced.length);
    expect(state.notSynced[0]?.preview).toMatch(/^\d+ xxxx/);
    expect(await laptop.notes.listNotes()).toHaveLength(16);
  });

  it('waits and retries after the per-minute write limit', async () => {
    const { clock, laptop, desktop } = await twoDevices(running);
    // Another part of the extension (or a burst) used up this minute's writes.
    for (let i = 0; i < SYNC_LIMITS.MAX_WRITE_OPERATIONS_PER_MINUTE; i++)
      laptop.area.writeTimes.push(clock.now());
    await laptop.notes.saveNote(noteInput('n1', 'Rate limited'));
    const failed = await laptop.notes.syncNow();
    expect(failed).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining(CHROME_ERRORS.PER_MINUTE),
    });
    expect((await laptop.notes.getSyncState()).pending).toBe(1);
    clock.advance(61_000);
    expect((await laptop.notes.syncNow()).status).toBe('pushed');
    await desktop.notes.syncNow();
    expect(await texts(desktop)).toEqual(['Rate limited']);
  });

  it('keeps edits local with the reason when sync storage refuses writes', async () => {
    const { laptop } = await twoDevices(running);
    laptop.area.failWrites('Sync is turned off');
    await laptop.notes.saveNote(noteInput('n1', 'Offline'));
    const failed = await laptop.notes.syncNow();
    expect(failed.status).toBe('failed');
    const state = await laptop.notes.getSyncState();
    expect(state.lastError).toContain('Sync is turned off');
    expect(state.pending).toBe(1);
    laptop.area.failWrites(undefined);
    expect((await laptop.notes.syncNow()).status).toBe('pushed');
    expect((await laptop.notes.getSyncState()).pending).toBe(0);
  });
});

describe('robustness', () => {
  it('quarantines a corrupt or foreign value in sync storage and keeps the good data', async () => {
    const { laptop, desktop } = await twoDevices(running);
    await laptop.notes.saveNote(noteInput('n1', 'Good note'));
    await laptop.notes.syncNow();
    await desktop.notes.syncNow();
    laptop.area.plant('n:n1', { _: 1, f: 'garbage' });
    laptop.area.plant('theme', 'dark');
    // The desktop keeps its good copy, and puts it back up over the corrupt one.
    expect(await desktop.notes.syncNow()).toMatchObject({ status: 'pushed' });
    expect(await texts(desktop)).toEqual(['Good note']);
    const quarantined = await desktop.notes.listQuarantine();
    expect(quarantined.map((entry) => entry.key).sort()).toEqual(['n:n1', 'theme']);
    expect(quarantined.find((entry) => entry.key === 'theme')?.reason).toBe('not a key Agenda Lens writes');
    expect(await laptop.area.get('n:n1')).toEqual({
      'n:n1': encodeEntity('note', (await desktop.notes.listNotes())[0]!),
    });
  });

  it('leaves the local copy alone when a chunked note arrives torn', async () => {
    const { laptop, desktop } = await twoDevices(running);
    await laptop.notes.saveNote(noteInput('big', 'y'.repeat(20_000)));
    await laptop.notes.syncNow();
    await desktop.notes.syncNow();
    laptop.area.plant('n:big:1', 'torn');
    await desktop.notes.syncNow();
    expect(await texts(desktop)).toEqual(['y'.repeat(20_000)]);
    expect((await desktop.notes.getSyncState()).unreadable).toEqual([
      { key: 'n:big', reason: expect.stringMatching(/do not match/) },
    ]);
  });

  it('replays the outbox after the service worker stopped between the database write and the push', async () => {
    const clock = testClock();
    const cloud = new FakeSyncCloud();
    const before = await makeDevice(cloud, 'Laptop', clock.now);
    await before.notes.saveNote(noteInput('n1', 'Written just before the worker stopped'));
    before.notes.stop(); // no push happened
    expect(await before.area.get(null)).toEqual({});
    const after = await makeDevice(cloud, 'Laptop', clock.now, before.db);
    running.push(after);
    expect((await after.notes.start()).status).toBe('pushed');
    expect(Object.keys(await after.area.get(null))).toContain('n:n1');
  });
});

it('measures a typical note', () => {
  const note = sampleNote(
    'k3j9x0q2m1ab',
    'Ask whether the home care tender includes rural wards; officer to confirm by March.',
    stamp(T0, 'a1b2c3d4'),
  );
  const bytes = JSON.stringify(encodeEntity('note', note)).length + 'n:k3j9x0q2m1ab'.length;
  expect(bytes).toBeLessThan(450);
});

it('batches a burst of edits into one write after the debounce', async () => {
  const cloud = new FakeSyncCloud();
  const clock = testClock();
  const device = await makeDevice(cloud, 'Laptop', clock.now);
  running.push(device);
  const quick = await createNotesService(device.db, device.area, clock.now, {
    deviceLabel: 'Laptop',
    debounceMs: 30,
  });
  running.push({ ...device, notes: quick });
  for (let i = 0; i < 5; i++) await quick.saveNote(noteInput(`n${i}`, `typing ${i}`));
  expect(device.area.writeTimes).toHaveLength(0);
  await vi.waitFor(() => expect(device.area.local.size).toBe(6));
  expect(device.area.writeTimes).toHaveLength(1);
});
