import type { IndexedDoc, IndexedMeeting } from './link-index';

/**
 * Docs as stored: a doc's id is its position (the search index renumbers alike), its meeting a
 * position in the stored meetings, and the rest JSON, one doc after another, parsed per doc.
 * The JSON is UTF-8 bytes: half the size of a string with one dash in it (stored as UTF-16),
 * and IndexedDB's read of the whole index is most of a cold start.
 */
export interface StoredDocs {
  meetings: Uint32Array;
  /** Each doc's [minute, title, text, url?], the URL only where it is not the meeting's. */
  json: Uint8Array;
  /** Doc i's JSON ends where doc i + 1's starts. */
  ends: Uint32Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

type DocFields = [minute: string, title: string, text: string, url?: string];

/**
 * The indexed minutes items by id. Loaded ones are decoded when first read: a link query reads
 * a few dozen of tens of thousands, and a cold service worker should not parse the rest.
 */
export class DocTable {
  /** null: stored, not decoded yet. In ascending id order, as docs are added. */
  private readonly docs = new Map<number, IndexedDoc | null>();

  constructor(
    private readonly stored?: StoredDocs,
    private readonly meetings: IndexedMeeting[] = [],
  ) {
    for (let id = 0; id < (stored?.ends.length ?? 0); id++) this.docs.set(id, null);
  }

  get(id: number): IndexedDoc | undefined {
    const doc = this.docs.get(id);
    if (doc !== null) return doc;
    const [minute, title, text, url] = JSON.parse(decoder.decode(this.storedJson(id))) as DocFields;
    const meeting = this.storedMeeting(id);
    const decoded = { meeting: meeting.key, minute, title, text, url: url ?? meeting.url };
    this.docs.set(id, decoded);
    return decoded;
  }

  set(id: number, doc: IndexedDoc): void {
    this.docs.set(id, doc);
  }

  delete(id: number): void {
    this.docs.delete(id);
  }

  /** The stored form, meetings by position in `meetings`; docs never read are copied as stored. */
  toStored(meetings: ReadonlyMap<string, IndexedMeeting>, position: ReadonlyMap<string, number>): StoredDocs {
    const meetingOf: number[] = [];
    const parts: Uint8Array[] = [];
    const ends: number[] = [];
    let length = 0;
    for (const [id, doc] of this.docs) {
      const meeting = doc ? doc.meeting : this.storedMeeting(id).key;
      const json = doc
        ? encoder.encode(JSON.stringify(fieldsOf(doc, meetings.get(meeting)?.url)))
        : this.storedJson(id);
      meetingOf.push(position.get(meeting)!);
      parts.push(json);
      ends.push((length += json.length));
    }
    const json = new Uint8Array(length);
    parts.forEach((part, i) => json.set(part, ends[i - 1] ?? 0));
    return { meetings: Uint32Array.from(meetingOf), json, ends: Uint32Array.from(ends) };
  }

  private storedJson(id: number): Uint8Array {
    return this.stored!.json.subarray(this.stored!.ends[id - 1] ?? 0, this.stored!.ends[id]);
  }

  private storedMeeting(id: number): IndexedMeeting {
    return this.meetings[this.stored!.meetings[id]!]!;
  }
}

function fieldsOf({ minute, title, text, url }: IndexedDoc, meetingUrl?: string): DocFields {
  return url === meetingUrl ? [minute, title, text] : [minute, title, text, url];
}
