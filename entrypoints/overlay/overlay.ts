import { send } from '../../utils/ext/send';
import type { CachedLinks } from '../../utils/ext/links-cache';
import type { Message } from '../../utils/ext/messages';
import type { PageLinks, PageReadAnswer } from '../../utils/ext/reading';
import { fingerprint, MAX_PRINTED_TEXT } from '../../utils/model/fingerprint';
import { mainRecord } from '../../utils/model/main-record';
import { extractPage } from '../../utils/sites/extract';
import { findPackLinks } from '../../utils/sites/packs';
import type { Detection } from '../../utils/sites/types';
import { listenForBackfill } from './backfill';
import { mountRecordBadges, type Badges } from './badges';
import { startHighlights } from './highlights';
import type { Lifetime } from './lifetime';
import { afterNextFrame, LONG_TASK_MS, yieldToPage } from './turns';
import { answerWhichPage } from './which-page';

/**
 * Read the page, hand the records to the background, and put a badge beside each linked item,
 * unless the user turned the site off (`allowed`): the page is read while that answer comes.
 * On a page read before, the links kept from then (`kept`, asked for at document_start) give the
 * badges as soon as the page is read, if it still holds what it held, without waiting for the
 * background to link it again; the background's answer then confirms them or replaces them.
 * Where the badges were put back before reading (`putBack`, from where they went last time), the
 * page draws them first and is read after; they are kept if it still holds what it held.
 */
export async function startOverlay(
  lifetime: Lifetime,
  doc: Document,
  url: string,
  { enabled: allowed, detection }: { enabled: Promise<boolean>; detection: Detection },
  kept: Promise<CachedLinks | null> = Promise.resolve(null),
  putBack?: Badges,
): Promise<void> {
  answerWhichPage(lifetime);
  if (putBack) await afterNextFrame();
  const started = performance.now();
  const { records, warnings, titles } = extractPage(doc, url, detection);
  const shown = mainRecord(records);
  const text = JSON.stringify(records);
  // Sent at once, before the kept links are known, so that the background links while the page
  // draws its first frame (or answers from what it kept); it refuses the records itself if the
  // user turned this site off. It prints their text for its cache, and answers with the print,
  // so the page prints them only to compare them with links kept from a last visit.
  const pageRead: Message = {
    type: 'page-read',
    url,
    records,
    packs: findPackLinks(doc, url, detection),
    recordsText: text.length <= MAX_PRINTED_TEXT ? text : undefined,
  };
  const linking = send<PageReadAnswer>(pageRead);
  const extracted = performance.now();
  // The links kept from the last visit (asked for at document_start, so here or about to come,
  // and before the answer to page-read), if the page holds what it held then.
  const last = await kept;
  const cached = shown && last && last.print === fingerprint(text) ? last.links : null;
  // Put back badges stay if the page still holds what it held, and its scripts did not rebuild it since.
  const keepPutBack = Boolean(cached && putBack?.intact());
  if (putBack && !keepPutBack) putBack.remove();
  // Reading a long agenda is a long task already: the page answers its user before the next. A
  // short one goes on, as a yield costs the badges a turn behind the page's own work (1-9 ms).
  if (!cached && performance.now() - started > LONG_TASK_MS) await yieldToPage();
  let badges =
    shown && cached
      ? keepPutBack
        ? putBack!
        : mountRecordBadges(lifetime, doc, shown, cached, titles)
      : undefined;
  if (!(await allowed)) {
    linking.catch(() => undefined);
    badges?.remove();
    console.debug('Agenda Lens: turned off on this site from the popup');
    return;
  }
  listenForBackfill(lifetime, doc, url);
  if (warnings.length) console.info('Agenda Lens:', warnings.join('; '));
  const { print: answeredPrint, ...links } = await linking;
  const linked = performance.now();
  if (!shown) {
    console.info('Agenda Lens: no overlay: no agenda items could be read from this page');
    return;
  }
  const confirmed = Boolean(badges) && sameLinks(links, cached);
  if (!badges || !confirmed) {
    badges?.remove();
    badges = mountRecordBadges(lifetime, doc, shown, links, titles);
  }
  const placed = confirmed && badges === putBack;
  doc.documentElement.dataset.lensLinks = badgeSource(placed, confirmed, Boolean(cached));
  await badges.mounted;
  const mounted = performance.now();
  redrawWhenRestored(lifetime, pageRead, { badges, links }, (fresh) =>
    mountRecordBadges(lifetime, doc, shown, fresh, titles),
  );
  if (!placed && answeredPrint) keepLayoutLater(badges, url, answeredPrint);
  if (links.meetingKey) await startHighlights(lifetime, doc, url, links.meetingKey);
  // Where the overlay's time goes, in the page's performance timeline (DevTools, the benchmark).
  performance.measure('agenda-lens: read page', { start: started, end: extracted });
  performance.measure('agenda-lens: index and link', { start: extracted, end: linked });
  performance.measure('agenda-lens: badges', { start: cached ? extracted : linked, end: mounted });
  performance.measure('agenda-lens: highlights', { start: mounted });
  doc.documentElement.dataset.lensReady = String(Math.round(performance.now() - started));
}

/**
 * A page restored from the back/forward cache runs none of our scripts again: it sends what it
 * holds again, so that the tab's state (the side panel's meeting) is of it once more, and redraws
 * its badges if their links changed while it was away (a follow-up marked done elsewhere).
 */
function redrawWhenRestored(
  lifetime: Lifetime,
  pageRead: Message,
  drawn: { badges: Badges; links: PageLinks },
  draw: (links: PageLinks) => Badges,
): void {
  let current = drawn;
  const redraw = ({ print: _print, ...links }: PageReadAnswer) => {
    if (sameLinks(links, current.links)) return;
    current.badges.remove();
    current = { badges: draw(links), links };
  };
  const onShow = (event: PageTransitionEvent) =>
    event.persisted && void send<PageReadAnswer>(pageRead).then(redraw, () => undefined);
  addEventListener('pageshow', onShow, { signal: lifetime.signal });
}

/** Whether badges drawn from `drawn` show what `links` say (the answers are plain JSON). */
function sameLinks(links: PageLinks, drawn: PageLinks | null): boolean {
  return JSON.stringify(links) === JSON.stringify(drawn);
}

/**
 * Which links the badges came from (a test hook, as lensReady): kept from the last visit and
 * confirmed (put back before reading, or after), kept but replaced by the background's answer,
 * or the answer alone.
 */
function badgeSource(placed: boolean, confirmed: boolean, cached: boolean): string {
  if (placed) return 'put back';
  if (confirmed) return 'kept';
  return cached ? 'replaced' : 'answered';
}

/**
 * Tell the background where the badges went, so that next time they are put back before the
 * page is read, if the background printed the records (`print`: it did unless they were too long
 * to keep). In a later task: finding their places walks the whole page, and the page draws first.
 */
function keepLayoutLater(badges: Badges, url: string, print: string): void {
  setTimeout(() => {
    const layout = badges.layout();
    if (!layout) return;
    send({ type: 'page-layout', url, print, layout }).catch(() => undefined);
  });
}
