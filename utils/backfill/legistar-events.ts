/**
 * Legistar web API events (`/v1/{client}/events`) → the meeting pages on the council's own
 * Legistar site (EventInSiteURL), which the page adapter reads like any meeting page.
 */
export interface ListedEvent {
  url: string;
  date: string;
}

export function listLegistarEvents(json: unknown): ListedEvent[] {
  const rows = Array.isArray(json) ? json : [];
  return rows.flatMap((row: unknown) => {
    const { EventInSiteURL: url, EventDate: date } = (row ?? {}) as Record<string, unknown>;
    return typeof url === 'string' && typeof date === 'string' ? [{ url, date: date.slice(0, 10) }] : [];
  });
}
