import { unitTerms, weighEvidence, type Evidence, type Unit } from './evidence';
import type { IndexedDoc, IndexedMeeting, LinkIndex } from './link-index';

export interface Match {
  doc: IndexedDoc;
  meeting: IndexedMeeting;
  evidence: Evidence;
}

/** How many search hits, best first, are weighed; the rest are weaker still. */
const MAX_HITS = 200;

/** Indexed minutes items of accepted meetings that share the units' subject, strongest first. */
export function findMatches(
  index: LinkIndex,
  units: Unit[],
  accept: (meeting: IndexedMeeting) => boolean,
): Match[] {
  const query = unitTerms(units).join(' ');
  if (!query) return [];
  const meetingOf = (id: number) => index.meetings.get(index.docs.get(id)?.meeting ?? '');
  const hits = index.search.search(query, {
    // A zero boost drops the document before it is scored: cheaper than a filter.
    boostDocument: (id: number) => {
      const meeting = meetingOf(id);
      return meeting && accept(meeting) ? 1 : 0;
    },
  });
  const matches: Match[] = [];
  for (const hit of hits.slice(0, MAX_HITS)) {
    const fields = hit.match as Record<string, string[]>;
    const evidence = weighEvidence(
      units,
      {
        has: (t) => t in fields,
        hasInSubject: (t) => fields[t]?.some((field) => field !== 'text') ?? false,
        hasInTitle: (t) => fields[t]?.includes('title') ?? false,
      },
      index.stats,
    );
    if (evidence) matches.push({ doc: index.docs.get(hit.id)!, meeting: meetingOf(hit.id)!, evidence });
  }
  return matches;
}
