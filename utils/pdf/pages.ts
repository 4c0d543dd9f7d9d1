import type { Item } from '../model/record';

/**
 * The page (1-based) of a pack where an item is best read, for the viewer's "jump to item":
 * the first page the agenda prints for it ("(Pages 13 - 40)": packs number their pages as the
 * PDF does), else the page where its numbered heading stands ("37. Update on …", as minutes have
 * it), else the first page that mentions its title.
 */
export function itemPage(
  item: Pick<Item, 'number' | 'title' | 'pages'>,
  pageTexts: string[],
): number | undefined {
  const printed = Number(item.pages?.match(/\d+/)?.[0]);
  if (printed >= 1 && printed <= pageTexts.length) return printed;
  const title = comparable(item.title).slice(0, TITLE_PREFIX);
  if (title === '') return undefined;
  const pages = pageTexts.map(comparableLines);
  const heading = `${comparable(item.number)} ${title}`;
  const headed = pages.findIndex((lines) =>
    lines.some((line) => line.replace(/^(\S+?)\.? /, '$1 ').startsWith(heading)),
  );
  if (headed >= 0) return headed + 1;
  const mentioned = pages.findIndex((lines) => lines.some((line) => line.includes(title)));
  return mentioned >= 0 ? mentioned + 1 : undefined;
}

// Enough of a title to find it; long titles wrap or get abbreviated in running text.
const TITLE_PREFIX = 40;

function comparableLines(text: string): string[] {
  return text.split('\n').map(comparable);
}

/** Case, quote style and spacing differ between an agenda, its headings and the parser's title. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}
