import { describe, expect, it } from 'vitest';
import { RecordSchema, type MeetingRecord } from '../../../utils/model/record';
import { parseAgendaText } from '../../../utils/parse/index';
import { readParseFixture } from './fixtures';

function parseOne(text: string): MeetingRecord {
  const { records, warnings } = parseAgendaText(text);
  expect(warnings).toEqual([]);
  expect(records).toHaveLength(1);
  return RecordSchema.parse(records[0]);
}

const numbersOf = (record: MeetingRecord) => record.items.map((item) => item.number);

describe('minutes in a third house style ("Minute 45/25", DECISION:, It was RESOLVED), OCR-damaged', () => {
  const record = parseOne(readParseFixture('northvale-licensing-minutes-ocr.txt'));

  it('reads the meeting from a capitals header with the committee above it', () => {
    expect(record.role).toBe('minutes');
    expect(record.meeting).toEqual({
      council: 'Northvale Borough Council',
      committee: 'Licensing and Regulatory Committee',
      date: '2025-03-12',
      time: '10:00',
      venue: 'Council Chamber, Town Hall',
    });
  });

  it('reads numbers as printed, a number alone on its line included, and no report paragraphs', () => {
    expect(numbersOf(record)).toEqual(['45/25', '46/25', '47/25', '48/25', '49/25']);
    expect(record.items[1]!.title).toBe('Minutes of the previous meeting');
  });

  it('splits decisions per clause and finds follow-ups with owner and due', () => {
    const review = record.items[2]!;
    expect(review.decisions.map((d) => d.kind)).toEqual(['resolved', 'resolved']);
    expect(review.actions).toContainEqual(
      expect.objectContaining({ owner: 'Licensing Manager', due: 'after 6 months' }),
    );
    expect(review.actions).toContainEqual(
      expect.objectContaining({ owner: 'Head of Environmental Health', due: 'within 2 weeks' }),
    );
    expect(record.items[3]!.actions[0]?.due).toBe('2025-09');
  });

  it('keeps running headers and page numbers out of item text, and joins hyphenated words', () => {
    const text = record.items[2]!.text!;
    expect(text).not.toContain('Page 2 of 4');
    expect(text).not.toContain('Licensing and Regulatory Committee - 12 March 2025');
    expect(text).toContain('November 2024');
  });

  it('keeps references to earlier meetings, reading OCR "61" as "6th"', () => {
    expect(record.items[1]!.refs).toEqual([expect.objectContaining({ date: '2025-02-06', kind: 'minutes' })]);
    expect(record.items[3]!.refs).toEqual([expect.objectContaining({ date: '2025-01-15', kind: 'mention' })]);
  });
});

describe('an OCR-damaged agenda', () => {
  const record = parseOne(readParseFixture('northvale-planning-agenda-ocr.txt'));

  it('reads the front sheet', () => {
    expect(record.role).toBe('agenda');
    expect(record.meeting).toMatchObject({
      committee: 'Planning Committee',
      date: '2025-04-08',
      time: '19:00',
    });
    expect(record.meeting.venue).toBe('Council Chamber, Town Hall, Northvale');
  });

  it('cleans titles and keeps presenter and pages apart', () => {
    expect(record.items.map((i) => i.title)).toEqual([
      'Apologies for absence',
      'Minutes',
      'Declarations of Interest',
      'Land at Mill Lane, Northvale - erection of 24 dwellings (25/00123/FUL)',
      'Planning Enforcement Update',
      'Urgent business',
    ]);
    expect(record.items[3]!.presenter).toBe('Head of Planning');
    expect(record.items[1]!.pages).toBe('1 - 6');
    expect(record.items.every((i) => i.decisions.length === 0 && i.actions.length === 0)).toBe(true);
  });
});

describe('an agenda pack holding the minutes of the last meeting', () => {
  const pack = [
    'Meeting: Housing Scrutiny Panel',
    'Date/Time: Monday, 2 February 2026 at 6.00 pm',
    'Location: Room 1, Civic Centre',
    '',
    'AGENDA',
    '1. Minutes of the meeting held on 5 January 2026.\t(Pages 3 - 8)',
    '2. Rent Setting 2026/27. Director of Housing (Pages 9 - 20)',
    '3. Any other business.',
    '',
    'Minutes of a meeting of the Housing Scrutiny Panel held at the Civic Centre on Monday, 5 January 2026.',
    '',
    'PRESENT',
    'Mr. A. Jones CC (in the Chair)',
    '',
    '14. Damp and Mould.',
    '',
    'The Panel considered a report of the Director of Housing.',
    '',
    'RESOLVED:',
    '- a) That the report be noted.',
    '- b) That a further report come to the next meeting of the Panel.',
    '',
    '15. Work Programme.',
    '',
    'RESOLVED:',
    'That the work programme be noted.',
    '',
    '6.00pm to 7.30pm',
    'CHAIRMAN',
    '',
    'REPORT OF THE DIRECTOR OF HOUSING',
    'Purpose of the Report',
    '16. The purpose of this report is to set rents.',
  ].join('\n');
  const { records } = parseAgendaText(pack);

  it('yields the agenda and the minutes, each with its own items', () => {
    expect(records.map((r) => [r.role, r.meeting.date])).toEqual([
      ['agenda', '2026-02-02'],
      ['minutes', '2026-01-05'],
    ]);
    expect(numbersOf(records[0]!)).toEqual(['1', '2', '3']);
    expect(numbersOf(records[1]!)).toEqual(['14', '15']);
    expect(records[1]!.meeting.venue).toBe('Civic Centre');
  });

  it('links the agenda item to the minutes it approves', () => {
    expect(records[0]!.items[0]!.refs?.[0]).toMatchObject({ date: '2026-01-05', kind: 'minutes' });
    expect(records[0]!.items[1]).toMatchObject({
      title: 'Rent Setting 2026/27',
      presenter: 'Director of Housing',
    });
  });

  it('reads the decisions and the follow-up of the minutes', () => {
    const damp = records[1]!.items[0]!;
    expect(damp.decisions).toHaveLength(2);
    expect(damp.actions).toEqual([expect.objectContaining({ due: 'the next meeting' })]);
  });
});

describe('reports in a pack make no phantom items', () => {
  it('skips numbered paragraphs, decimals and "Recommended actions" after the last item', () => {
    const text = [
      'MEETING OF THE CABINET',
      'DATE: 3 March 2026',
      'AGENDA',
      '1. APOLOGIES',
      '2. BUDGET MONITORING',
      '3. ANY OTHER BUSINESS',
      '',
      'Budget monitoring',
      '1. Summary',
      '1.1 The budget is balanced.',
      '2. Recommended actions/decision',
      '2.1 To note the report.',
      '4. The forecast assumes that inflation falls.',
      '15 January 2026',
    ].join('\n');
    expect(numbersOf(parseOne(text))).toEqual(['1', '2', '3']);
  });

  it('keeps item numbers apart from dates and times in the body', () => {
    const text = [
      'MEETING OF THE CABINET',
      'DATE: 3 March 2026',
      'AGENDA',
      '1. DATES OF MEETINGS',
      '2 March 2026',
      '2. ANY OTHER BUSINESS',
    ].join('\n');
    expect(numbersOf(parseOne(text))).toEqual(['1', '2']);
  });
});

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['blank', ' \n\n\t \n'],
    ['binary', 'PK\u0003\u0004\u0000\u0000\u0008\u0000' + '\u0001\u0002'.repeat(200)],
    [
      'non-council prose',
      'Chapter 1\n\nIt was a bright cold day in April, and the clocks were striking thirteen.\n',
    ],
    [
      'a header without items',
      'Minutes of the meeting of the Cabinet held on 3 March 2026\n\nPresent: all\n\nNothing was discussed.',
    ],
  ])('%s gives no records and a warning', (_name, text) => {
    const result = parseAgendaText(text);
    expect(result.records).toEqual([]);
    expect(result.warnings.length).toBeGreaterThan(0);
  });
});

describe('numbered lines inside minutes are not items', () => {
  it('skips numbered decision clauses and numbered discussion paragraphs', () => {
    const text = [
      'Minutes of the meeting of the Cabinet held on 3 March 2026',
      'Present: Councillor A (Chair)',
      '1. BUDGET',
      '2. Members were informed that the forecast had improved since the last report.',
      'RESOLVED:',
      '2) That the report be noted.',
      '3) That the budget be approved.',
      '2. WORK PROGRAMME',
    ].join('\n');
    const record = parseOne(text);
    expect(numbersOf(record)).toEqual(['1', '2']);
    expect(record.items[0]!.decisions).toHaveLength(2);
    expect(record.items[1]!.title).toBe('Work programme');
  });
});

describe('running headers', () => {
  it('drops a header repeated on every page but keeps a decision repeated in every item', () => {
    const items = [1, 2, 3, 4].flatMap((n) => [
      `${n}. REPORT ${n}`,
      'Cabinet - 3 March 2026',
      'RESOLVED:',
      'That the report be noted.',
    ]);
    const text = ['Minutes of the meeting of the Cabinet held on 3 March 2026', 'Present: A', ...items].join(
      '\n',
    );
    const record = parseOne(text);
    expect(record.items.map((i) => i.decisions.length)).toEqual([1, 1, 1, 1]);
    expect(record.items[0]!.text).not.toContain('Cabinet - 3 March 2026');
  });
});
