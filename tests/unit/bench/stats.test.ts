import { describe, expect, it } from 'vitest';
import { describeBudget, median, percentile, summarise, withinBudget } from '../../../scripts/bench/stats';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('takes p95 by nearest rank, so it is always a measured value', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile([10, 20, 30], 95)).toBe(30);
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([42], 95)).toBe(42);
  });

  it('does not reorder the runs it is given', () => {
    const runs = [3, 1, 2];
    summarise(runs);
    expect(runs).toEqual([3, 1, 2]);
  });

  it('refuses to summarise no runs', () => {
    expect(() => median([])).toThrow();
    expect(() => percentile([], 95)).toThrow();
  });

  it('summarises runs as median and p95', () => {
    expect(summarise([1, 2, 3, 4, 100])).toEqual({ median: 3, p95: 100 });
  });
});

describe('bench budgets', () => {
  it('holds ceilings inclusively', () => {
    expect(withinBudget(4.9, { atMost: 5 })).toBe(true);
    expect(withinBudget(5, { atMost: 5 })).toBe(true);
    expect(withinBudget(5.1, { atMost: 5 })).toBe(false);
  });

  it('holds floors inclusively', () => {
    expect(withinBudget(19.9, { atLeast: 20 })).toBe(false);
    expect(withinBudget(20, { atLeast: 20 })).toBe(true);
  });

  it('passes figures that have no budget', () => {
    expect(withinBudget(1e9, undefined)).toBe(true);
    expect(describeBudget(undefined)).toBe('');
  });

  it('describes budgets for the table', () => {
    expect(describeBudget({ atMost: 50 })).toBe('≤ 50');
    expect(describeBudget({ atLeast: 20 })).toBe('≥ 20');
  });
});
