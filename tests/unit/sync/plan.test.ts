import { describe, expect, it } from 'vitest';
import { toSyncItems } from '../../../utils/sync/chunk';
import { describeNotSynced, planSyncWrite } from '../../../utils/sync/plan';
import { nextWriteTime, writesAllowed } from '../../../utils/sync/rate';
import { SYNC_LIMITS } from '../../../utils/sync/limits';
import { CHROME_ERRORS, FakeSyncCloud } from './fake-sync-area';
import { T0 } from './entities';

describe('quota planner', () => {
  it('stops at MAX_ITEMS and lists the rest with the reason', () => {
    const writes = Array.from({ length: 520 }, (_, i) => ({
      key: `f:${i}`,
      items: { [`f:${i}`]: { x: i } },
    }));
    const plan = planSyncWrite({ stored: {}, writes });
    expect(plan.itemsInUse).toBe(SYNC_LIMITS.MAX_ITEMS);
    expect(plan.notSynced).toHaveLength(8);
    expect(plan.notSynced[0]).toMatchObject({ key: 'f:512', reason: 'max-items' });
    expect(describeNotSynced(plan.notSynced)).toEqual([
      'Sync storage holds at most 512 items: these 8 follow-ups stay on this computer only',
    ]);
  });

  it('removes the chunks a note no longer needs when it shrinks', () => {
    const stored = toSyncItems('n:a', 'z'.repeat(20_000));
    const plan = planSyncWrite({ stored, writes: [{ key: 'n:a', items: { 'n:a': 'short' } }] });
    expect(plan.set).toEqual({ 'n:a': 'short' });
    expect(plan.remove.sort()).toEqual(['n:a:0', 'n:a:1', 'n:a:2']);
    expect(plan.itemsInUse).toBe(1);
  });

  it('writes nothing for what sync storage already holds', () => {
    const stored = { 'n:a': { x: 1 } };
    const plan = planSyncWrite({ stored, writes: [{ key: 'n:a', items: { 'n:a': { x: 1 } } }] });
    expect(plan).toMatchObject({ set: {}, remove: [], written: ['n:a'] });
  });

  it('says it plainly for a single note', () => {
    expect(describeNotSynced([{ key: 'n:a', reason: 'quota-bytes', bytes: 9000 }])).toEqual([
      'Sync storage is full (100 KB): this note stays on this computer only',
    ]);
  });
});

describe('write-rate budget', () => {
  it('counts the last minute and the last hour', () => {
    const perMinute = Array.from({ length: 120 }, () => T0);
    expect(writesAllowed(perMinute, T0 + 1)).toBe(0);
    expect(nextWriteTime(perMinute, T0 + 1, 2)).toBe(T0 + 60_001);
    const hour = Array.from({ length: 1_800 }, (_, i) => T0 + i * 1_000);
    const after = T0 + 1_800_000;
    expect(writesAllowed(hour, after)).toBe(0);
    expect(nextWriteTime(hour, after, 2)).toBeGreaterThan(T0 + 3_600_000);
  });
});

describe('fake sync area', () => {
  it('refuses an item over the per-item limit with Chrome’s message and stores nothing', async () => {
    const area = new FakeSyncCloud().device(() => T0);
    await expect(area.set({ ok: 1, big: 'x'.repeat(8_200) })).rejects.toThrow(
      CHROME_ERRORS.QUOTA_BYTES_PER_ITEM,
    );
    expect(await area.get(null)).toEqual({});
  });

  it('refuses a write past 100 KB in all', async () => {
    const area = new FakeSyncCloud().device(() => T0);
    const items = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`k${i}`, 'x'.repeat(8_000)]));
    await expect(area.set(items)).rejects.toThrow(CHROME_ERRORS.QUOTA_BYTES);
  });
});
