import { describe, expect, it } from 'vitest';
import { mergeFigures } from '../../../scripts/bench/results';

describe('bench/results.json', () => {
  it("keeps earlier figures this run did not measure, in the suite's order, with this run's replacing them", () => {
    const earlier = [
      { name: 'b', value: 1 },
      { name: 'a', value: 1 },
    ];
    const measured = [
      { name: 'c', value: 2 },
      { name: 'a', value: 2 },
    ];
    expect(mergeFigures(earlier, measured, ['a', 'b', 'c'])).toEqual([
      { name: 'a', value: 2 },
      { name: 'b', value: 1 },
      { name: 'c', value: 2 },
    ]);
  });

  it('drops earlier figures the suite no longer has (renamed or removed)', () => {
    const earlier = [
      { name: 'badges: old name', value: 135.8 },
      { name: 'a', value: 1 },
    ];
    expect(mergeFigures(earlier, [], ['a'])).toEqual([{ name: 'a', value: 1 }]);
  });
});
