import { describe, expect, it } from 'vitest';
import { findDecisions, findDecisionsInLines, splitDecisionClauses } from '../../../utils/parse/decisions';

const texts = (decisions: { text: string }[]) => decisions.map((d) => d.text);

describe('splitDecisionClauses', () => {
  it('splits lettered clauses and takes the kind from the label', () => {
    const decisions = splitDecisionClauses(
      'RESOLVED:\n\n- a) That the report be noted.\n- b) That the Director be requested to bring a report.',
    );
    expect(decisions).toEqual([
      { text: 'That the report be noted.', kind: 'resolved' },
      { text: 'That the Director be requested to bring a report.', kind: 'resolved' },
    ]);
  });

  it('splits clauses run together on one line, in order from (a)', () => {
    const decisions = splitDecisionClauses(
      '(a) That the report be noted; (b) That the Community Life Choices (CLC) contract be let; and (c) That it come back.',
      'agreed',
    );
    expect(texts(decisions)).toEqual([
      'That the report be noted',
      'That the Community Life Choices (CLC) contract be let',
      'That it come back.',
    ]);
    expect(decisions.every((d) => d.kind === 'agreed')).toBe(true);
  });

  it('reads OCR bullets ("e", "«", "°", "o") as bullets', () => {
    const decisions = splitDecisionClauses(
      'AGREED:\ne That the report be noted.\n« For the item to remain on the Work Programme.\n° Officers circulate the figures.\no That it come back.',
    );
    expect(decisions).toHaveLength(4);
    expect(decisions[1]).toEqual({ text: 'For the item to remain on the Work Programme.', kind: 'agreed' });
  });

  it('splits numbered and roman clauses', () => {
    expect(
      texts(splitDecisionClauses('1. That A be noted.\n2. That B be approved.', 'recommendation')),
    ).toEqual(['That A be noted.', 'That B be approved.']);
    expect(texts(splitDecisionClauses('(i) That A be noted.\n(ii) That B be approved.'))).toHaveLength(2);
  });

  it('joins words and sentences split across lines', () => {
    const [decision] = splitDecisionClauses(
      'RECOMMENDATIONS:\n- That the Cabinet approve the\n\nbudget for 2026/27.',
    );
    expect(decision).toEqual({
      text: 'That the Cabinet approve the budget for 2026/27.',
      kind: 'recommendation',
    });
  });

  it('keeps a list announced by a colon inside its clause', () => {
    const [decision] = splitDecisionClauses(
      'That meetings be held on the following dates:\n\n19 January 2026\n\n2 March 2026',
      'resolved',
    );
    expect(decision!.text).toBe(
      'That meetings be held on the following dates: 19 January 2026, 2 March 2026',
    );
  });

  it('infers the kind from each label', () => {
    expect(splitDecisionClauses('Decision: That the licence be granted.')[0]?.kind).toBe('resolved');
    expect(splitDecisionClauses('NOTED: the update.')[0]?.kind).toBe('noted');
    expect(splitDecisionClauses('RECOMMENDED that the plan be adopted.')[0]?.kind).toBe('recommendation');
  });
});

describe('findDecisions', () => {
  it('reads a block from its label to the end of its clauses, not the prose after', () => {
    const text = [
      'The Committee discussed the report.',
      '',
      'RESOLVED:',
      '',
      'That the report be noted.',
      '',
      'The Chair thanked officers for their work.',
    ].join('\n');
    expect(texts(findDecisions(text))).toEqual(['That the report be noted.']);
  });

  it('reads "It was RESOLVED that" and a capital label in mid-sentence', () => {
    expect(texts(findDecisions('Debate followed.\nIt was RESOLVED that the report be noted.'))).toEqual([
      'That the report be noted.',
    ]);
    expect(findDecisions('The Committee RESOLVED that the minutes be approved.')[0]).toEqual({
      text: 'That the minutes be approved.',
      kind: 'resolved',
    });
  });

  it('finds several blocks and stops at "Reason for decision"', () => {
    const text =
      'AGREED:\n- That A be noted.\n\nReason for decision\nTo keep members informed.\n\nRESOLVED: That B be approved.';
    expect(findDecisions(text)).toEqual([
      { text: 'That A be noted.', kind: 'agreed' },
      { text: 'That B be approved.', kind: 'resolved' },
    ]);
  });

  it('finds nothing in discussion without a label', () => {
    expect(
      findDecisions(
        'Members agreed that the service was improving.\nIt was noted that none had been received.',
      ),
    ).toEqual([]);
  });
});

describe('findDecisionsInLines', () => {
  it('reads lines as findDecisions reads the text they make', () => {
    const lines = [
      'The Committee discussed the report.',
      'RESOLVED:',
      '',
      'a) That the report be noted;',
      'b) That the Director be requested to report back.',
      '',
      'Members then discussed the budget.',
      'It was AGREED that figures be circulated.',
    ];
    expect(findDecisionsInLines(lines)).toEqual(findDecisions(lines.join('\n')));
    expect(texts(findDecisionsInLines(lines))).toEqual([
      'That the report be noted',
      'That the Director be requested to report back.',
      'That figures be circulated.',
    ]);
  });
});
