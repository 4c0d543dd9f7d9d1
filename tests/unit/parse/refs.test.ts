import { describe, expect, it } from 'vitest';
import { findMeetingRefs } from '../../../utils/parse/refs';

describe('findMeetingRefs on hostile text', () => {
  it('stays linear on a long text full of dates and without a full stop', () => {
    const text = 'the meeting held on 3 November 2025 and '.repeat(5_000);
    const started = performance.now();
    const refs = findMeetingRefs(text);
    expect(refs.length).toBeGreaterThan(0);
    // Generous: the quadratic version took seconds on this input.
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});
