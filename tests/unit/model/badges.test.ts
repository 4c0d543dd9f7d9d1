import { describe, expect, it } from 'vitest';
import { badgeSpec } from '../../../utils/model/badges';
import { actionId } from '../../../utils/model/keys';
import type { MeetingRecord } from '../../../utils/model/record';

const MEETING = { committee: 'Health Scrutiny Committee', date: '2025-09-15' };
const ITEM = {
  number: '5',
  title: 'Occupational therapy waiting lists',
  decisions: [{ text: 'That the report be noted.' }],
  actions: [{ text: 'The Director to report back in January.', owner: 'Director', due: '2026-01' }],
  documents: [
    { title: 'Report', url: 'https://democracy.example.gov.uk/documents/s123/Report.pdf' },
    { title: 'Officer contact', url: 'https://democracy.example.gov.uk/mgUserInfo.aspx?UID=9' },
  ],
};

/** What a badge shows of its page: the same whether the page was read now or its layout kept. */
describe("an item's badge", () => {
  it('on minutes, shows what was recognised, each action with the id that tracks it', () => {
    const record: MeetingRecord = { role: 'minutes', meeting: MEETING, items: [ITEM] };
    expect(badgeSpec(record, ITEM)).toEqual({
      number: '5',
      title: ITEM.title,
      recognised: {
        decisions: 1,
        actions: [
          {
            id: actionId(MEETING, '5', ITEM.actions[0]!.text),
            text: ITEM.actions[0]!.text,
            owner: 'Director',
            due: '2026-01',
          },
        ],
      },
      papers: [ITEM.documents[0]],
    });
  });

  it('on an agenda, shows no recognised minutes, and only the PDF papers it can open', () => {
    const record: MeetingRecord = { role: 'agenda', meeting: MEETING, items: [ITEM] };
    const spec = badgeSpec(record, ITEM);
    expect(spec.recognised).toBeUndefined();
    expect(spec.papers).toEqual([ITEM.documents[0]]);
    expect(badgeSpec(record, { ...ITEM, documents: undefined })).toEqual({ number: '5', title: ITEM.title });
  });
});
