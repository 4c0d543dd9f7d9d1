import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../utils/model/fingerprint';

const records = JSON.stringify([
  {
    role: 'agenda',
    meeting: { committee: 'Planning Committee', date: '2026-12-07' },
    items: Array.from({ length: 40 }, (_, i) => ({
      number: String(i + 1),
      title: `Item ${i + 1}: Café £${i}`,
    })),
  },
]);

describe('the print of a page’s records', () => {
  it('is the same for the same text, however it was made', () => {
    expect(fingerprint(records)).toBe(fingerprint(JSON.stringify(JSON.parse(records))));
  });

  it('changes with any one character, wherever it is', () => {
    const prints = new Set([fingerprint(records)]);
    for (let at = 0; at < records.length; at += 7) {
      prints.add(
        fingerprint(`${records.slice(0, at)}${records[at] === 'x' ? 'y' : 'x'}${records.slice(at + 1)}`),
      );
    }
    expect(prints.size).toBe(1 + Math.ceil(records.length / 7));
  });

  it('tells apart the same words in another order, and a text from a longer one', () => {
    expect(fingerprint('["housing","roads"]')).not.toBe(fingerprint('["roads","housing"]'));
    expect(fingerprint(records)).not.toBe(fingerprint(`${records} `));
    expect(fingerprint('')).toMatch(/^[0-9a-z]+\.[0-9a-z]+\.0$/);
  });
});
