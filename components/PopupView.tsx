import type { TabState } from '../utils/ext/tab-state';
import { Checkbox } from './Checkbox';

export interface PopupViewProps {
  state: TabState | null;
  siteEnabled: boolean;
  origin: string | null;
  onToggleSite(enabled: boolean): void;
  onOpenSidePanel?: () => void;
  /** Offered where the content script did not run: a site on no known platform. */
  onOptIn?: () => void;
  /** Offered on a meeting page whose committee's past meetings can be read (ModernGov, Legistar). */
  onBackfill?: () => void;
  backfillMessage?: string | null;
  /** Offered on a council PDF (agenda pack, printed minutes). */
  onOpenPdf?: () => void;
  /** Offered on a meeting page that links to its agenda packs or printed minutes. */
  onReadPacks?: () => void;
  /** Whether the extension may fetch from this site (without it, packs are read only when asked). */
  packsAllowed?: boolean;
  /** What came of each pack, one line each. */
  packLines?: string[];
}

const KIND_NAMES: Record<string, string> = {
  agenda: 'a meeting agenda',
  minutes: 'meeting minutes',
  decision: 'a decision',
  item: 'an agenda item',
  'issue-history': 'an issue history',
  'meeting-list': 'a list of meetings',
  committee: 'a committee page',
  other: 'not a meeting page',
};

/** The state of this tab: recognised or not, which system, how many items linked; and the site switch. */
export function PopupView(props: PopupViewProps) {
  const { state } = props;
  return (
    <main>
      <h1>Agenda Lens</h1>
      {!state && <p>Agenda Lens has not looked at this tab: it runs only on council meeting sites.</p>}
      {props.onOpenPdf && (
        <p>
          <button class="primary" onClick={props.onOpenPdf}>
            Open this PDF in the Agenda Lens viewer
          </button>
          <br />
          <span class="muted">
            The viewer lists its agenda items with their history and lets you highlight and note.
          </span>
        </p>
      )}
      {!state && !props.onOpenPdf && props.onOptIn && props.origin && (
        <p>
          <button class="primary" onClick={props.onOptIn}>
            Use Agenda Lens on {new URL(props.origin).host}
          </button>
          <br />
          <span class="muted">Your browser will ask to let Agenda Lens read pages on this one site.</span>
        </p>
      )}
      {state && (
        <div aria-live="polite">
          <p>
            <strong>{recognised(state) ? 'Recognised: ' : 'Not recognised: '}</strong>
            {KIND_NAMES[state.detection.kind] ?? state.detection.kind}
            {state.detection.system !== 'none' && ` on ${state.detection.system}`}.
          </p>
          {state.itemsRead !== undefined && (
            <p>
              {state.itemsRead} items read; {state.itemsLinked ?? 0} with earlier decisions or open
              follow-ups.
            </p>
          )}
          <p class="muted">{state.detection.reason}</p>
        </div>
      )}
      {props.origin && (
        <p>
          <Checkbox checked={props.siteEnabled} onChange={props.onToggleSite}>
            Agenda Lens on {new URL(props.origin).host}
          </Checkbox>
        </p>
      )}
      {props.onBackfill && (
        <p>
          <button onClick={props.onBackfill}>Index this committee's past meetings</button>
          <br />
          <span class="muted">
            Reads its earlier agendas and minutes from this site, one page a second, so their decisions show
            here.
          </span>
          {props.backfillMessage && <span role="status"> {props.backfillMessage}</span>}
        </p>
      )}
      {props.onReadPacks && state?.packs?.length ? (
        <div class="packs">
          <button onClick={props.onReadPacks}>Read this meeting's PDF papers ({state.packs.length})</button>
          <br />
          <span class="muted">
            {props.packsAllowed
              ? 'Its agenda packs and printed minutes are fetched from this site, one a second, and their decisions indexed.'
              : `Agenda Lens may not fetch from ${new URL(state.url).host}, so it does not read this site's PDF papers by itself; the button asks your browser for that one site.`}
          </span>
          {props.packLines?.length ? (
            <ul role="status" aria-label="PDF papers">
              {props.packLines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {props.onOpenSidePanel && (
        <p>
          <button class="primary" onClick={props.onOpenSidePanel}>
            Open the side panel
          </button>
        </p>
      )}
    </main>
  );
}

function recognised(state: TabState): boolean {
  return !['other', 'meeting-list', 'committee'].includes(state.detection.kind);
}
