import type { Action, Item, MeetingRecord } from '../../../utils/model/record';
import { COMMITTEES, COUNCILS } from './places';
import { seededRandom, type Random } from './random';

/** The real material generated indexes are recombined from: what the parser read in the seeds. */
export interface Vocabulary {
  titles: string[];
  decisions: string[];
  actions: Action[];
  texts: string[];
  agendaItems: Item[];
}

export function vocabularyFrom(records: readonly MeetingRecord[]): Vocabulary {
  const items = records.flatMap((r) => r.items);
  const unique = (values: string[]) => [...new Set(values.filter((v) => v.trim().length > 0))];
  return {
    titles: unique(items.map((i) => i.title)),
    decisions: unique(items.flatMap((i) => i.decisions.map((d) => d.text))),
    actions: items.flatMap((i) => i.actions),
    texts: unique(items.map((i) => i.text ?? '')),
    agendaItems: records.filter((r) => r.role === 'agenda').flatMap((r) => r.items),
  };
}

/** Every generated meeting is before this date, so all of it is prior to the agenda. */
export const AGENDA_DATE = '2027-02-01';
export const AGENDA_MEETING = { council: COUNCILS[0]!, committee: COMMITTEES[0]! };

/**
 * Minutes of meetings spread over councils, committees and eleven years, holding `decisionCount`
 * decisions in all. Titles are real ones, sometimes joined to another's subject, so that the
 * index has the seeds' vocabulary but not a few titles repeated thousands of times.
 */
export function generateMinutes(vocabulary: Vocabulary, decisionCount: number, seed = 5): MeetingRecord[] {
  const random = seededRandom(seed);
  const records: MeetingRecord[] = [];
  for (let made = 0; made < decisionCount;) {
    const items: Item[] = [];
    const itemCount = 4 + random.int(9);
    for (let n = 1; n <= itemCount && made < decisionCount; n++) {
      const item = generateItem(
        vocabulary,
        random,
        String(n),
        Math.min(1 + random.int(3), decisionCount - made),
      );
      made += item.decisions.length;
      items.push(item);
    }
    records.push({
      role: 'minutes',
      meeting: {
        council: random.pick(COUNCILS),
        committee: random.pick(COMMITTEES),
        date: randomDate(random),
      },
      items,
    });
  }
  return records;
}

function generateItem(vocabulary: Vocabulary, random: Random, number: string, decisions: number): Item {
  const title = random.next() < 0.5 ? random.pick(vocabulary.titles) : blendTitles(vocabulary, random);
  return {
    number,
    title,
    decisions: Array.from({ length: decisions }, () => ({
      text: random.pick(vocabulary.decisions),
      kind: 'resolved',
    })),
    actions: vocabulary.actions.length && random.next() < 0.2 ? [random.pick(vocabulary.actions)] : [],
    text: vocabulary.texts.length ? random.pick(vocabulary.texts).slice(0, 1500) : undefined,
  };
}

function blendTitles(vocabulary: Vocabulary, random: Random): string {
  const head = random.pick(vocabulary.titles).split(/\s+/);
  const tail = random.pick(vocabulary.titles).split(/\s+/);
  return [...head.slice(0, Math.ceil(head.length / 2)), ...tail.slice(Math.floor(tail.length / 2))].join(' ');
}

function randomDate(random: Random): string {
  const year = 2015 + random.int(12);
  const month = 1 + random.int(12);
  const day = 1 + random.int(28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The seeds' own agenda items first, then real titles, to `itemCount` items. */
export function generateAgenda(vocabulary: Vocabulary, itemCount: number, seed = 20): MeetingRecord {
  const random = seededRandom(seed);
  const items: Item[] = vocabulary.agendaItems.slice(0, itemCount).map((item) => ({ ...item }));
  while (items.length < itemCount) {
    items.push({ number: '', title: random.pick(vocabulary.titles), decisions: [], actions: [] });
  }
  items.forEach((item, i) => (item.number = String(i + 1)));
  return { role: 'agenda', meeting: { ...AGENDA_MEETING, date: AGENDA_DATE }, items };
}
