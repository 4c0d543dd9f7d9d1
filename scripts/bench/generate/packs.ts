import { meetingKey } from '../../../utils/model/keys';
import { PACK_FORMAT, PACK_VERSION } from '../../../utils/model/pack';
import type { MeetingRecord } from '../../../utils/model/record';
import { MB } from '../units';

/** The background refuses pack messages over 50 MB (utils/ext/messages.ts): stay well under. */
const PACK_BYTES = 30 * MB;

/** Index packs of the records, as JSON strings of at most about PACK_BYTES each. */
export function* packsOf(records: MeetingRecord[]): Generator<string> {
  let start = 0;
  let bytes = 0;
  for (let end = 0; end < records.length; end++) {
    bytes += JSON.stringify(records[end]).length;
    if (bytes > PACK_BYTES || end === records.length - 1) {
      yield packJson(records.slice(start, end + 1));
      [start, bytes] = [end + 1, 0];
    }
  }
}

/** A pack as `cli pack` writes it; each meeting its own source, as if read from its own page. */
function packJson(records: MeetingRecord[]): string {
  const readAt = new Date().toISOString();
  const sources = records.map((record, i) => {
    const id = meetingKey(record.meeting);
    return {
      url: `https://bench.example.gov.uk/minutes/${encodeURIComponent(id)}`,
      readAt,
      contentHash: id,
      records: [i],
    };
  });
  return JSON.stringify({ format: PACK_FORMAT, version: PACK_VERSION, createdAt: readAt, records, sources });
}
