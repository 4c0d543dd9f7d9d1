import { describe, expect, it } from 'vitest';
import { detectPageText, extractPageText } from '../../../scripts/lib/extract-page';
import { RecordSchema } from '../../../utils/model/record';
import { isMeetingPage } from '../../../utils/sites/types';
import { OWN_PAGE_URLS, readOwnPage, type OwnPage } from './own-pages';

const detect = (name: OwnPage) => detectPageText(readOwnPage(name), OWN_PAGE_URLS[name], '.html');
const extract = (name: OwnPage) => extractPageText(readOwnPage(name), OWN_PAGE_URLS[name], '.html');

describe('pages that are not meeting pages get no overlay', () => {
  const negatives: OwnPage[] = [
    'search-results-resolved.html',
    'councillor-list.html',
    'bin-collection.html',
    'moderngov-reused-mgitemtable.html',
  ];
  for (const name of negatives) {
    it(name, async () => {
      const found = detect(name);
      expect(isMeetingPage(found), found.reason).toBe(false);
      expect((await extract(name)).records).toEqual([]);
    });
  }
});

describe('meeting pages on each platform are read into valid records', () => {
  it('ModernGov mgAi.aspx: one item, split decisions, the follow-up with owner and due, clean document titles', async () => {
    expect(detect('moderngov-mgai-item.html')).toMatchObject({ system: 'moderngov', kind: 'item' });
    const [record] = (await extract('moderngov-mgai-item.html')).records;
    expect(record!.meeting).toMatchObject({
      committee: 'Environment and Transport Committee',
      date: '2026-03-03',
    });
    const [item] = record!.items;
    expect(item).toMatchObject({ number: '7', title: 'Parking Permit Review' });
    expect(item!.decisions.map((d) => d.text)).toEqual([
      'The revised permit charges set out in Appendix A be approved',
      'The Director of Place be requested to report back to the Committee in September 2026 on take-up of the new permits.',
    ]);
    expect(item!.actions).toEqual([expect.objectContaining({ owner: 'Director of Place', due: '2026-09' })]);
    expect(item!.documents).toEqual([
      {
        title: 'Parking permit review report',
        url: 'https://democracy.example.gov.uk/documents/s9001/Parking%20permit%20review%20report.pdf',
      },
      {
        title: 'Appendix A - charges',
        url: 'https://democracy.example.gov.uk/documents/s9002/Appendix%20A.pdf',
      },
    ]);
    expect(item!.refs).toEqual([expect.objectContaining({ date: '2025-11-04' })]);
  });

  it('ModernGov cancelled meeting: the header, cancelled, no items and no warning about items', async () => {
    const result = await extract('moderngov-cancelled.html');
    expect(result.records).toHaveLength(1);
    expect(result.records[0]!.meeting).toMatchObject({
      committee: 'Licensing Committee',
      date: '2026-03-09',
      cancelled: true,
    });
    expect(result.records[0]!.items).toEqual([]);
    expect(result.warnings.join(' ')).not.toMatch(/item table/);
  });

  it('ModernGov meeting without its item table (and not cancelled) warns', async () => {
    const result = await extract('moderngov-missing-table.html');
    expect(result.warnings).toContain(
      'ModernGov meeting page: no item table (table.mgItemTable) and not cancelled',
    );
    expect(result.warnings).toContain('ModernGov meeting page: no venue (optional)');
  });

  it('Legistar MeetingDetail.aspx: US dates, grid items, outcomes, no file sizes', async () => {
    const [record] = (await extract('legistar-meetingdetail.html')).records;
    expect(record!.meeting).toMatchObject({ committee: 'City Council', date: '2026-03-10', time: '10:00' });
    expect(record!.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Amendment of Municipal Code regarding zoning at 100 Main St'],
      ['2', 'Call for hearing on park maintenance'],
    ]);
    expect(record!.items[0]!.decisions).toEqual([{ text: 'Passed – Pass' }]);
  });

  it('eSCRIBE Meeting.aspx: items with motions', async () => {
    const [record] = (await extract('escribe-meeting.html')).records;
    expect(record!.meeting).toMatchObject({
      committee: 'Regular Council',
      date: '2026-03-03',
      time: '19:00',
    });
    expect(record!.items.map((i) => i.title)).toEqual([
      'Call to Order',
      'Adoption of Minutes',
      'Snow Removal Update',
    ]);
    expect(record!.items[1]!.decisions).toHaveLength(1);
  });

  it('generic minutes page: numbered headings, RESOLVED blocks split per clause', async () => {
    expect(detect('generic-minutes.html')).toMatchObject({ system: 'generic', kind: 'minutes' });
    const [record] = (await extract('generic-minutes.html')).records;
    expect(record!.meeting).toMatchObject({ committee: 'Planning Committee', date: '2026-03-04' });
    expect(record!.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
    expect(record!.items[2]!.decisions.map((d) => d.text)).toEqual([
      'That the quote from Smith Surfacing Ltd be accepted',
      'That the Clerk be asked to report the final cost to the next meeting.',
    ]);
  });

  it('every record passes the record contract', async () => {
    for (const name of Object.keys(OWN_PAGE_URLS) as OwnPage[]) {
      for (const record of (await extract(name)).records)
        expect(() => RecordSchema.parse(record), name).not.toThrow();
    }
  });
});

describe('hostile content is read as words and never run', () => {
  it('script tags in titles come back as plain text; real scripts, styles and javascript: links are dropped', async () => {
    const globals = globalThis as { pwned?: unknown; alert?: unknown };
    const [record] = (await extract('hostile-moderngov-meeting.html')).records;
    expect(record!.meeting.committee).toBe('Audit Committee');
    expect(record!.items[0]!.title).toBe('Budget <script>alert(1)</script> report');
    expect(record!.items[0]!.text).toBe('RESOLVED: that the report be noted.');
    expect(record!.items[1]!.documents).toEqual([
      { title: 'Risk register', url: 'https://democracy.example.gov.uk/documents/s1/Risk%20register.pdf' },
    ]);
    expect(JSON.stringify(record)).not.toMatch(/alert\([2-5]\)|pwned|javascript:|color:red/);
    expect(globals.pwned).toBeUndefined();
  });
});
