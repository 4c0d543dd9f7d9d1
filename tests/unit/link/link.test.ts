import { describe, expect, it } from 'vitest';
import {
  addRecords,
  createLinkIndex,
  linkAgenda,
  linkAgendaItems,
  loadLinkIndex,
  serialiseLinkIndex,
  type AgendaLinks,
} from '../../../utils/link';
import { isProcedural } from '../../../utils/link/procedural';
import { actionId } from '../../../utils/model/keys';
import type { MeetingRecord } from '../../../utils/model/record';
import { agenda, COUNTY, CITY, decided, HEALTH, minutes } from '../../fixtures/link/records';

function linked(records: MeetingRecord[], coming: MeetingRecord, statuses = new Map()): AgendaLinks {
  const index = createLinkIndex();
  addRecords(index, records);
  return linkAgenda(index, coming, statuses);
}

const itemOf = (links: AgendaLinks, number: string) => links.items.find((i) => i.number === number)!;

const MARCH = minutes('2025-03-10', [
  { number: '20', title: 'Apologies for absence' },
  {
    number: '21',
    title: 'Hospital discharge delays',
    ...decided('That the report on hospital discharge delays by ward be noted.'),
    actions: [{ text: 'Figures on discharge delays by ward to be circulated to members' }],
  },
  {
    number: '22',
    title: 'Care Quality Commission (CQC) inspection of home care',
    ...decided('That the CQC findings on home care be noted.'),
  },
  {
    number: '23',
    title: 'Library opening hours',
    ...decided('That the opening hours consultation be noted.'),
  },
]);

describe('linkAgenda: topics', () => {
  it('links an item to an earlier minute on the same subject, saying which terms it shares', () => {
    const links = linked(
      [MARCH],
      agenda('2025-06-01', [{ number: '5', title: 'Hospital discharge update' }]),
    );
    const [prior] = itemOf(links, '5').priorDecisions;
    expect(prior).toMatchObject({ date: '2025-03-10', minute: '21', title: 'Hospital discharge delays' });
    expect(prior!.why).toMatch(/hospital/);
    expect(prior!.score).toBeGreaterThan(0.3);
  });

  it('expands acronyms learnt from the documents, both ways', () => {
    const short = linked([MARCH], agenda('2025-06-01', [{ number: '6', title: 'CQC verbal update' }]));
    expect(itemOf(short, '6').priorDecisions.map((p) => p.minute)).toEqual(['22']);
    expect(itemOf(short, '6').priorDecisions[0]!.why).toContain('care quality commission');

    const later = minutes('2025-04-01', [{ number: '30', title: 'CQC rating', ...decided('Noted.') }]);
    const spelled = linked(
      [later, MARCH],
      agenda('2025-06-01', [{ number: '7', title: 'Care Quality Commission rating' }]),
    );
    expect(itemOf(spelled, '7').priorDecisions.map((p) => p.minute)).toContain('30');
  });

  it('never links procedural items by topic', () => {
    const links = linked([MARCH], agenda('2025-06-01', [{ number: '1', title: 'Apologies for absence' }]));
    expect(itemOf(links, '1').priorDecisions).toEqual([]);
  });

  it('knows procedural items in the words of several councils and countries', () => {
    const titles = [
      'Welcome and apologies for absence',
      'Declarations of the Party Whip in accordance with Procedure Rule 16',
      'Presentation of Petitions under Standing Order 36',
      'Questions, representations and statements of case',
      'Any other items which the Chairman has decided to take as urgent',
      'Dates of meetings for the Commission 2025/26',
      'Membership of the Commission 2025/26',
      'Matters arising',
      'Exclusion of the press and public',
      'Call to Order',
      'Roll Call',
      'Public Comment',
      'Adjournment',
    ];
    expect(titles.filter((title) => !isProcedural(title))).toEqual([]);
    expect(isProcedural('Hospital discharge delays')).toBe(false);
  });

  it('links only to meetings strictly before the agenda', () => {
    const links = linked(
      [MARCH],
      agenda('2025-03-10', [{ number: '5', title: 'Hospital discharge delays' }]),
    );
    expect(itemOf(links, '5').priorDecisions).toEqual([]);
  });

  it('leaves out links that share only generic words', () => {
    const links = linked(
      [MARCH],
      agenda('2025-06-01', [{ number: '8', title: 'Update report to the council' }]),
    );
    expect(itemOf(links, '8').priorDecisions).toEqual([]);
  });

  it('leaves out a link on one word that is not in both titles', () => {
    const links = linked([MARCH], agenda('2025-06-01', [{ number: '9', title: 'Ward boundary review' }]));
    expect(itemOf(links, '9').priorDecisions).toEqual([]);
  });

  it('does not link on words found only in the discussion (job titles, asides)', () => {
    const discussed = minutes('2025-04-01', [
      {
        number: '31',
        title: 'Library opening hours',
        text: 'The Strategic Director of Social Care and Education presented the report.',
        ...decided('Noted.'),
      },
    ]);
    const links = linked(
      [discussed],
      agenda('2025-06-01', [{ number: '2', title: 'Social care and education dashboard' }]),
    );
    expect(itemOf(links, '2').priorDecisions).toEqual([]);
  });

  it('ranks the same committee, then the same council, then other councils', () => {
    const subject = { number: '1', title: 'Hospital discharge delays', ...decided('Noted.') };
    const records = [
      minutes('2025-05-01', [subject], COUNTY, HEALTH),
      minutes('2025-04-01', [subject], CITY, 'Adults Committee'),
      minutes('2025-02-01', [subject], CITY, HEALTH),
    ];
    const links = linked(
      records,
      agenda('2025-06-01', [{ number: '4', title: 'Hospital discharge delays' }]),
    );
    expect(itemOf(links, '4').priorDecisions.map((p) => p.date)).toEqual([
      '2025-02-01',
      '2025-04-01',
      '2025-05-01',
    ]);
  });
});

describe('linkAgenda: minutes of earlier meetings', () => {
  const april = minutes('2025-04-14', [
    { number: '40', title: 'Library opening hours', ...decided('Noted.') },
  ]);

  it('links "minutes of the previous meeting" to the latest earlier minutes of the committee', () => {
    const links = linked(
      [MARCH, april],
      agenda('2025-06-01', [{ number: '3', title: 'Minutes of the previous meeting' }]),
    );
    expect(itemOf(links, '3').priorDecisions).toMatchObject([{ date: '2025-04-14', minute: '40', score: 1 }]);
  });

  it('links minutes named by date to that meeting', () => {
    const coming = agenda('2025-06-01', [
      {
        number: '1',
        title: 'Minutes of the meeting held on 10 March 2025',
        refs: [{ date: '2025-03-10', quote: 'held on 10 March 2025', kind: 'minutes' }],
      },
    ]);
    const [prior] = itemOf(linked([MARCH, april], coming), '1').priorDecisions;
    expect(prior).toMatchObject({ date: '2025-03-10', minute: '20–23' });
    expect(prior!.why).toContain('held on 10 March 2025');
  });
});

describe('linkAgenda: meetings an item cites', () => {
  it('links minutes of a cited meeting on one shared word, saying it was cited', () => {
    const coming = (refs: MeetingRecord['items'][number]['refs']) =>
      agenda('2025-06-01', [{ number: '7', title: 'Ward figures', refs }]);
    expect(itemOf(linked([MARCH], coming([])), '7').priorDecisions).toEqual([]);
    const quote = 'the concern raised at the meeting on 10 March 2025';
    const [prior] = itemOf(
      linked([MARCH], coming([{ date: '2025-03-10', quote, kind: 'mention' }])),
      '7',
    ).priorDecisions;
    expect(prior).toMatchObject({ minute: '21', why: expect.stringContaining(quote) });
  });
});

describe('linkAgenda: follow-ups', () => {
  const discharge = actionId(
    MARCH.meeting,
    '21',
    'Figures on discharge delays by ward to be circulated to members',
  );

  it('lists an action as outstanding and on the item it matches', () => {
    const links = linked([MARCH], agenda('2025-06-01', [{ number: '5', title: 'Hospital discharge' }]));
    expect(links.outstanding.map((a) => a.actionId)).toEqual([discharge]);
    expect(itemOf(links, '5').openActions).toMatchObject([
      { actionId: discharge, status: 'open', minute: '21' },
    ]);
  });

  it('matches an action that spells out the acronym an item uses, and links items alike without the list', () => {
    const april = minutes('2025-04-14', [
      {
        number: '30',
        title: 'Care Quality Commission inspection',
        ...decided('That the update be noted.'),
        actions: [{ text: 'Inspection report to be circulated to members' }],
      },
    ]);
    // Learnt from March: CQC is the Care Quality Commission, which the action alone names.
    const coming = agenda('2025-06-01', [
      { number: '4', title: 'CQC' },
      { number: '5', title: 'Hospital discharge' },
      { number: '6', title: 'Library opening hours' },
    ]);
    const index = createLinkIndex();
    addRecords(index, [MARCH, april]);
    const links = linkAgenda(index, coming);
    expect(itemOf(links, '4').openActions).toMatchObject([{ minute: '30' }]);
    expect(linkAgendaItems(index, coming)).toEqual({ meeting: links.meeting, items: links.items });
  });

  it('closes an action once a later meeting of the committee deals with it', () => {
    const may = minutes('2025-05-12', [
      { number: '50', title: 'Discharge delays by ward', ...decided('That the figures be noted.') },
    ]);
    expect(linked([MARCH, may], agenda('2025-06-01', [])).outstanding).toEqual([]);
    // …but not on an agenda that comes before that later meeting.
    expect(linked([MARCH, may], agenda('2025-04-01', [])).outstanding).toHaveLength(1);
  });

  it('keeps an action open when a later meeting is on another subject or of another committee', () => {
    const others = [
      minutes('2025-05-12', [{ number: '50', title: 'Library opening hours', ...decided('Noted.') }]),
      minutes(
        '2025-05-13',
        [{ number: '9', title: 'Discharge delays by ward', ...decided('Noted.') }],
        COUNTY,
      ),
    ];
    expect(linked([MARCH, ...others], agenda('2025-06-01', [])).outstanding).toHaveLength(1);
  });

  it('is not closed by standing business that its text happens to name', () => {
    const may = minutes('2025-05-12', [
      {
        number: '50',
        title: 'Dementia strategy',
        ...decided('Noted.'),
        actions: [{ text: 'Add the memory clinic waiting times to the work programme' }],
      },
    ]);
    const july = minutes('2025-07-14', [
      { number: '60', title: 'Work programme', ...decided('That the work programme be noted.') },
    ]);
    expect(linked([may, july], agenda('2025-09-01', [])).outstanding.map((a) => a.minute)).toEqual(['50']);
  });

  it("follows the user's status: done and dropped close, open reopens", () => {
    const may = minutes('2025-05-12', [
      { number: '50', title: 'Discharge delays by ward', ...decided('Noted.') },
    ]);
    const coming = agenda('2025-06-01', []);
    expect(linked([MARCH], coming, new Map([[discharge, 'done']])).outstanding).toEqual([]);
    expect(linked([MARCH], coming, new Map([[discharge, 'dropped']])).outstanding).toEqual([]);
    expect(linked([MARCH, may], coming, new Map([[discharge, 'open']])).outstanding).toHaveLength(1);
  });
});

describe('serialiseLinkIndex / loadLinkIndex', () => {
  it('round-trips: the loaded index links as the original does', () => {
    const index = createLinkIndex();
    addRecords(index, [MARCH]);
    const coming = agenda('2025-06-01', [
      { number: '5', title: 'Hospital discharge' },
      { number: '6', title: 'CQC verbal update' },
    ]);
    const loaded = loadLinkIndex(serialiseLinkIndex(index))!;
    expect(linkAgenda(loaded, coming)).toEqual(linkAgenda(index, coming));
    addRecords(loaded, [MARCH]);
    expect(loaded.stats).toEqual(index.stats);
  });

  it('refuses a string of another format', () => {
    expect(loadLinkIndex(JSON.stringify({ format: 'other', version: 1 }))).toBeNull();
  });
});

describe('addRecords', () => {
  it('replaces a meeting read again instead of duplicating it', () => {
    const index = createLinkIndex();
    addRecords(index, [MARCH]);
    addRecords(index, [MARCH]);
    const links = linkAgenda(
      index,
      agenda('2025-06-01', [{ number: '5', title: 'Hospital discharge delays' }]),
    );
    expect(itemOf(links, '5').priorDecisions).toHaveLength(1);
    expect(links.outstanding).toHaveLength(1);
    expect(index.stats.docCount).toBe(3);
  });
});
