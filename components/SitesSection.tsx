export interface SitesSectionProps {
  sites: string[];
  onRemove(origin: string): void;
}

/** Sites the user opted in from the popup; removing one revokes the permission and the script. */
export function SitesSection({ sites, onRemove }: SitesSectionProps) {
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Other council sites you allowed</h2>
      {sites.length === 0 && (
        <p class="muted">
          None. Agenda Lens runs by itself only on known meeting platforms; on another council site, use the
          toolbar button there.
        </p>
      )}
      <ul>
        {sites.map((origin) => (
          <li key={origin}>
            {origin}{' '}
            <button onClick={() => onRemove(origin)} aria-label={`Remove ${origin}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
