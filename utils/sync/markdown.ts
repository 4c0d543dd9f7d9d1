import type { FollowUp, Highlight, MeetingLabel, Note } from '../model/notes';
import { isDeleted } from './merge';

/**
 * All notes and follow-ups as Markdown, grouped by meeting (newest first), to paste into an
 * email before a meeting. Deleted entities are left out.
 */
export interface NotesData {
  notes: Note[];
  followUps: FollowUp[];
  highlights: Highlight[];
}

interface MeetingGroup {
  label: MeetingLabel;
  notes: Note[];
  followUps: FollowUp[];
}

const STATUS_BOX = { open: '[ ]', done: '[x]', dropped: '[-]' } as const;

function heading(label: MeetingLabel): string {
  return `## ${[label.council, label.committee].filter(Boolean).join(' — ')}, ${label.date}`;
}

/** "7a" after "7" and before "10": item numbers as printed, compared number first. */
function compareItemNumbers(a = '', b = ''): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function noteLines(note: Note, highlights: Map<string, Highlight>): string[] {
  const where = note.target.itemNumber
    ? `Item ${note.target.itemNumber}${note.label.itemTitle ? ` (${note.label.itemTitle})` : ''}`
    : 'Meeting';
  const lines = [`- **${where}:** ${indent(note.fields.text.v)}`];
  const quote = note.target.highlightId ? highlights.get(note.target.highlightId)?.quote : undefined;
  if (quote) lines.push(`  > ${quote.replace(/\s+/g, ' ')}`);
  return lines;
}

function followUpLine(followUp: FollowUp): string {
  const { text, status, owner, due } = followUp.fields;
  const extras = [owner?.v && `owner: ${owner.v}`, due?.v && `due: ${due.v}`].filter(Boolean);
  const suffix = extras.length ? ` (${extras.join('; ')})` : '';
  return `- ${STATUS_BOX[status.v]} ${indent(text.v)}${suffix}${status.v === 'dropped' ? ' — dropped' : ''}`;
}

/** Continuation lines of a multi-line text stay inside their list item. */
function indent(text: string): string {
  return text.trim().replace(/\n/g, '\n  ');
}

export function exportMarkdown(data: NotesData): string {
  const groups = new Map<string, MeetingGroup>();
  const groupFor = (meetingKey: string, label: MeetingLabel) => {
    const group = groups.get(meetingKey) ?? { label, notes: [], followUps: [] };
    groups.set(meetingKey, group);
    return group;
  };
  for (const note of data.notes.filter((n) => !isDeleted(n)))
    groupFor(note.target.meetingKey, note.label).notes.push(note);
  for (const followUp of data.followUps.filter((f) => !isDeleted(f))) {
    const label = followUp.label ?? {
      committee: followUp.committeeKey,
      date: followUp.meetingKey.split('|')[2] ?? '',
    };
    groupFor(followUp.meetingKey, label).followUps.push(followUp);
  }
  const highlights = new Map(data.highlights.map((h) => [h.id, h]));
  const sections = [...groups.values()]
    .sort((a, b) => b.label.date.localeCompare(a.label.date))
    .map((group) => {
      const notes = [...group.notes]
        .sort(
          (a, b) => compareItemNumbers(a.target.itemNumber, b.target.itemNumber) || a.createdAt - b.createdAt,
        )
        .flatMap((note) => noteLines(note, highlights));
      const followUps = group.followUps.map(followUpLine);
      return [
        heading(group.label),
        ...(notes.length ? ['', '### Notes', ...notes] : []),
        ...(followUps.length ? ['', '### Follow-ups', ...followUps] : []),
      ].join('\n');
    });
  return ['# Agenda Lens notes', '', ...sections].join('\n\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
