import { afterEach, describe, expect, it, vi } from 'vitest';
import { userStatuses } from '../../../utils/ext/follow-ups';
import { twoDevices, type TestDevice } from '../sync/devices';

const running: TestDevice[] = [];
afterEach(() => running.splice(0).forEach((device) => device.notes.stop()));

const ACTION = 'minutes|2025-06-26#10#report-back';
const tracked = {
  actionId: ACTION,
  text: 'Report back on waiting lists',
  committeeKey: 'c',
  meetingKey: 'm',
};

describe('the statuses of tracked actions, kept between meeting pages', () => {
  it('reads the notes once while nothing changes', async () => {
    const { laptop } = await twoDevices(running);
    await laptop.notes.setFollowUpStatus(ACTION, 'open', tracked);
    const reads = vi.spyOn(laptop.notes, 'listFollowUps');
    expect((await userStatuses(laptop.notes)).get(ACTION)).toBe('open');
    expect((await userStatuses(laptop.notes)).get(ACTION)).toBe('open');
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('sees a status the user set here at once', async () => {
    const { laptop } = await twoDevices(running);
    await laptop.notes.setFollowUpStatus(ACTION, 'open', tracked);
    expect((await userStatuses(laptop.notes)).get(ACTION)).toBe('open');
    await laptop.notes.setFollowUpStatus(ACTION, 'done');
    expect((await userStatuses(laptop.notes)).get(ACTION)).toBe('done');
  });

  it('sees a status set in another browser once sync brings it', async () => {
    const { clock, laptop, desktop } = await twoDevices(running);
    await laptop.notes.setFollowUpStatus(ACTION, 'open', tracked);
    await laptop.notes.syncNow();
    await desktop.notes.syncNow();
    expect((await userStatuses(laptop.notes)).get(ACTION)).toBe('open');
    clock.advance(60_000);
    await desktop.notes.setFollowUpStatus(ACTION, 'dropped');
    await desktop.notes.syncNow();
    await laptop.notes.syncNow();
    expect((await userStatuses(laptop.notes)).get(ACTION)).toBe('dropped');
  });

  it('sees an imported backup', async () => {
    const { laptop, desktop } = await twoDevices(running);
    await desktop.notes.setFollowUpStatus(ACTION, 'done', tracked);
    expect((await userStatuses(laptop.notes)).has(ACTION)).toBe(false);
    expect(await laptop.notes.importBackup(await desktop.notes.exportAll())).toMatchObject({ ok: true });
    expect((await userStatuses(laptop.notes)).get(ACTION)).toBe('done');
  });
});
