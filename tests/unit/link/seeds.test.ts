import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../../scripts/cli/extract';
import { addRecords, createLinkIndex, linkAgenda, type AgendaLinks } from '../../../utils/link';
import type { MeetingRecord } from '../../../utils/model/record';
import { HAS_SHARED, sharedPath } from '../shared-dir';

/** The targets on the real seeds: parsed, indexed (000, 001, 003), then linked. */
describe.skipIf(!HAS_SHARED)('linking the shared seeds', () => {
  const seeds = ['000_65584cfb03e6c0b9', '001_55ac93f927982f63', '003_d7bc47fa68b1d77f'];
  const records = new Map<string, MeetingRecord[]>();
  const links = new Map<string, AgendaLinks>();

  beforeAll(async () => {
    for (const seed of seeds)
      records.set(seed, (await extractFile(sharedPath('seeds', `${seed}.txt`))).records);
    const index = createLinkIndex();
    for (const seed of seeds) addRecords(index, records.get(seed)!);
    for (const seed of ['000_65584cfb03e6c0b9', '003_d7bc47fa68b1d77f']) {
      links.set(
        seed,
        linkAgenda(
          index,
          records.get(seed)!.find((r) => r.role === 'agenda')!,
        ),
      );
    }
  });

  const priorOf = (seed: string, number: string) =>
    links.get(seed)!.items.find((item) => item.number === number)!.priorDecisions;
  const outstandingMinutes = (seed: string) => links.get(seed)!.outstanding.map((a) => a.minute);

  it('26 June 2025: item 10 (CQC) → minute 123 and item 13 (early action) → minute 125 of 6 May', () => {
    expect(priorOf('000_65584cfb03e6c0b9', '10')[0]).toMatchObject({ date: '2025-05-06', minute: '123' });
    expect(priorOf('000_65584cfb03e6c0b9', '13')[0]).toMatchObject({ date: '2025-05-06', minute: '125' });
  });

  it('26 June 2025: item 3 → the minutes of 6 May 2025', () => {
    expect(priorOf('000_65584cfb03e6c0b9', '3')).toMatchObject([{ date: '2025-05-06', score: 1 }]);
  });

  it('26 June 2025: the follow-ups of minutes 124, 125 and 126 are outstanding', () => {
    expect(outstandingMinutes('000_65584cfb03e6c0b9')).toEqual(expect.arrayContaining(['124', '125', '126']));
  });

  it('26 June 2025: procedural items link to nothing', () => {
    for (const number of ['1', '2', '7', '8', '9', '15'])
      expect(priorOf('000_65584cfb03e6c0b9', number)).toEqual([]);
  });

  it('19 January 2026: item 10 (Care Quality Commission) → minute 36 of 3 November 2025', () => {
    expect(priorOf('003_d7bc47fa68b1d77f', '10')[0]).toMatchObject({ date: '2025-11-03', minute: '36' });
  });

  it('19 January 2026: minute 37 b) (call categories into the CSC) is outstanding', () => {
    const open = links.get('003_d7bc47fa68b1d77f')!.outstanding;
    expect(open.some((a) => a.minute === '37' && /call categories/i.test(a.text))).toBe(true);
  });

  it('nothing dated on or after the agenda is linked', () => {
    for (const [seed, agendaLinks] of links) {
      for (const item of agendaLinks.items) {
        for (const prior of item.priorDecisions)
          expect(prior.date < agendaLinks.meeting.date, seed).toBe(true);
      }
    }
  });
});
