/**
 * The demo council: Riverside Borough Council's Health and Adult Social Care Scrutiny Committee,
 * written by us in the shape of a ModernGov site. Three meetings: two with minutes whose
 * decisions and follow-ups come back at the next, and the coming agenda.
 */
export interface DemoItem {
  number: string;
  title: string;
  summary?: string;
  /** Decision text as ModernGov prints it in the "Decision:" block (one paragraph per line). */
  decision?: string[];
  minutes?: string[];
  documents?: { title: string; path: string; sizeKb: number }[];
}

export interface DemoMeeting {
  id: number;
  date: string; // ISO
  weekday: string;
  dateText: string; // "15 September 2025"
  time: string;
  venue: string;
  status: 'minutes' | 'agenda' | 'cancelled';
  items: DemoItem[];
}

export const COUNCIL = 'Riverside Borough Council';
export const COMMITTEE = 'Health and Adult Social Care Scrutiny Committee';
export const COMMITTEE_ID = 412;

const VENUE = 'Committee Room 2, Riverside Civic Centre, Bridge Street, RV1 2AB';

export const MEETINGS: DemoMeeting[] = [
  {
    id: 9101,
    date: '2025-09-15',
    weekday: 'Monday',
    dateText: '15 September 2025',
    time: '6:00 pm',
    venue: VENUE,
    status: 'minutes',
    items: [
      {
        number: '21',
        title: 'Apologies for Absence',
        minutes: ['Apologies were received from Councillor Patel.'],
      },
      {
        number: '22',
        title: 'Declarations of Interest',
        minutes: ['There were no declarations of interest.'],
      },
      {
        number: '23',
        title: 'Adult Social Care Waiting Lists',
        summary: 'To consider a report on waiting times for Care Act assessments and home care packages.',
        documents: [
          { title: 'Waiting Lists Report', path: 'documents/s5101/Waiting Lists Report.pdf', sizeKb: 412 },
        ],
        minutes: [
          'The Director of Adult Social Care presented the report on waiting lists for Care Act assessments. 412 residents were waiting, the longest for 19 weeks.',
          'Members were concerned about the backlog of occupational therapy assessments and asked about the use of agency staff.',
        ],
        decision: [
          'RESOLVED that:',
          'a) the report be noted;',
          'b) the Director of Adult Social Care be requested to bring a report on occupational therapy waiting times to a future meeting;',
          'c) figures on the use of agency social workers be circulated to members of the Committee.',
        ],
      },
      {
        number: '24',
        title: 'Home Care Commissioning Framework',
        summary: 'To scrutinise the proposed framework for commissioning home care from April 2026.',
        documents: [
          { title: 'Home Care Framework', path: 'documents/s5102/Home Care Framework.pdf', sizeKb: 266 },
        ],
        minutes: [
          'The Head of Commissioning outlined the proposed home care commissioning framework, including zoned contracts and the real living wage for care workers.',
        ],
        decision: [
          'AGREED:',
          '1. That the Committee supports the move to zoned home care contracts.',
          '2. That the impact of the real living wage on home care providers be added to the work programme.',
        ],
      },
      {
        number: '25',
        title: 'Work Programme',
        minutes: ['The Committee considered its work programme for 2025/26.'],
        decision: ['RESOLVED that the work programme be noted.'],
      },
    ],
  },
  {
    id: 9102,
    date: '2025-11-10',
    weekday: 'Monday',
    dateText: '10 November 2025',
    time: '6:00 pm',
    venue: VENUE,
    status: 'minutes',
    items: [
      { number: '31', title: 'Apologies for Absence', minutes: ['There were no apologies.'] },
      {
        number: '32',
        title: 'Minutes of the Previous Meeting',
        minutes: ['The minutes of the meeting held on 15 September 2025 were agreed as a correct record.'],
        decision: [
          'RESOLVED that the minutes of the meeting held on 15 September 2025 be approved as a correct record.',
        ],
      },
      {
        number: '33',
        title: 'Carers Strategy Refresh',
        summary: 'To comment on the refreshed strategy for unpaid carers.',
        minutes: [
          'The Committee welcomed the refreshed carers strategy and the new carers assessment pathway.',
        ],
        decision: [
          'RESOLVED that:',
          'a) the refreshed Carers Strategy be endorsed;',
          'b) an update on take-up of carers assessments be brought to the Committee in March 2026.',
        ],
      },
      {
        number: '34',
        title: 'Home Care Commissioning Framework - Consultation Outcome',
        summary: 'To receive the outcome of the consultation on zoned home care contracts.',
        minutes: ['Members noted that 87% of providers supported zoned home care contracts.'],
        decision: ['RESOLVED that the outcome of the home care commissioning consultation be noted.'],
      },
    ],
  },
  {
    id: 9103,
    date: '2026-01-19',
    weekday: 'Monday',
    dateText: '19 January 2026',
    time: '6:00 pm',
    venue: VENUE,
    status: 'agenda',
    items: [
      { number: '41', title: 'Apologies for Absence', summary: 'To receive apologies for absence.' },
      { number: '42', title: 'Declarations of Interest', summary: 'To receive declarations of interest.' },
      {
        number: '43',
        title: 'Minutes of the Previous Meeting',
        summary: 'To approve as a correct record the minutes of the meeting held on 10 November 2025.',
      },
      {
        number: '44',
        title: 'Occupational Therapy Waiting Times',
        summary:
          'To receive the report requested at the meeting on 15 September 2025 on waiting lists for occupational therapy assessments.',
        documents: [
          { title: 'OT Waiting Times Report', path: 'documents/s5301/OT Waiting Times.pdf', sizeKb: 198 },
        ],
      },
      {
        number: '45',
        title: 'Home Care Commissioning Framework - Contract Award',
        summary: 'To scrutinise the award of zoned home care contracts from April 2026.',
      },
      {
        number: '46',
        title: 'Carers Strategy - Assessments',
        summary: 'To receive an update on carers assessments.',
      },
      { number: '47', title: 'Work Programme', summary: 'To consider the Committee work programme.' },
    ],
  },
];

/** A meeting that was cancelled: ModernGov keeps its page, with no items. */
export const CANCELLED: DemoMeeting = {
  id: 9104,
  date: '2026-02-23',
  weekday: 'Monday',
  dateText: '23 February 2026',
  time: '6:00 pm',
  venue: VENUE,
  status: 'cancelled',
  items: [],
};
