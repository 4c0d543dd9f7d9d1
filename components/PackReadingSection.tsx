import { Checkbox } from './Checkbox';

export interface PackReadingSectionProps {
  autoRead: boolean;
  onAutoRead(enabled: boolean): void;
  /** PDFs waiting to be read, and whether reading is under way. */
  pending: number;
  running: boolean;
  onStop(): void;
  /** Sites the extension may fetch PDFs from (allowed from the popup). */
  sites: string[];
  onRemoveSite(origin: string): void;
}

/** Reading agenda packs and printed minutes in the background: the setting, progress, allowed sites. */
export function PackReadingSection(props: PackReadingSectionProps) {
  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">Agenda packs and printed minutes</h2>
      <p>
        <Checkbox checked={props.autoRead} onChange={props.onAutoRead}>
          Read the PDF papers of meetings I open, on sites I allowed
        </Checkbox>
        <br />
        <span class="muted">
          Meeting pages link to their agenda pack and printed minutes as PDFs. Agenda Lens fetches them from
          the council's site, one a second, reads them in this browser and adds their decisions to your index,
          so they show beside later agendas. On other sites it reads them only when you ask from the toolbar
          button there, which asks your browser for that one site.
        </span>
      </p>
      <p role="status">
        {props.running || props.pending > 0
          ? `${props.pending} PDF ${props.pending === 1 ? 'paper' : 'papers'} waiting to be read.`
          : 'No PDF papers waiting to be read.'}{' '}
        {props.running && <button onClick={props.onStop}>Stop reading</button>}
      </p>
      {props.sites.length > 0 && (
        <>
          <p>Sites Agenda Lens may fetch from:</p>
          <ul>
            {props.sites.map((origin) => (
              <li key={origin}>
                {origin}{' '}
                <button onClick={() => props.onRemoveSite(origin)} aria-label={`Remove ${origin}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
