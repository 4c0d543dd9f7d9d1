import type { MeetingRecord } from './record';

/** The record a page is about: its agenda if it has one (a pack also holds earlier minutes). */
export function mainRecord(records: MeetingRecord[]): MeetingRecord | undefined {
  return (
    records.find((r) => r.role === 'agenda' && r.items.length > 0) ?? records.find((r) => r.items.length > 0)
  );
}
