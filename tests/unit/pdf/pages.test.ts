import { describe, expect, it } from 'vitest';
import { itemPage } from '../../../utils/pdf/pages';

const pack = [
  'AGENDA\n8. Medium Term Financial Strategy 2026/27 - 2029/30.\t(Pages 3 - 4)\n9. Dementia Support Service',
  'Minutes\n37. UPDATE ON ADULT SOCIAL CARE CUSTOMER SERVICE CENTRE\nThe Director presented…',
  'Medium Term Financial Strategy 2026/27 - 2029/30\nReport of the Director',
  'Appendix: the Dementia Support Service',
];

describe('itemPage', () => {
  it('trusts the pages the agenda prints for the item', () => {
    expect(
      itemPage(
        { number: '8', title: 'Medium Term Financial Strategy 2026/27 - 2029/30', pages: '3 - 4' },
        pack,
      ),
    ).toBe(3);
  });

  it('finds a numbered heading whatever its case and punctuation', () => {
    expect(
      itemPage({ number: '37', title: 'Update on Adult Social Care Customer Service Centre' }, pack),
    ).toBe(2);
  });

  it('falls back to the first mention, and ignores printed pages the PDF does not have', () => {
    expect(itemPage({ number: '9', title: 'Dementia  Support Service', pages: '41 - 48' }, pack)).toBe(1);
  });

  it('gives nothing for an item the pack never mentions', () => {
    expect(itemPage({ number: '12', title: 'Any other business' }, pack)).toBeUndefined();
  });
});
