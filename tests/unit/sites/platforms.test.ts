import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPageText } from '../../../scripts/lib/extract-page';
import { RecordSchema } from '../../../utils/model/record';
import { HAS_SHARED, SHARED_MISSING, sharedPath } from '../shared-dir';
import { FIXTURE_URLS } from './fixture-urls';
import { readManifest } from './manifest';

const extractFixture = (path: string) =>
  extractPageText(readFileSync(sharedPath('fixtures', path), 'utf8'), FIXTURE_URLS[path]!, extname(path));

describe.skipIf(!HAS_SHARED)(
  `other platforms on the real pages (${HAS_SHARED ? 'shared fixtures' : SHARED_MISSING})`,
  () => {
    it('CMIS meeting summary: committee, date, time and venue; no items on this tab', async () => {
      const result = await extractFixture('cmis/birmingham-cmis-meeting-summary.html');
      expect(result.records[0]!.meeting).toMatchObject({
        committee: 'Licensing Sub-Committee A',
        date: '2026-08-03',
        time: '10:00',
        venue: 'On-line meeting',
      });
      expect(result.records[0]!.items).toEqual([]);
    });

    it('IQM2 agenda: numbered items from loadAgendaItem links, section headings left out', async () => {
      const [record] = (await extractFixture('other/akron-iqm2-agenda-detail-aspose.html')).records;
      expect(record!.meeting).toMatchObject({ committee: 'Council', date: '2019-09-16' });
      expect(record!.items.length).toBeGreaterThan(20);
      expect(record!.items.slice(0, 3).map((item) => item.number)).toEqual(['1', '2', '3']);
      expect(record!.items.map((item) => item.title)).not.toContain('CONSENT AGENDA');
    });

    it('BoardDocs: the meeting fragment names the meeting; the XML export gives one agenda a meeting', async () => {
      const [fragment] = (
        await extractFixture('boarddocs/grand-rapids-ps-boarddocs-meeting-detail-fragment.html')
      ).records;
      expect(fragment!.meeting).toMatchObject({
        committee: 'Special Board Meeting/Board Retreat',
        date: '2024-05-22',
        time: '09:30',
      });
      const exported = await extractFixture('boarddocs/akron-public-schools-boarddocs-meetings.xml');
      expect(exported.records).toHaveLength(21);
      expect(exported.records[0]!.meeting).toMatchObject({
        committee: 'Board of Education',
        date: '2019-08-12',
      });
      expect(exported.records[0]!.items[0]).toMatchObject({ number: '1.1', title: 'Roll Call' });
      const recommended = exported.records.flatMap((r) => r.items).flatMap((item) => item.decisions);
      expect(recommended.length).toBeGreaterThan(10);
      expect(recommended.every((decision) => decision.kind === 'recommendation')).toBe(true);
    });

    it('every record from every fixture passes the record contract; lists and negatives give none', async () => {
      for (const row of readManifest()) {
        const result = await extractFixture(row.localPath);
        for (const record of result.records)
          expect(() => RecordSchema.parse(record), row.localPath).not.toThrow();
        // A list may carry whole agendas (the BoardDocs export); search, people and committee pages carry none.
        if (row.pageKind === 'meeting-list') {
          expect(
            result.records.every((record) => record.items.length > 0),
            row.localPath,
          ).toBe(true);
        }
        if (row.pageKind === 'other' || row.pageKind === 'committee')
          expect(result.records, row.localPath).toEqual([]);
      }
    });
  },
);
