import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { generateAgenda, generateMinutes } from '../../../scripts/bench/generate/corpus';
import { seededRandom, type Random } from '../../../scripts/bench/generate/random';
import { seedVocabulary } from '../../../scripts/bench/generate/seed-vocabulary';
import { SEARCH_FIELDS, SearchIndex, type Hit, type SearchDoc } from '../../../utils/link/search-index';
import { toTerm, words } from '../../../utils/link/terms';

/**
 * The link index's search must rank as MiniSearch 7.2 did with the options linking gave it:
 * same hits, same scores to the last bit, same order of ties, same matched terms and fields,
 * through additions, removals and store-and-load round trips. (MiniSearch is compared with
 * eager removal: its lazy discard counts removed docs in a term's frequency until it vacuums.)
 */
const miniSearchOptions = {
  fields: SEARCH_FIELDS.map((f) => f.name),
  storeFields: [],
  tokenize: words,
  processTerm: toTerm,
  searchOptions: {
    boost: Object.fromEntries(SEARCH_FIELDS.map((f) => [f.name, f.boost])),
    prefix: false,
    fuzzy: false,
  },
};

type Text = Omit<SearchDoc, 'id'>;

/** MiniSearch and ours fed alike; ours renumbers on a round trip, so its ids are mapped back. */
class Pair {
  mini = new MiniSearch<SearchDoc>(miniSearchOptions);
  ours = new SearchIndex();
  /** Our id → MiniSearch's id, null once removed. */
  ids: Array<number | null> = [];
  docs = new Map<number, SearchDoc>();
  nextMiniId = 0;

  add(text: Text): void {
    const doc = { id: this.nextMiniId++, ...text };
    this.mini.add(doc);
    this.docs.set(doc.id, doc);
    this.ours.add({ ...text, id: this.ids.length });
    this.ids.push(doc.id);
  }

  removeAny(random: Random): void {
    const live = this.ids.flatMap((id, ours) => (id === null ? [] : [ours]));
    const ours = random.pick(live);
    this.mini.remove(this.docs.get(this.ids[ours]!)!);
    this.ours.remove(ours);
    this.ids[ours] = null;
  }

  /** Stores and loads ours as IndexedDB would: a structured clone. */
  roundTrip(): void {
    this.ours = new SearchIndex(structuredClone(this.ours.toStored()));
    this.ids = this.ids.filter((id) => id !== null);
  }

  expectSameHits(queries: string[]): void {
    const boosts = [() => 1, (id: number) => [0, 1, 2, 4, 4][id % 5]!];
    for (const query of queries) {
      for (const boost of boosts) {
        const theirs = this.mini
          .search(query, { boostDocument: (id: number) => boost(id) })
          .map(({ id, score, match }) => ({ id, score, match }));
        const ours = this.ours
          .search(query, (id) => boost(this.ids[id]!))
          .map((hit: Hit) => ({ ...hit, id: this.ids[hit.id] }));
        expect(ours, query).toEqual(theirs);
      }
    }
  }
}

/** Adds, removes and round trips in turn, comparing the hits after each step. */
function replay(texts: Text[], queries: string[], seed: number): void {
  const random = seededRandom(seed);
  const pair = new Pair();
  const [first, rest] = [texts.slice(0, texts.length / 2), texts.slice(texts.length / 2)];
  for (const text of first) pair.add(text);
  pair.expectSameHits(queries);
  for (let n = 0; n < first.length / 5; n++) pair.removeAny(random);
  pair.expectSameHits(queries);
  pair.roundTrip();
  pair.expectSameHits(queries);
  // A meeting read again: its docs removed, then added anew, among others.
  for (const text of rest) {
    pair.add(text);
    if (random.next() < 0.3) pair.removeAny(random);
    if (random.next() < 0.1) pair.add(random.pick(first));
  }
  pair.expectSameHits(queries);
  pair.roundTrip();
  for (let n = 0; n < 20; n++) pair.add(random.pick(texts));
  pair.removeAny(random);
  pair.expectSameHits(queries);
}

/** Few words, many repeats: ties, stopwords, numbers, case and plurals. */
const WORDS = `Housing housing homes home Homes budget budgets strategy strategies the of and A 2025 12
  CQC care Care carers discharge delays ward wards library libraries flood risk plan plans a-b O'Neil
  it its is hers transport bus buses road roads`.split(/\s+/);

function sentence(random: Random, length: number): string {
  return Array.from({ length }, () => random.pick(WORDS)).join(' ');
}

describe('SearchIndex ranks as MiniSearch did', () => {
  it('on a small vocabulary full of ties', () => {
    const random = seededRandom(3);
    const texts = Array.from({ length: 400 }, () => ({
      title: sentence(random, 1 + random.int(6)),
      decisions: random.next() < 0.1 ? '' : sentence(random, random.int(40)),
    }));
    const queries = Array.from({ length: 30 }, () => sentence(random, 1 + random.int(5)));
    replay(texts, [...queries, 'housing housing Housing', 'hers its', ''], 4);
  });

  it('on generated minutes, with the agenda titles linking asks about', async () => {
    const vocabulary = await seedVocabulary();
    const texts = generateMinutes(vocabulary, 3_000).flatMap((record) =>
      record.items.map((item) => ({
        title: item.title,
        decisions: item.decisions.map((d) => d.text).join(' '),
      })),
    );
    const queries = generateAgenda(vocabulary, 20).items.map((item) => item.title);
    replay(texts, queries, 9);
  });
});
