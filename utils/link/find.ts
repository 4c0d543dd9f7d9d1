import { unitTerms, weighEvidence, type Evidence, type Unit } from './evidence';
import type { IndexedDoc, IndexedMeeting, LinkIndex } from './link-index';

export interface Match {
  doc: IndexedDoc;
  meeting: IndexedMeeting;
  evidence: Evidence;
  /** The words of the agenda item that cite this minute's meeting, when it does. */
  citedAs?: string;
}

/** How many search hits, best first, are weighed; the rest are weaker still. */
const MAX_HITS = 50;

/**
 * Indexed minutes items that share the units' subject, best first. `boost` weighs a meeting
 * (0 leaves it out before it is scored, cheaper than a filter); boosting the nearer meetings
 * keeps them among the hits weighed.
 */
export function findMatches(
  index: LinkIndex,
  units: Unit[],
  boost: (meeting: IndexedMeeting) => number,
): Match[] {
  const query = unitTerms(units).join(' ');
  if (!query) return [];
  const meetingOf = (id: number) => index.meetingOfDoc[id];
  const hits = index.search.search(query, (id) => {
    const meeting = meetingOf(id);
    return meeting ? boost(meeting) : 0;
  });
  const matches: Match[] = [];
  for (const hit of hits.slice(0, MAX_HITS)) {
    const fields = hit.match;
    const evidence = weighEvidence(units, {
      has: (t) => t in fields,
      hasInTitle: (t) => fields[t]?.includes('title') ?? false,
    });
    if (evidence) matches.push({ doc: index.docs.get(hit.id)!, meeting: meetingOf(hit.id)!, evidence });
  }
  return matches;
}
