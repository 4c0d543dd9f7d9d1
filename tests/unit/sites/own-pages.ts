import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Small pages we wrote in the shape of the real ones (tests/fixtures/sites), with the URL each stands at. */
export const OWN_PAGE_URLS = {
  'moderngov-mgai-item.html': 'https://democracy.example.gov.uk/mgAi.aspx?ID=9001',
  'moderngov-cancelled.html': 'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=40&MId=500',
  'moderngov-missing-table.html': 'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=2&MId=501',
  'moderngov-reused-mgitemtable.html': 'https://www.example.gov.uk/waste/garden-waste',
  'hostile-moderngov-meeting.html': 'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=5&MId=77',
  'search-results-resolved.html': 'https://www.example.gov.uk/search?q=parking',
  'councillor-list.html': 'https://www.example.gov.uk/councillors',
  'bin-collection.html': 'https://www.example.gov.uk/bins/collection-dates',
  'generic-minutes.html': 'https://www.exampleparish.org.uk/council/meetings/planning-2026-03-04',
  'legistar-meetingdetail.html': 'https://example.legistar.com/MeetingDetail.aspx?ID=1234567&GUID=ABC',
  'escribe-meeting.html':
    'https://pub-example.escribemeetings.com/Meeting.aspx?Id=abc&Agenda=Agenda&lang=English',
} as const;

export type OwnPage = keyof typeof OWN_PAGE_URLS;

export function readOwnPage(name: OwnPage): string {
  return readFileSync(resolve(__dirname, '../../fixtures/sites', name), 'utf8');
}
