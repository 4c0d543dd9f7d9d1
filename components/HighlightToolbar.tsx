import { useEffect, useRef, useState } from 'preact/hooks';

/** The selection's box in viewport coordinates (Range.getBoundingClientRect()). */
export interface SelectionRect {
  left: number;
  bottom: number;
}

export interface HighlightToolbarProps {
  anchorRect: SelectionRect;
  /** Move focus to the first button on show: for a selection made with the keyboard. */
  autoFocus?: boolean;
  onFollowUp(): void;
  onNote(text: string): void;
  onCancel(): void;
}

/** Gap between the selection and the toolbar, and the least margin kept from the viewport's left edge. */
const GAP_PX = 8;

/**
 * Rendered in a shadow root, so it brings all its own styles. Fixed positioning takes it out of
 * the page's flow: showing it moves nothing on the page.
 */
const TOOLBAR_CSS = `
.toolbar { position: fixed; z-index: 2147483646; display: flex; flex-direction: column; gap: 6px; padding: 6px; border-radius: 8px; border: 1px solid #aab4bf; background: #fff; color: #1d2733; box-shadow: 0 4px 16px rgba(0,0,0,.18); font: 13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; max-width: min(22em, calc(100vw - 16px)); box-sizing: border-box; }
.row { display: flex; gap: 6px; }
.note { display: flex; flex-direction: column; gap: 6px; margin: 0; }
button { all: unset; cursor: pointer; padding: 4px 10px; border-radius: 5px; border: 1px solid #8a96a3; background: #f6f8fa; color: #1d2733; font-size: 13px; line-height: 18px; }
button.primary { background: #00594f; border-color: #00594f; color: #fff; }
button:hover { filter: brightness(0.95); }
button:focus-visible, textarea:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
label { font-size: 12px; color: #4d5966; }
textarea { font: inherit; width: 20em; max-width: 100%; min-height: 4.5em; resize: vertical; box-sizing: border-box; padding: 4px 6px; border-radius: 5px; border: 1px solid #8a96a3; background: #fff; color: #1d2733; }
@media (prefers-color-scheme: dark) {
  .toolbar { background: #1f252b; color: #e8edf2; border-color: #4a5560; }
  button { background: #2b333b; color: #e8edf2; border-color: #6b7885; }
  button.primary { background: #2f8f80; border-color: #2f8f80; color: #fff; }
  label { color: #aeb8c2; }
  textarea { background: #14191e; color: #e8edf2; border-color: #6b7885; }
}
@media (prefers-reduced-motion: no-preference) { .toolbar { animation: lens-toolbar-in 100ms ease-out; } }
@keyframes lens-toolbar-in { from { opacity: 0; } to { opacity: 1; } }
`;

function NoteForm(props: { onSave(text: string): void; onCancel(): void }) {
  const [text, setText] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const save = () => text.trim() && props.onSave(text.trim());
  return (
    <div class="note">
      <label for="lens-note">Note on this passage</label>
      <textarea
        id="lens-note"
        ref={field}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        // Ctrl/Cmd+Enter saves, as in most note fields; a plain Enter makes a new line.
        onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && save()}
      />
      <div class="row">
        <button type="button" class="primary" disabled={!text.trim()} onClick={save}>
          Save
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Shown beside a text selection on a meeting page: keep it as a follow-up, or write a note on it. */
export function HighlightToolbar(props: HighlightToolbarProps) {
  const [writingNote, setWritingNote] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (props.autoFocus) first.current?.focus();
  }, [props.autoFocus]);
  const place = {
    top: `${props.anchorRect.bottom + GAP_PX}px`,
    left: `${Math.max(GAP_PX, props.anchorRect.left)}px`,
  };
  return (
    <div
      class="toolbar"
      role="toolbar"
      aria-label="Agenda Lens: keep this passage"
      style={place}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
      // Pressing a button must not clear the user's selection on the page.
      onMouseDown={(e) => (e.target as Element).localName === 'button' && e.preventDefault()}
    >
      <style>{TOOLBAR_CSS}</style>
      {writingNote ? (
        <NoteForm onSave={props.onNote} onCancel={props.onCancel} />
      ) : (
        <div class="row">
          <button type="button" class="primary" ref={first} onClick={props.onFollowUp}>
            Follow up
          </button>
          <button type="button" onClick={() => setWritingNote(true)}>
            Note
          </button>
        </div>
      )}
    </div>
  );
}
