import type { Item } from '../model/record';
import { textCandidate, weighEvidence, type Unit } from './evidence';
import type { Match } from './find';
import type { IndexedMeeting } from './link-index';
import type { Context } from './link-agenda';
import type { LinkedEntry } from '../model/links';

/**
 * "Minutes of the meeting held on 3 November 2025" links to those minutes (the parser gives the
 * date as a ref of kind 'minutes'); "Minutes of the previous meeting" to the committee's latest
 * minutes before the agenda. The committee's own minutes are preferred, then its council's.
 */
export function minutesLinks(context: Context, item: Item): LinkedEntry[] {
  const refs = (item.refs ?? []).filter((ref) => ref.kind === 'minutes' && ref.date < context.date);
  if (refs.length > 0) {
    return refs.flatMap((ref) => {
      const meeting = minutesOn(context, ref.date);
      return meeting ? [wholeMinutes(context, meeting, `explicit reference: "${ref.quote}"`)] : [];
    });
  }
  const previous = latestBefore(context);
  return previous
    ? [
        wholeMinutes(
          context,
          previous,
          'minutes of the previous meeting: the latest earlier minutes of this committee',
        ),
      ]
    : [];
}

/**
 * Minutes of meetings an item cites ("concern raised by Members at its meeting on 1 September
 * 2025", a ref of kind 'mention') that share any unit of its subject.
 */
export function citedMatches(context: Context, item: Item, units: Unit[]): Match[] {
  const cited = (item.refs ?? []).filter((ref) => ref.kind === 'mention' && ref.date < context.date);
  return cited.flatMap((ref) => {
    const meeting = minutesOn(context, ref.date);
    return (meeting ? (context.index.docsByMeeting.get(meeting.key) ?? []) : []).flatMap((id) => {
      const doc = context.index.docs.get(id)!;
      const evidence = weighEvidence(units, textCandidate(doc.title, doc.text), true);
      return evidence ? [{ doc, meeting: meeting!, evidence, citedAs: ref.quote }] : [];
    });
  });
}

function minutesOn(context: Context, date: string): IndexedMeeting | undefined {
  const onDate = [...context.index.meetings.values()].filter((m) => m.date === date);
  return (
    onDate.find((m) => m.committeeKey === context.committeeKey) ??
    onDate.find((m) => context.councilKey !== '' && m.councilKey === context.councilKey)
  );
}

function latestBefore(context: Context): IndexedMeeting | undefined {
  let latest: IndexedMeeting | undefined;
  for (const meeting of context.index.meetings.values()) {
    if (meeting.committeeKey !== context.committeeKey || meeting.date >= context.date) continue;
    if (!latest || meeting.date > latest.date) latest = meeting;
  }
  return latest;
}

function wholeMinutes(context: Context, meeting: IndexedMeeting, why: string): LinkedEntry {
  const subjects = (context.index.docsByMeeting.get(meeting.key) ?? []).map(
    (id) => context.index.docs.get(id)!.title,
  );
  return {
    ...describeMinute(meeting, {
      minute: meeting.minutes,
      title: `Minutes of ${meeting.committee}, ${meeting.date}`,
      text: subjects.join('; '),
      url: meeting.url,
    }),
    why,
    score: 1,
  };
}

/** The fields every link shows of the minute it points to. */
export function describeMinute(
  meeting: IndexedMeeting,
  minute: { minute: string; title: string; text: string; url?: string },
): Omit<LinkedEntry, 'why' | 'score'> {
  return {
    council: meeting.council,
    committee: meeting.committee,
    date: meeting.date,
    minute: minute.minute,
    title: minute.title,
    text: minute.text,
    url: minute.url ?? meeting.url,
  };
}
