import { describe, expect, it } from 'vitest';
import { allLaunched, loadsInTurn } from '../../../scripts/bench/browser/in-turn';

describe('browsers side by side', () => {
  it('loads each in turn, a different one first each round, and gives the results in their order', async () => {
    const order: string[] = [];
    const load = (name: string) => async () => {
      order.push(name);
      return name.toUpperCase();
    };
    for (const round of [-1, 0, 1, 2])
      expect(await loadsInTurn<[string, string, string]>(round, [load('a'), load('b'), load('c')])).toEqual([
        'A',
        'B',
        'C',
      ]);
    expect(order.join('')).toBe('cab' + 'abc' + 'bca' + 'cab');
  });

  it('closes the browsers that started when another failed to', async () => {
    const closed: string[] = [];
    const browser = (name: string) => Promise.resolve({ close: async () => void closed.push(name) });
    await expect(
      allLaunched([browser('a'), Promise.reject(new Error('no chromium')), browser('c')] as const),
    ).rejects.toThrow('no chromium');
    expect(closed).toEqual(['a', 'c']);
    expect(await allLaunched([browser('x')] as const)).toHaveLength(1);
  });
});
