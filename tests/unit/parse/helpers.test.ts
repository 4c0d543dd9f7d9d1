import { describe, expect, it } from 'vitest';
import { parseDate, parseDateWithoutYear, parseTime } from '../../../utils/parse/dates';
import { findMeetingRefs } from '../../../utils/parse/refs';
import { readMarker } from '../../../utils/parse/markers';
import { collapseWhitespace, similarity, wordSet } from '../../../utils/parse/text';

describe('parseDate', () => {
  it.each([
    ['Thursday, 26 June 2025', '2025-06-26'],
    ['26th June 2025', '2025-06-26'],
    ['on 3 November 2025.', '2025-11-03'],
    ['Tuesday 61 May 2025', '2025-05-06'],
    ['Dated: 04/06/2025', '2025-06-04'],
    ['June 26, 2025', '2025-06-26'],
    ['Sept. 3 2025', '2025-09-03'],
    ['2026-01-19', '2026-01-19'],
    ['Held: TUESDAY, 6 MAY 2025 at 5:30 pm', '2025-05-06'],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it('rejects impossible days and text without a date', () => {
    expect(parseDate('31 February 2025')).toBeNull();
    expect(parseDate('item 45 of 2025')).toBeNull();
  });

  it('takes the first date in the text', () => {
    expect(parseDate('from 2 March 2026 to 1 June 2026')).toBe('2026-03-02');
  });

  it('resolves a yearless date to the latest one not after the reference', () => {
    expect(parseDateWithoutYear('held on Tuesday 6th May', '2025-06-26')).toBe('2025-05-06');
    expect(parseDateWithoutYear('held on 6 December', '2025-01-10')).toBe('2024-12-06');
  });
});

describe('parseTime', () => {
  it.each([
    ['5.30 pm', '17:30'],
    ['at 2.00pm', '14:00'],
    ['TIME: 5:30 pm', '17:30'],
    ['10 a.m.', '10:00'],
    ['12 noon', '12:00'],
    ['closed at 18:40', '18:40'],
    ['12.15 am', '00:15'],
  ])('%s → %s', (text, time) => expect(parseTime(text)).toBe(time));

  it('reads no time from decimals or plain numbers', () => {
    expect(parseTime('a rise of 5.30 per cent')).toBeNull();
  });
});

describe('readMarker', () => {
  it.each([
    ['- That the report be noted.', 'bullet'],
    ['• That', 'bullet'],
    ['e That the report be noted.', 'bullet'],
    ['« For the item', 'bullet'],
    ['° Another', 'bullet'],
    ['o Officers', 'bullet'],
    ['(a) That', 'alpha'],
    ['- b) That', 'alpha'],
    ['iv. A Member', 'roman'],
    ['2. That', 'number'],
  ])('%s is a %s', (line, kind) => expect(readMarker(line)?.kind).toBe(kind));

  it('does not read words, initials or abbreviations as markers', () => {
    expect(readMarker('e.g. this')).toBeNull();
    expect(readMarker('A. Smith reported')).toBeNull();
    expect(readMarker('over the year')).toBeNull();
  });
});

describe('findMeetingRefs', () => {
  it('finds approved minutes and mentions of earlier meetings', () => {
    const refs = findMeetingRefs(
      'The minutes of the meeting held on 3 November 2025 were confirmed. A report followed concern raised at its meeting on 1 September 2025.',
    );
    expect(refs.map((r) => [r.date, r.kind])).toEqual([
      ['2025-11-03', 'minutes'],
      ['2025-09-01', 'mention'],
    ]);
    expect(refs[0]!.quote).toContain('held on 3 November 2025');
  });

  it('reads "On <date>, the Committee received …" as a mention', () => {
    expect(findMeetingRefs('On 3 November 2025, the Committee received a report.')[0]?.kind).toBe('mention');
  });

  it('ignores future meetings and dates that are not meetings', () => {
    const text =
      'The next meeting is scheduled to take place on 2 March 2026. Meetings would be held on the following dates: 1 June 2026. The contract started on 1 April 2021.';
    expect(findMeetingRefs(text)).toEqual([]);
  });

  it('keeps only meetings before the citing one, and resolves yearless dates against it', () => {
    const text = 'The minutes of the meeting held on Tuesday 6th May have been circulated.';
    expect(findMeetingRefs(text, { before: '2025-06-26' })[0]?.date).toBe('2025-05-06');
    expect(findMeetingRefs('the meeting held on 3 July 2025', { before: '2025-06-26' })).toEqual([]);
  });
});

describe('collapseWhitespace', () => {
  it.each([
    'one two three',
    'one  two\tthree',
    ' lead and trail ',
    'line\nbreak \n\n next\r\nparagraph',
    '\u00a0no-break\u2003em\u3000ideographic\ufeffmark',
    '\t\n ',
    '',
  ])('%j reads as with replace(/\\s+/g, " ")', (text) => {
    expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' '));
  });
});

describe('similarity', () => {
  it('is the overlap of two word sets', () => {
    const report = wordSet('The Director to bring a report');
    expect(similarity(report, wordSet('the director to BRING a report'))).toBe(1);
    expect(similarity(report, wordSet('Director to circulate figures'))).toBeCloseTo(2 / 8);
    expect(similarity(report, new Set())).toBe(0);
  });
});
