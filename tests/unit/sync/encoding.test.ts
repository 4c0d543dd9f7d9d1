import { describe, expect, it } from 'vitest';
import { itemBytes, reassemble, toSyncItems } from '../../../utils/sync/chunk';
import { decodeEntity, encodeEntity } from '../../../utils/sync/codec';
import { SYNC_LIMITS } from '../../../utils/sync/limits';
import { sampleFollowUp, sampleNote, stamp, T0 } from './entities';

describe('compact encoding', () => {
  it('round-trips a note and a follow-up', () => {
    const note = sampleNote('n1', 'Ask for the waiting list by ward', stamp(T0, 'lap'));
    const followUp = sampleFollowUp('f1', 'Report back on agency spend', stamp(T0, 'lap'));
    expect(decodeEntity('note', 'n1', encodeEntity('note', note))).toEqual({ ok: true, value: note });
    expect(decodeEntity('followUp', 'f1', encodeEntity('followUp', followUp))).toEqual({
      ok: true,
      value: followUp,
    });
  });

  it('leaves out a meeting key it can work out from the label, and keeps one it cannot', () => {
    const note = sampleNote('n1', 'x', stamp(T0, 'lap'));
    expect(JSON.stringify(encodeEntity('note', note))).not.toContain(note.target.meetingKey);
    const odd = { ...note, target: { ...note.target, meetingKey: 'another|key|2026-01-01' } };
    expect(decodeEntity('note', 'n1', encodeEntity('note', odd))).toEqual({ ok: true, value: odd });
  });

  it('is much smaller than the plain JSON of the model', () => {
    const note = sampleNote('n1', 'Ask for the waiting list by ward', stamp(T0, 'lap'));
    const compact = itemBytes('n:n1', encodeEntity('note', note));
    expect(compact).toBeLessThan(JSON.stringify(note).length * 0.75);
  });

  it('refuses a foreign or damaged value with the reason', () => {
    const good = encodeEntity('note', sampleNote('n1', 'x', stamp(T0, 'lap')));
    const decoded = decodeEntity('note', 'n1', { ...good, f: { x: { v: 3, t: 'zz', r: {} } } });
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error).toMatch(/fields\.text/);
    expect(decodeEntity('note', 'n1', 'hello')).toEqual({
      ok: false,
      error: 'expected an object, found a string',
    });
  });
});

describe('chunking', () => {
  const bigText = 'Adult social care — “waiting list” by ward. \n'.repeat(600);
  const note = sampleNote('n1', bigText, stamp(T0, 'lap'));
  const value = encodeEntity('note', note);
  const items = toSyncItems('n:n1', value);

  it('splits a large note into items under the per-item limit, as Chrome counts bytes', () => {
    expect(Object.keys(items).length).toBeGreaterThan(4);
    for (const [key, item] of Object.entries(items))
      expect(itemBytes(key, item)).toBeLessThanOrEqual(SYNC_LIMITS.QUOTA_BYTES_PER_ITEM);
  });

  it('reassembles it exactly', () => {
    const joined = reassemble('n:n1', items);
    expect(joined).toEqual({ ok: true, value });
  });

  it('reports a missing or torn chunk instead of reading a wrong note', () => {
    const missing = { ...items };
    delete missing['n:n1:2'];
    expect(reassemble('n:n1', missing)).toEqual({
      ok: false,
      error: expect.stringMatching(/chunk 3 of \d+ is missing/),
    });
    const torn = { ...items, 'n:n1:1': (items['n:n1:1'] as string).replace('ward', 'wart') };
    expect(reassemble('n:n1', torn)).toEqual({ ok: false, error: expect.stringMatching(/do not match/) });
  });

  it('leaves a small note in one item', () => {
    const small = encodeEntity('note', sampleNote('n2', 'short', stamp(T0, 'lap')));
    expect(toSyncItems('n:n2', small)).toEqual({ 'n:n2': small });
  });
});
