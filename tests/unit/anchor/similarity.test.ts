import { describe, expect, it } from 'vitest';
import {
  agreeingAfter,
  agreeingBefore,
  occursIn,
  withinOneEdit,
  wordsKept,
} from '../../../utils/anchor/similarity';

describe('withinOneEdit', () => {
  it.each([
    ['recieve', 'receive', false],
    ['charges', 'charge', true],
    ['impact', 'impacts', true],
    ['carers', 'carets', true],
    ['carers', 'traders', false],
    ['june', 'july', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});

describe('wordsKept', () => {
  it('counts words kept exactly or with one typo, and ignores words added', () => {
    expect(wordsKept('a report on the impact on carers', 'a report on the impacts on unpaid carers')).toBe(1);
  });

  it('counts swapped words as lost', () => {
    expect(wordsKept('report to the June meeting', 'report to the July meeting')).toBe(0.8);
  });
});

describe('occursIn', () => {
  it('is 1 for an exact occurrence, less for an edited one, 0 for an empty pattern', () => {
    expect(occursIn('xx the Director of Place', 'Director of Place')).toBe(1);
    expect(occursIn('the Directer of Place', 'Director of Place')).toBeCloseTo(1 - 1 / 17);
    expect(occursIn('anything', '')).toBe(0);
  });
});

describe('agreeingBefore and agreeingAfter', () => {
  it('count the characters of context that stand unchanged next to a position', () => {
    const text = 'RESOLVED – That the report be noted.';
    const at = text.indexOf('the report');
    expect(agreeingBefore(text, at, 'XX – That ')).toBe(8);
    expect(agreeingAfter(text, at + 'the report'.length, ' be noted!')).toBe(9);
  });
});
