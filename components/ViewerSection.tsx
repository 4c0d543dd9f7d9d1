export interface ViewerSectionProps {
  /** Whether council PDFs open in the Agenda Lens viewer by themselves. */
  enabled: boolean;
  /** The sites of the councils in the index, which turning the setting on asks to read. */
  councilSites: string[];
  onChange(enabled: boolean): void;
}

/** The setting that opens council PDFs in the viewer instead of the browser's PDF viewer (off by default). */
export function ViewerSection({ enabled, councilSites, onChange }: ViewerSectionProps) {
  return (
    <section aria-labelledby="viewer-heading">
      <h2 id="viewer-heading">Council PDFs</h2>
      <p>
        <label>
          <input
            type="checkbox"
            checked={enabled}
            onChange={(e) => onChange((e.target as HTMLInputElement).checked)}
          />{' '}
          Open council PDFs (agenda packs, reports, minutes) in the Agenda Lens viewer
        </label>
      </p>
      <p class="muted">
        Only on council sites you allowed Agenda Lens to read
        {councilSites.length > 0 &&
          `; turning this on asks to read the ${councilSites.length === 1 ? 'site' : `${councilSites.length} sites`} of the councils in your index (${councilSites.map((s) => new URL(s).host).join(', ')})`}
        . Other PDFs open as usual. Press Back in the viewer to see the PDF in the browser&apos;s own viewer.
      </p>
    </section>
  );
}
