import { describe, expect, it } from 'vitest';
import { compareHlc, decodeHlc, encodeHlc, receive, tick } from '../../../utils/sync/hlc';
import { editFollowUp, editNote, markDeleted } from '../../../utils/sync/edit';
import { conflictSeparator, isDeleted, mergeEntity } from '../../../utils/sync/merge';
import { sampleFollowUp, sampleNote, stamp, T0 } from './entities';

const names = (node: string) => ({ lap: 'Laptop', desk: 'Desktop' })[node] ?? node;

describe('hybrid logical clock', () => {
  it('never goes backwards when the wall clock does', () => {
    const first = tick(stamp(T0, 'lap'), T0 - 5_000);
    expect(first).toEqual({ wall: T0, counter: 1, node: 'lap' });
    expect(compareHlc(tick(first, T0 - 1), first)).toBeGreaterThan(0);
  });

  it('moves past a remote stamp from a clock that runs ahead', () => {
    const mine = stamp(T0, 'lap');
    const after = receive(mine, stamp(T0 + 60_000, 'desk', 4), T0);
    expect(after).toEqual({ wall: T0 + 60_000, counter: 5, node: 'lap' });
    expect(compareHlc(tick(after, T0), stamp(T0 + 60_000, 'desk', 4))).toBeGreaterThan(0);
  });

  it('ignores a remote clock more than a day ahead', () => {
    expect(receive(stamp(T0, 'lap'), stamp(T0 + 3 * 86_400_000, 'desk'), T0 + 10).wall).toBe(T0 + 10);
  });

  it('round-trips its compact form and refuses junk', () => {
    const hlc = stamp(T0, 'desk', 12);
    expect(decodeHlc(encodeHlc(hlc))).toEqual(hlc);
    expect(decodeHlc('12.x')).toBeUndefined();
    expect(decodeHlc(42)).toBeUndefined();
  });
});

describe('per-field merge', () => {
  const base = sampleFollowUp('f1', 'Report on home care waiting lists', stamp(T0, 'lap'));

  it('merges edits of different fields from both sides', () => {
    const onLaptop = editFollowUp(base, { status: 'done' }, stamp(T0 + 10, 'lap'));
    const onDesktop = editFollowUp(base, { owner: 'Head of Commissioning' }, stamp(T0 + 20, 'desk'));
    const merged = mergeEntity(onLaptop, onDesktop, names);
    expect(merged.fields.status.v).toBe('done');
    expect(merged.fields.owner?.v).toBe('Head of Commissioning');
    expect(merged.fields.text.v).toBe('Report on home care waiting lists');
    expect(mergeEntity(onDesktop, onLaptop, names)).toEqual(merged);
  });

  it('takes an edit made on top of the other side without calling it a conflict', () => {
    const synced = editNote(sampleNote('n1', 'first', stamp(T0, 'lap')), 'second', stamp(T0 + 5, 'lap'));
    const later = editNote(synced, 'third, from the desktop', stamp(T0 + 9, 'desk'));
    expect(mergeEntity(synced, later, names).fields.text.v).toBe('third, from the desktop');
    expect(mergeEntity(later, synced, names).fields.text.v).toBe('third, from the desktop');
  });

  it('keeps both versions when the same text was edited on both sides', () => {
    const base = sampleNote('n1', 'Ask about agency costs', stamp(T0, 'lap'));
    const onLaptop = editNote(base, 'Ask about agency costs and vacancies', stamp(T0 + 60_000, 'lap'));
    const onDesktop = editNote(base, 'Ask about agency costs (£2.1m overspend)', stamp(T0 + 120_000, 'desk'));
    const merged = mergeEntity(onLaptop, onDesktop, names);
    expect(merged.fields.text.v).toBe(
      'Ask about agency costs (£2.1m overspend)' +
        conflictSeparator('Laptop', stamp(T0 + 60_000, 'lap')) +
        'Ask about agency costs and vacancies',
    );
    expect(merged.fields.text.v).toContain('Conflicting edit from Laptop at 2026-11-23 09:01 UTC');
    expect(mergeEntity(onDesktop, onLaptop, names)).toEqual(merged);
    // Once merged, either original version merging in again changes nothing.
    expect(mergeEntity(merged, onLaptop, names)).toEqual(merged);
    expect(mergeEntity(onDesktop, merged, names)).toEqual(merged);
  });

  it('lets an edit the deleting device never saw bring the note back', () => {
    const base = sampleNote('n1', 'Check the care home list', stamp(T0, 'lap'));
    const deleted = markDeleted(base, stamp(T0 + 100, 'lap'));
    const edited = editNote(base, 'Check the care home list: two closures', stamp(T0 + 50, 'desk'));
    const merged = mergeEntity(deleted, edited, names);
    expect(isDeleted(deleted)).toBe(true);
    expect(isDeleted(merged)).toBe(false);
    expect(merged.fields.text.v).toBe('Check the care home list: two closures');
  });

  it('keeps a delete made after seeing the edit', () => {
    const base = sampleNote('n1', 'Check the care home list', stamp(T0, 'lap'));
    const edited = editNote(base, 'edited', stamp(T0 + 50, 'desk'));
    const deleted = markDeleted(edited, stamp(T0 + 100, 'lap'));
    expect(isDeleted(mergeEntity(edited, deleted, names))).toBe(true);
    expect(isDeleted(mergeEntity(deleted, edited, names))).toBe(true);
  });
});
