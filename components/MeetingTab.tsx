import { useState } from 'preact/hooks';
import { formatDate, plural, safeHref } from './format';
import type { NoteView, PanelItem, PanelMeeting } from '../utils/model/views';

export interface MeetingTabProps {
  meeting: PanelMeeting | null;
  onSaveNote(itemNumber: string | undefined, text: string, id?: string): void;
  onSetStatus(actionId: string, status: 'done' | 'dropped'): void;
}

/** The current meeting: its items, what came before, open follow-ups and the user's notes per item. */
export function MeetingTab({ meeting, onSaveNote, onSetStatus }: MeetingTabProps) {
  if (!meeting) {
    return (
      <p>
        Open a council meeting page (an agenda or minutes) and its items appear here, with what was decided
        before and your notes. Everything shown is read from this browser, so it works offline.
      </p>
    );
  }
  return (
    <section aria-label="This meeting">
      <h2>
        {meeting.committee}, {formatDate(meeting.date)} ({meeting.role})
      </h2>
      {meeting.council && <p class="muted">{meeting.council}</p>}
      <NoteEditor
        label="Note on the whole meeting"
        notes={meeting.meetingNotes}
        onSave={(t, id) => onSaveNote(undefined, t, id)}
      />
      <ol class="items">
        {meeting.items.map((item) => (
          <ItemEntry key={item.number} item={item} onSaveNote={onSaveNote} onSetStatus={onSetStatus} />
        ))}
      </ol>
    </section>
  );
}

function ItemEntry({
  item,
  onSaveNote,
  onSetStatus,
}: { item: PanelItem } & Omit<MeetingTabProps, 'meeting'>) {
  return (
    <li data-item={item.number}>
      <h3>
        {item.number}. {item.title}
      </h3>
      {item.priorDecisions.length > 0 && (
        <details>
          <summary>{plural(item.priorDecisions.length, 'earlier decision')}</summary>
          <ul>
            {item.priorDecisions.map((d) => (
              <li key={`${d.date}-${d.minute}`}>
                <Where committee={d.committee} date={d.date} minute={d.minute} url={d.url} />: {d.text}
                <div class="muted">Linked because: {d.why}</div>
              </li>
            ))}
          </ul>
        </details>
      )}
      {item.openActions.length > 0 && (
        <ul aria-label={`Open follow-ups on item ${item.number}`}>
          {item.openActions.map((a) => (
            <li key={a.actionId}>
              <strong>Open:</strong> {a.text}{' '}
              <span class="muted">
                (<Where committee={a.committee} date={a.date} minute={a.minute} url={a.url} />)
              </span>{' '}
              <button
                onClick={() => onSetStatus(a.actionId, 'done')}
                aria-label={`Mark done: ${a.text.slice(0, 80)}`}
              >
                Done
              </button>{' '}
              <button
                onClick={() => onSetStatus(a.actionId, 'dropped')}
                aria-label={`Drop: ${a.text.slice(0, 80)}`}
              >
                Drop
              </button>
            </li>
          ))}
        </ul>
      )}
      <NoteEditor
        label={`Note on item ${item.number}`}
        notes={item.notes}
        onSave={(text, id) => onSaveNote(item.number, text, id)}
      />
    </li>
  );
}

export function Where(props: { committee: string; date: string; minute: string; url?: string }) {
  const text = `${props.committee}, ${formatDate(props.date)}, minute ${props.minute}`;
  const href = safeHref(props.url);
  return href ? (
    <a href={href} target="_blank" rel="noreferrer">
      {text}
    </a>
  ) : (
    <>{text}</>
  );
}

/** One note per target: edit in place; saved on demand, kept in IndexedDB at once. */
function NoteEditor({
  label,
  notes,
  onSave,
}: {
  label: string;
  notes: NoteView[];
  onSave(text: string, id?: string): void;
}) {
  const existing = notes[0];
  const [text, setText] = useState(existing?.text ?? '');
  const [saved, setSaved] = useState(false);
  return (
    <div class="note">
      {existing?.conflicted && (
        <p class="warn" role="status">
          This note was edited in two browsers at once; both versions are kept below. Edit it to settle it.
        </p>
      )}
      <label>
        {label}
        <textarea
          rows={2}
          value={text}
          onInput={(e) => {
            setText((e.target as HTMLTextAreaElement).value);
            setSaved(false);
          }}
        />
      </label>
      <button
        onClick={() => {
          onSave(text, existing?.id);
          setSaved(true);
        }}
        disabled={text === (existing?.text ?? '')}
      >
        Save note
      </button>
      {saved && <span role="status"> Saved on this computer.</span>}
    </div>
  );
}
