import { toTerm, words } from './terms';

/**
 * The search behind linking: BM25 over minutes items' titles and decisions, scored exactly as
 * MiniSearch 7.2 scored it with the options linking used (search-index.test.ts compares the
 * two), but kept as flat lists of postings. Stored as typed arrays, it comes out of IndexedDB
 * as a copy, not a parse, and a cold service worker starts searching at once instead of
 * rebuilding a map per posting (issue #8: 120–180 ms of MiniSearch.loadJS at 100k decisions).
 */

/** The searched fields and their boosts, in MiniSearch's order: the order results tie in. */
export const SEARCH_FIELDS = [
  { name: 'title', boost: 3 },
  { name: 'decisions', boost: 1.5 },
] as const;
const FIELD_COUNT = SEARCH_FIELDS.length;
/** MiniSearch's BM25+ defaults. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

export type FieldName = (typeof SEARCH_FIELDS)[number]['name'];
export type SearchDoc = { id: number } & Record<FieldName, string>;

export interface Hit {
  id: number;
  score: number;
  /** Each matched term → the fields it was found in. */
  match: Record<string, FieldName[]>;
}

/**
 * The stored form. Doc ids are positions (renumbered when stored, in order), so no id map is
 * rebuilt on loading. Postings of term t in field f are docs[starts[t * 2 + f] … starts[t * 2 + f + 1]].
 */
export interface StoredSearch {
  terms: string[];
  starts: Uint32Array;
  docs: Uint32Array;
  /** Most terms occur once or twice in a field: the narrowest array that holds them all. */
  freqs: Uint8Array | Uint16Array | Uint32Array;
  /** Per doc and field: the number of distinct words (MiniSearch's field length). */
  lengths: Uint32Array;
  /** Kept as MiniSearch updates them, one doc at a time, so scores stay equal to the last bit. */
  averages: number[];
}

/** Postings as loaded (views into the stored arrays) or, once a term gains a doc, as arrays. */
type Postings = { docs: Uint32Array; freqs: StoredSearch['freqs'] } | { docs: number[]; freqs: number[] };

interface Scored {
  score: number;
  terms: string[];
  match: Record<string, FieldName[]>;
}

/** Marks a removed doc in `lengths`; its postings stay until the index is stored again. */
const REMOVED = -1;

export class SearchIndex {
  private readonly termIds: Map<string, number>;
  private readonly terms: string[];
  private readonly lists: Postings[] = [];
  private readonly lengths: number[];
  private readonly averages: number[];
  private count: number;
  /** Removed docs still listed in postings: while there are any, a term's df is counted. */
  private removed = 0;

  constructor(private readonly stored?: StoredSearch) {
    this.terms = stored ? stored.terms : [];
    this.termIds = new Map(this.terms.map((term, i) => [term, i]));
    this.lengths = stored ? Array.from(stored.lengths) : [];
    this.averages = stored ? [...stored.averages] : new Array<number>(FIELD_COUNT).fill(0);
    this.count = this.lengths.length / FIELD_COUNT;
  }

  /** Adds a doc; ids must be new and ascending, as a link index hands them out. */
  add(doc: SearchDoc): void {
    SEARCH_FIELDS.forEach(({ name }, field) => {
      const tokens = words(doc[name]);
      const length = new Set(tokens).size;
      this.lengths[doc.id * FIELD_COUNT + field] = length;
      this.averages[field] = (this.averages[field]! * this.count + length) / (this.count + 1);
      const freqs = new Map<string, number>();
      for (const token of tokens) {
        const term = toTerm(token);
        if (term) freqs.set(term, (freqs.get(term) ?? 0) + 1);
      }
      for (const [term, freq] of freqs) {
        const list = this.growing(this.termId(term) * FIELD_COUNT + field);
        list.docs.push(doc.id);
        list.freqs.push(freq);
      }
    });
    this.count += 1;
  }

  remove(id: number): void {
    for (let field = 0; field < FIELD_COUNT; field++) {
      const length = this.lengths[id * FIELD_COUNT + field]!;
      this.averages[field] =
        this.count === 1 ? 0 : (this.averages[field]! * this.count - length) / (this.count - 1);
    }
    this.lengths[id * FIELD_COUNT] = REMOVED;
    this.count -= 1;
    this.removed += 1;
  }

  /**
   * MiniSearch's OR search: each query term scores BM25+ per field, boosted by field and by
   * `boostDocument` (0 leaves a doc out); the terms' scores are summed and multiplied by the
   * number of query terms matched. Best first; ties in the order docs were first found.
   */
  search(query: string, boostDocument: (id: number) => number): Hit[] {
    const combined = new Map<number, Scored>();
    for (const word of words(query)) {
      const term = toTerm(word);
      if (!term) continue;
      for (const [id, result] of this.termResults(term, boostDocument)) {
        const existing = combined.get(id);
        if (!existing) combined.set(id, result);
        else {
          existing.score = existing.score + result.score;
          Object.assign(existing.match, result.match);
          if (!existing.terms.includes(term)) existing.terms.push(term);
        }
      }
    }
    return [...combined]
      .map(([id, { score, terms, match }]) => ({ id, score: score * terms.length, match }))
      .sort((a, b) => b.score - a.score);
  }

  /** The stored form: removed docs dropped, ids renumbered in order. */
  toStored(): StoredSearch {
    const ids = this.lengths.length / FIELD_COUNT;
    const renumbered = new Int32Array(ids).fill(REMOVED);
    const lengths: number[] = [];
    for (let id = 0; id < ids; id++) {
      if (!this.isLive(id)) continue;
      renumbered[id] = lengths.length / FIELD_COUNT;
      lengths.push(...this.lengths.slice(id * FIELD_COUNT, (id + 1) * FIELD_COUNT));
    }
    const terms: string[] = [];
    const starts = [0];
    const docs: number[] = [];
    const freqs: number[] = [];
    this.terms.forEach((term, t) => {
      const before = docs.length;
      const fieldStarts: number[] = [];
      for (let field = 0; field < FIELD_COUNT; field++) {
        const list = this.postings(t * FIELD_COUNT + field);
        for (let i = 0; i < list.docs.length; i++) {
          const id = renumbered[list.docs[i]!]!;
          if (id === REMOVED) continue;
          docs.push(id);
          freqs.push(list.freqs[i]!);
        }
        fieldStarts.push(docs.length);
      }
      if (docs.length === before) return;
      terms.push(term);
      starts.push(...fieldStarts);
    });
    return {
      terms,
      starts: Uint32Array.from(starts),
      docs: Uint32Array.from(docs),
      freqs: narrowest(freqs),
      lengths: Uint32Array.from(lengths),
      averages: [...this.averages],
    };
  }

  /** One query term's results, built as MiniSearch builds them so that sums round alike. */
  private termResults(term: string, boostDocument: (id: number) => number): Map<number, Scored> {
    const results = new Map<number, Scored>();
    const t = this.termIds.get(term);
    if (t === undefined) return results;
    SEARCH_FIELDS.forEach(({ name, boost }, field) => {
      const { docs, freqs } = this.postings(t * FIELD_COUNT + field);
      const df = this.removed === 0 ? docs.length : this.liveCount(docs);
      const average = this.averages[field]!;
      for (let i = 0; i < docs.length; i++) {
        const id = docs[i]!;
        if (!this.isLive(id)) continue;
        const docBoost = boostDocument(id);
        if (!docBoost) continue;
        const length = this.lengths[id * FIELD_COUNT + field]!;
        const score = boost * docBoost * bm25(freqs[i]!, df, this.count, length, average);
        const result = results.get(id);
        if (!result) results.set(id, { score, terms: [term], match: { [term]: [name] } });
        else {
          result.score += score;
          const fields = result.match[term];
          if (fields) fields.push(name);
          else result.match[term] = [name];
        }
      }
    });
    return results;
  }

  private isLive(id: number): boolean {
    return this.lengths[id * FIELD_COUNT] !== REMOVED;
  }

  private liveCount(docs: ArrayLike<number>): number {
    let live = 0;
    for (let i = 0; i < docs.length; i++) if (this.isLive(docs[i]!)) live++;
    return live;
  }

  private termId(term: string): number {
    let t = this.termIds.get(term);
    if (t === undefined) {
      t = this.terms.push(term) - 1;
      this.termIds.set(term, t);
      for (let field = 0; field < FIELD_COUNT; field++)
        this.lists[t * FIELD_COUNT + field] = { docs: [], freqs: [] };
    }
    return t;
  }

  /** A term's postings in a field; loaded ones are views, made only when first searched. */
  private postings(k: number): Postings {
    let list = this.lists[k];
    if (!list) {
      const { starts, docs, freqs } = this.stored!;
      const [from, to] = [starts[k]!, starts[k + 1]!];
      list = this.lists[k] = { docs: docs.subarray(from, to), freqs: freqs.subarray(from, to) };
    }
    return list;
  }

  /** Postings a doc is added to: views are copied into arrays the first time. */
  private growing(k: number): { docs: number[]; freqs: number[] } {
    const list = this.postings(k);
    if (Array.isArray(list.docs)) return list as { docs: number[]; freqs: number[] };
    const copy = { docs: Array.from(list.docs), freqs: Array.from(list.freqs) };
    this.lists[k] = copy;
    return copy;
  }
}

/** MiniSearch's calcBM25Score, term for term. */
function bm25(freq: number, df: number, count: number, length: number, average: number): number {
  const idf = Math.log(1 + (count - df + 0.5) / (df + 0.5));
  return idf * (D + (freq * (K + 1)) / (freq + K * (1 - B + (B * length) / average)));
}

function narrowest(values: number[]): StoredSearch['freqs'] {
  const max = values.reduce((a, b) => Math.max(a, b), 0);
  return max < 2 ** 8
    ? Uint8Array.from(values)
    : max < 2 ** 16
      ? Uint16Array.from(values)
      : Uint32Array.from(values);
}
