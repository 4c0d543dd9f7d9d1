import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageDocument } from '../../../scripts/lib/extract-page';
import { meetingPage } from '../../../scripts/demo-site/render';
import { MEETINGS } from '../../../scripts/demo-site/data';
import { findCmisPacks } from '../../../utils/sites/cmis';
import { findLegistarPacks } from '../../../utils/sites/legistar';
import { packKindOfWords } from '../../../utils/sites/pack-links';
import { findPackLinks, MAX_PACKS } from '../../../utils/sites/packs';
import { HAS_SHARED, SHARED_MISSING, sharedPath } from '../shared-dir';
import { FIXTURE_URLS } from './fixture-urls';
import { OWN_PAGE_URLS, readOwnPage } from './own-pages';

const html = (text: string) => pageDocument(text, 'html');
const fixture = (path: string) => html(readFileSync(sharedPath('fixtures', path), 'utf8'));
const packsOf = (path: string) => findPackLinks(fixture(path), FIXTURE_URLS[path]!);
const KINGSTON = 'moderngov/kingston-neighbourhood-cttee-2025-11-18-ielistdocuments.html';
const KINGSTON_PAPERS =
  'https://moderngov.kingston.gov.uk/documents/g10223/{} Wednesday 18-Nov-2025 19.30 Kingston and North Kingston Neighbourhood Committee.pdf';
const kingston = (name: string, t: number) => encodeURI(KINGSTON_PAPERS.replace('{}', name)) + `?T=${t}`;

describe.skipIf(!HAS_SHARED)(
  `pack links on the real pages (${HAS_SHARED ? 'shared fixtures' : SHARED_MISSING})`,
  () => {
    it('Kingston ModernGov meeting: frontsheet, reports pack, printed decisions and minutes, not item reports', () => {
      expect(packsOf(KINGSTON)).toEqual([
        { url: kingston('Agenda frontsheet', 0), kind: 'frontsheet', title: 'Agenda frontsheet' },
        { url: kingston('Public reports pack', 10), kind: 'agenda-pack', title: 'Agenda reports pack' },
        { url: kingston('Decisions', 2), kind: 'printed-decisions', title: 'Printed decisions' },
        { url: kingston('Printed minutes', 1), kind: 'printed-minutes', title: 'Printed minutes' },
      ]);
    });

    it('Birmingham CMIS meeting summary: the minutes of the previous meeting', () => {
      expect(packsOf('cmis/birmingham-cmis-meeting-summary.html')).toEqual([
        {
          url: 'https://birmingham.cmis.uk.com/birmingham/Document.ashx?czJKcaeAi5tUFL1DTL2UE4sOqCLHzE2A',
          kind: 'printed-minutes',
          title: 'Minutes of the previous meeting',
        },
      ]);
    });

    it('CMIS documents are named by their words: packs and minutes kept, the agenda, reports on single items left out', () => {
      const path = 'cmis/harborough-cmis5-search-results.html';
      const links = findCmisPacks(fixture(path), new URL(FIXTURE_URLS[path]!));
      expect(links.map((l) => [l.kind, l.title.replace(/ - .*/, '')])).toEqual([
        ['agenda-pack', 'Agenda Document Pack'],
        ['printed-minutes', '20.7.26 Draft Minutes (FINAL)'],
        ['agenda', 'Agenda Contents'],
        ['agenda-pack', 'Agenda Document Pack'],
      ]);
    });

    it('Legistar calendars: agendas, packets and minutes by View.ashx mode, never iCal or accessible copies', () => {
      for (const path of [
        'legistar/nyc-council-calendar.html',
        'legistar/ramsey-county-boc-departmentdetail.html',
      ]) {
        const doc = fixture(path);
        const links = findLegistarPacks(doc, new URL(FIXTURE_URLS[path]!));
        const modes = new Set(links.map((l) => new URL(l.url).searchParams.get('M')));
        expect(
          [...modes].every((m) => ['A', 'M', 'PA'].includes(m!)),
          path,
        ).toBe(true);
        expect(links.length, path).toBeGreaterThan(0);
        // A calendar lists many meetings: its links are no one meeting's papers.
        expect(packsOf(path), path).toEqual([]);
      }
    });

    it('pages that are not one meeting give no packs', () => {
      for (const path of [
        'moderngov/kingston-ielistmeetings.html',
        'cmis/harborough-cmis5-search-results.html',
      ])
        expect(packsOf(path), path).toEqual([]);
    });
  },
);

describe('pack links on pages we wrote', () => {
  it('Legistar MeetingDetail: agenda, packet and minutes, absolute', () => {
    const name = 'legistar-meetingdetail.html';
    expect(findPackLinks(html(readOwnPage(name)), OWN_PAGE_URLS[name])).toEqual([
      {
        url: 'https://example.legistar.com/View.ashx?M=A&ID=1234567&GUID=ABC',
        kind: 'agenda',
        title: 'Agenda',
      },
      {
        url: 'https://example.legistar.com/View.ashx?M=PA&ID=1234567&GUID=ABC',
        kind: 'agenda-pack',
        title: 'Agenda Packet',
      },
      {
        url: 'https://example.legistar.com/View.ashx?M=M&ID=1234567&GUID=ABC',
        kind: 'printed-minutes',
        title: 'Minutes',
      },
    ]);
  });

  it('the demo council: frontsheet and printed minutes', () => {
    const meeting = MEETINGS.find((m) => m.status === 'minutes')!;
    const url = `http://democracy.riverside.example.gov.uk/ieListDocuments.aspx?CId=412&MId=${meeting.id}`;
    expect(findPackLinks(html(meetingPage(meeting)), url).map((l) => l.kind)).toEqual([
      'frontsheet',
      'printed-minutes',
    ]);
  });

  const MG_URL = 'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=7&MId=900';
  const mgPage = (links: string) =>
    html(`<div id="modgov"><h2 class="mgSubTitleTxt">Planning Committee - Tuesday, 3rd March, 2026 7.00 pm</h2>
      <ul class="mgActionList">${links}</ul>
      <table class="mgItemTable"><tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">1.</p></td>
      <td><p class="mgAiTitleTxt">Apologies</p>
      <ul class="mgBulletList"><li><a href="documents/s5001/Report.pdf">Report of the Head of Planning</a></li></ul>
      </td></tr></table></div>`);

  it('ModernGov: the pack chooser, supplements and the T= code when the words say nothing', () => {
    const doc = mgPage(`
      <li><a href="mgChooseDocPack.aspx?ID=900">Browse papers</a></li>
      <li><a href="documents/g900/Supplementary agenda.pdf?T=9">Supplementary agenda <span class="mgFileSize">PDF 20 KB</span></a></li>
      <li><a href="documents/g900/Public%20pack.pdf?T=10">Download</a></li>
      <li><a href="documents/g900/Other.pdf?T=5">Exempt appendix</a></li>`);
    expect(findPackLinks(doc, MG_URL).map((l) => [l.kind, l.url.replace(/^.*\//, '')])).toEqual([
      ['agenda-pack', 'mgChooseDocPack.aspx?ID=900'],
      ['supplement', 'Supplementary%20agenda.pdf?T=9'],
      ['agenda-pack', 'Public%20pack.pdf?T=10'],
    ]);
  });

  it('same site only, each link once, at most MAX_PACKS', () => {
    const many = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="documents/g900/Supplement ${i}.pdf">Supplement ${i}</a></li>`,
    ).join('');
    const doc = mgPage(`
      <li><a href="https://evil.example.com/documents/g900/Agenda reports pack.pdf">Agenda reports pack</a></li>
      <li><a href="documents/g900/Printed minutes.pdf?T=1">Printed minutes</a></li>
      <li><a href="documents/g900/Printed minutes.pdf?T=1">Printed minutes</a></li>
      <li><a href="javascript:alert(1)//documents/g1/x.pdf">Agenda reports pack</a></li>${many}`);
    const links = findPackLinks(doc, MG_URL);
    expect(links).toHaveLength(MAX_PACKS);
    expect(links[0]).toMatchObject({ kind: 'printed-minutes' });
    expect(links.every((l) => l.url.startsWith('https://democracy.example.gov.uk/documents/g900/'))).toBe(
      true,
    );
  });

  it('link words name the kind by rules shared by the platforms', () => {
    expect(
      [
        'Agenda frontsheet',
        'Agenda reports pack',
        'Public reports pack',
        'Agenda Document Pack - Cabinet',
        'Agenda Packet',
        'Supplementary agenda 1',
        'Printed minutes',
        'Draft Minutes (FINAL)',
        'Printed decisions',
        'Agenda',
        'Report of the Director of Place',
        'Appendix A - decisions log',
      ].map(packKindOfWords),
    ).toEqual([
      'frontsheet',
      'agenda-pack',
      'agenda-pack',
      'agenda-pack',
      'agenda-pack',
      'supplement',
      'printed-minutes',
      'printed-minutes',
      'printed-decisions',
      'agenda',
      null,
      null,
    ]);
  });
});
