import { describe, expect, it } from 'vitest';
import { findActions, findDue, findOwner } from '../../../utils/parse/actions';

describe('findActions in decisions', () => {
  const decision = (text: string) => findActions(text, { inDecision: true });

  it('turns "X be requested to …" into a task with its owner and due meeting', () => {
    expect(
      decision(
        'That the Director of Adults and Health be requested to bring a report to a future meeting of the Committee.',
      ),
    ).toEqual([
      {
        text: 'Director of Adults and Health to bring a report to a future meeting of the Committee',
        owner: 'Director of Adults and Health',
        due: 'a future meeting',
      },
    ]);
  });

  it('finds items coming back, future updates and the work programme', () => {
    expect(decision('The new strategy would come to a future commission meeting.')[0]?.due).toBe(
      'a future meeting',
    );
    expect(decision('A future update to the Commission on progress.')).toHaveLength(1);
    expect(decision('The Social Care Academy be added to the work programme.')).toHaveLength(1);
    expect(decision("That the item be placed on the Committee's work programme.")).toHaveLength(1);
  });

  it('finds information to be circulated and items to come back to the body, with their due month', () => {
    expect(
      decision('Figures on the use of agency staff be circulated to members of the Committee.'),
    ).toHaveLength(1);
    expect(decision('That the data requested be provided to the Panel.')).toHaveLength(1);
    expect(decision('An update on carers assessments be brought to the Committee in March 2026.')).toEqual([
      { text: 'An update on carers assessments be brought to the Committee in March 2026', due: '2026-03' },
    ]);
    expect(decision('That the matter return to the Scrutiny Board after consultation.')).toHaveLength(1);
  });

  it('finds nothing in a decision that sets no follow-up', () => {
    expect(decision('That the report be noted.')).toEqual([]);
    expect(decision('That the minutes of the meeting held on 3 November 2025 be approved.')).toEqual([]);
    expect(decision('That the refreshed strategy be endorsed and its action plan be noted.')).toEqual([]);
  });
});

describe('findActions in discussion', () => {
  it('keeps commitments and drops suggestions', () => {
    const actions = findActions(
      'Further information would be circulated on Care Navigators. It was suggested that future reports should show pathways. Officers undertook to include engagement outcomes with the Cabinet report for December 2025.',
    );
    expect(actions).toEqual([
      { text: 'Further information would be circulated on Care Navigators' },
      {
        text: 'Officers undertook to include engagement outcomes with the Cabinet report for December 2025',
        owner: 'Officers',
        due: '2025-12',
      },
    ]);
  });

  it('does not read a work programme aside in discussion as a follow-up', () => {
    expect(findActions('The Chair noted items to be added to the work programme.')).toEqual([]);
  });

  it('reads a commitment that cutting a long sentence at 1,000 characters completes', () => {
    // "provides" is no commitment, but the cut leaves "agreed to provide": the paragraph is still read.
    const sentence = `${'word '.repeat(194)}The Officers agreed to provide`;
    expect(sentence).toHaveLength(1000);
    expect(findActions(`${sentence}s the figures.`)).toEqual([{ text: `W${sentence.slice(1)}` }]);
    expect(findActions('Officers agreed to provides the figures.')).toEqual([]);
  });
});

describe('findOwner and findDue', () => {
  it('names the owner where the text does', () => {
    expect(findOwner('The Head of Planning was requested to circulate the figures')).toBe('Head of Planning');
    expect(findOwner('Figures would be circulated by the Director of Public Health')).toBe(
      'Director of Public Health',
    );
    expect(findOwner('It was requested to circulate the figures')).toBeUndefined();
  });

  it.each([
    ['to the next meeting', 'the next meeting'],
    ['in March 2026', '2026-03'],
    ['after 6 months', 'after 6 months'],
    ['within two weeks', 'within 2 weeks'],
    ['by 2 March 2026', '2026-03-02'],
  ])('%s → %s', (text, due) => expect(findDue(text)).toBe(due));
});
