import { actionId, committeeKey, meetingKey } from '../../model/keys';
import type { MeetingRecord } from '../../model/record';
import type { ActionRow, DecisionRow, ItemRow, MeetingRow } from './schema';

/** A record as rows, and rows back as a record: the one place that knows both shapes. */
export interface RecordRows {
  meeting: MeetingRow;
  items: ItemRow[];
  decisions: DecisionRow[];
  actions: ActionRow[];
}

export function meetingId(record: Pick<MeetingRecord, 'role' | 'meeting'>): string {
  return `${meetingKey(record.meeting)}|${record.role}`;
}

export function toRows(record: MeetingRecord, source: string): RecordRows {
  const id = meetingId(record);
  const { council, committee, date, time, venue, url, cancelled } = record.meeting;
  const rows: RecordRows = {
    meeting: {
      id,
      key: meetingKey(record.meeting),
      role: record.role,
      committeeKey: committeeKey(record.meeting),
      ...defined({ council, time, venue, url, cancelled, warnings: record.warnings }),
      committee,
      date,
      source,
    },
    items: [],
    decisions: [],
    actions: [],
  };
  record.items.forEach((item, position) => {
    const itemId = `${id}#${item.number}`;
    const { decisions, actions, number, title, ...rest } = item;
    rows.items.push({ id: itemId, meetingId: id, position, number, title, ...defined(rest) });
    decisions.forEach((d, i) =>
      rows.decisions.push({
        id: `${itemId}/${i}`,
        meetingId: id,
        itemId,
        position: i,
        text: d.text,
        ...defined({ kind: d.kind }),
      }),
    );
    actions.forEach((a, i) =>
      rows.actions.push({
        id: `${itemId}/a${i}`,
        actionId: actionId(record.meeting, number, a.text),
        meetingId: id,
        itemId,
        position: i,
        text: a.text,
        ...defined({ owner: a.owner, due: a.due }),
      }),
    );
  });
  return rows;
}

export function fromRows({ meeting, items, decisions, actions }: RecordRows): MeetingRecord {
  const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;
  const { council, committee, date, time, venue, url, cancelled, warnings } = meeting;
  return {
    role: meeting.role,
    meeting: { committee, date, ...defined({ council, time, venue, url, cancelled }) },
    items: [...items].sort(byPosition).map(({ id, meetingId: _m, position: _p, ...item }) => ({
      ...item,
      decisions: decisions
        .filter((d) => d.itemId === id)
        .sort(byPosition)
        .map(({ text, kind }) => ({ text, ...defined({ kind }) })),
      actions: actions
        .filter((a) => a.itemId === id)
        .sort(byPosition)
        .map(({ text, owner, due }) => ({ text, ...defined({ owner, due }) })),
    })),
    ...defined({ warnings }),
  };
}

/** Drops undefined fields, so rows and records compare equal after a round trip. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
