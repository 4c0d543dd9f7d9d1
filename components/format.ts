const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-05-06" → "6 May 2025", without Date (no time-zone surprises). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return y && m && d ? `${d} ${MONTHS[m - 1]} ${y}` : iso;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "2 earlier decisions · 1 open follow-up": the counts that are not zero, each with its noun. */
export function counted(...counts: [count: number, noun: string][]): string {
  return counts
    .filter(([count]) => count > 0)
    .map(([count, noun]) => plural(count, noun))
    .join(' · ');
}

/**
 * Only http(s) links (issue #9): a javascript: or data: URL from a hostile page is never rendered
 * as a link. Entries shown in overlays come from the index, so their URLs are the index's sources.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
