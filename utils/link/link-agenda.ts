import { committeeKey, normaliseName } from '../model/keys';
import type { Item, MeetingRecord } from '../model/record';
import { learnAcronyms, type AcronymMap } from './acronyms';
import { isOutstanding, type UserStatus } from './actions';
import {
  firstTermsOf,
  queryUnits,
  textCandidate,
  weighEvidence,
  type Candidate,
  type Unit,
} from './evidence';
import { findMatches, type Match } from './find';
import type { IndexedAction, IndexedMeeting, LinkIndex } from './link-index';
import { isMinutesItem, isProcedural } from './procedural';
import { citedMatches, describeMinute, minutesLinks } from './references';
import type { AgendaLinks, ItemLinks, LinkedAction } from '../model/links';

/** Links per item: beyond a handful the panel is a list nobody reads. */
const MAX_PRIOR = 5;

/** Where the agenda stands: only meetings strictly before its date are prior. */
export interface Context {
  index: LinkIndex;
  date: string;
  committeeKey: string;
  councilKey: string;
  acronyms: AcronymMap;
  outstanding: IndexedAction[];
  /** Each outstanding action's words, read once per agenda rather than once per item (issue #8). */
  actionWords: Map<IndexedAction, Candidate>;
  /** The outstanding actions holding each term: an item is weighed only against those sharing one. */
  actionsByTerm: Map<string, IndexedAction[]>;
}

/**
 * Each agenda item → earlier decisions on its subject and the open follow-ups it answers; and the
 * committee's list of outstanding actions (the side panel's and the command line's).
 */
export function linkAgenda(
  index: LinkIndex,
  agenda: MeetingRecord,
  statuses: ReadonlyMap<string, UserStatus> = new Map(),
): AgendaLinks {
  const context = agendaContext(index, agenda, statuses);
  return {
    ...linkEachItem(context, agenda),
    outstanding: context.outstanding.map((action) =>
      linkedAction(context, action, `open since minute ${action.minute}`, 1),
    ),
  };
}

/**
 * Each agenda item's links alone, for a page's badges, which do not show the committee's list: it
 * was described on every page load, for the answer to drop it (issue #8).
 */
export function linkAgendaItems(
  index: LinkIndex,
  agenda: MeetingRecord,
  statuses: ReadonlyMap<string, UserStatus> = new Map(),
): Omit<AgendaLinks, 'outstanding'> {
  return linkEachItem(agendaContext(index, agenda, statuses), agenda);
}

function linkEachItem(context: Context, agenda: MeetingRecord): Omit<AgendaLinks, 'outstanding'> {
  return { meeting: agenda.meeting, items: agenda.items.map((item) => linkItem(context, item)) };
}

function agendaContext(
  index: LinkIndex,
  agenda: MeetingRecord,
  statuses: ReadonlyMap<string, UserStatus>,
): Context {
  const acronyms = new Map(index.acronyms);
  for (const item of agenda.items) learnAcronyms(acronyms, `${item.title}\n${item.text ?? ''}`);
  const context: Context = {
    index,
    date: agenda.meeting.date,
    committeeKey: committeeKey(agenda.meeting),
    councilKey: normaliseName(agenda.meeting.council),
    acronyms,
    outstanding: [],
    actionWords: new Map(),
    actionsByTerm: new Map(),
  };
  context.outstanding = outstandingActions(context, statuses);
  for (const action of context.outstanding) {
    const words = textCandidate(action.title, action.text);
    context.actionWords.set(action, words);
    for (const term of words.terms) {
      const holding = context.actionsByTerm.get(term);
      if (holding) holding.push(action);
      else context.actionsByTerm.set(term, [action]);
    }
  }
  return context;
}

function outstandingActions(context: Context, statuses: ReadonlyMap<string, UserStatus>): IndexedAction[] {
  const { index } = context;
  return [...index.actions.values()]
    .filter((action) => {
      const meeting = index.meetings.get(action.meeting);
      return (
        meeting?.committeeKey === context.committeeKey &&
        isOutstanding(action, meeting.date, context.date, statuses)
      );
    })
    .sort(
      (a, b) =>
        a.meeting.localeCompare(b.meeting) || a.minute.localeCompare(b.minute, 'en', { numeric: true }),
    );
}

function linkItem(context: Context, item: Item): ItemLinks {
  const base = { number: item.number, title: item.title };
  if (isMinutesItem(item.title) || item.refs?.some((ref) => ref.kind === 'minutes')) {
    return { ...base, priorDecisions: minutesLinks(context, item), openActions: [] };
  }
  if (isProcedural(item.title)) return { ...base, priorDecisions: [], openActions: [] };
  const { index } = context;
  const units = queryUnits(item.title, context.acronyms, index.stats);
  const found = findMatches(index, units, (m) => (m.date < context.date ? TIER_BOOST[tier(context, m)] : 0));
  // A minute both cited and found keeps the citation: it says more about why.
  const cited = citedMatches(context, item, units);
  const matches = [...cited, ...found.filter((m) => !cited.some((c) => c.doc === m.doc))];
  return {
    ...base,
    priorDecisions: rank(context, matches)
      .slice(0, MAX_PRIOR)
      .map((m) => ({
        ...describeMinute(m.meeting, m.doc),
        why: [m.citedAs && `cited: "${m.citedAs}"`, sharedWhy(context, m.evidence.shared)]
          .filter(Boolean)
          .join('; '),
        score: round(m.evidence.score),
      })),
    openActions: matchingActions(context, units),
  };
}

function matchingActions(context: Context, units: Unit[]): LinkedAction[] {
  // Weighing every outstanding action for every item was most of a long agenda's linking (issue #8).
  const sharing = new Set(firstTermsOf(units).flatMap((term) => context.actionsByTerm.get(term) ?? []));
  return context.outstanding.flatMap((action) => {
    if (!sharing.has(action)) return [];
    const evidence = weighEvidence(units, context.actionWords.get(action)!);
    return evidence
      ? [linkedAction(context, action, sharedWhy(context, evidence.shared), evidence.score)]
      : [];
  });
}

/** 0: the same committee, 1: the same council, 2: another council. */
function tier(context: Context, meeting: IndexedMeeting): 0 | 1 | 2 {
  if (meeting.committeeKey === context.committeeKey) return 0;
  return context.councilKey && meeting.councilKey === context.councilKey ? 1 : 2;
}

/** Search boosts by tier, so that the nearer meetings are among the hits weighed. */
const TIER_BOOST = [4, 2, 1] as const;

/** Same committee first, then the same council, then others; within each, stronger then newer. */
function rank(context: Context, matches: Match[]): Match[] {
  const band = (score: number) => Math.round(score * 10);
  return matches.sort(
    (a, b) =>
      tier(context, a.meeting) - tier(context, b.meeting) ||
      band(b.evidence.score) - band(a.evidence.score) ||
      b.meeting.date.localeCompare(a.meeting.date),
  );
}

function sharedWhy(context: Context, shared: string[]): string {
  const spelled = (label: string) => {
    const expansion = context.acronyms.get(label);
    return expansion ? `${label} (${expansion.join(' ')})` : label;
  };
  return `shared terms: ${shared.map(spelled).join(', ')}`;
}

function linkedAction(context: Context, action: IndexedAction, why: string, score: number): LinkedAction {
  const meeting = context.index.meetings.get(action.meeting)!;
  return {
    ...describeMinute(meeting, action),
    why,
    score: round(score),
    status: 'open',
    actionId: action.id,
    owner: action.owner,
    due: action.due,
  };
}

export function round(score: number): number {
  return Math.round(score * 100) / 100;
}
