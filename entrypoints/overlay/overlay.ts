import { h, render } from 'preact';
import { ItemOverlay, type ItemOverlayProps } from '../../components/ItemOverlay';
import { looksLikeCouncilPdf } from '../../utils/sites/pdf-urls';
import { send } from '../../utils/ext/send';
import type { ItemLinks } from '../../utils/model/links';
import type { CachedLinks } from '../../utils/ext/links-cache';
import type { PageLinks } from '../../utils/ext/reading';
import { fingerprint } from '../../utils/model/fingerprint';
import { actionId } from '../../utils/model/keys';
import { mainRecord } from '../../utils/model/main-record';
import type { MeetingRecord } from '../../utils/model/record';
import { extractPage } from '../../utils/sites/extract';
import { titleElements } from '../../utils/sites/locate-items';
import { findPackLinks } from '../../utils/sites/packs';
import type { PageExtract } from '../../utils/sites/types';
import { listenForBackfill } from './backfill';
import { startHighlights } from './highlights';
import { childLifetime, type Lifetime } from './lifetime';
import { attachShadowUi, placeHost } from './shadow-ui';

/**
 * Read the page, hand the records to the background, and put a badge beside each linked item,
 * unless the user turned the site off (`allowed`): the page is read while that answer comes.
 * On a page read before, the links kept from then (`kept`, asked for at document_start) give the
 * badges as soon as the page is read, if it still holds what it held, without waiting for the
 * background to link it again; the background's answer then confirms them or replaces them.
 */
export async function startOverlay(
  lifetime: Lifetime,
  doc: Document,
  url: string,
  allowed: Promise<boolean>,
  kept: Promise<CachedLinks | null> = Promise.resolve(null),
): Promise<void> {
  const started = performance.now();
  const { records, warnings, titles } = extractPage(doc, url);
  const shown = mainRecord(records);
  const print = fingerprint(records);
  // The links kept from the last visit (asked for at document_start, so here or about to come,
  // and before the answer to page-read), if the page holds what it held then.
  const last = await kept;
  const cached = shown && last?.print === print ? last.links : null;
  // Reading a long agenda is a long task already: the page answers its user before the next. A
  // short one goes on, as a yield costs the badges a turn behind the page's own work (1-9 ms).
  if (!cached && performance.now() - started > LONG_TASK_MS) await yieldToPage();
  const packs = findPackLinks(doc, url);
  const extracted = performance.now();
  // Sent at once, so the background links while the page draws its first frame; it refuses the
  // records itself if the user turned this site off.
  const linking = send<PageLinks>({ type: 'page-read', url, records, packs, print });
  let badges = shown && cached ? mountBadges(lifetime, doc, shown, cached, titles) : undefined;
  if (!(await allowed)) {
    linking.catch(() => undefined);
    badges?.remove();
    console.debug('Agenda Lens: turned off on this site from the popup');
    return;
  }
  listenForBackfill(lifetime, doc, url);
  if (warnings.length) console.info('Agenda Lens:', warnings.join('; '));
  const links = await linking;
  const linked = performance.now();
  if (!shown) {
    console.info('Agenda Lens: no overlay: no agenda items could be read from this page');
    return;
  }
  const confirmed = Boolean(badges) && JSON.stringify(links) === JSON.stringify(cached);
  if (!badges || !confirmed) {
    badges?.remove();
    badges = mountBadges(lifetime, doc, shown, links, titles);
  }
  // Which links the badges came from (a test hook, as lensReady): kept from the last visit and
  // confirmed, kept but replaced by the background's answer, or the answer alone.
  doc.documentElement.dataset.lensLinks = confirmed ? 'kept' : cached ? 'replaced' : 'answered';
  await badges.mounted;
  const mounted = performance.now();
  if (links.meetingKey) await startHighlights(lifetime, doc, url, links.meetingKey);
  // Where the overlay's time goes, in the page's performance timeline (DevTools, the benchmark).
  performance.measure('agenda-lens: read page', { start: started, end: extracted });
  performance.measure('agenda-lens: index and link', { start: extracted, end: linked });
  performance.measure('agenda-lens: badges', { start: cached ? extracted : linked, end: mounted });
  performance.measure('agenda-lens: highlights', { start: mounted });
  doc.documentElement.dataset.lensReady = String(Math.round(performance.now() - started));
}

interface Badges {
  /** Settles when every item has its badge (the page may have had turns in between). */
  mounted: Promise<void>;
  remove(): void;
}

/** The record's items and the page's links; `titles`, where the adapter found each item's title. */
type Shown = [record: MeetingRecord, links: PageLinks, titles: PageExtract['titles']];

function mountBadges(lifetime: Lifetime, doc: Document, ...shown: Shown): Badges {
  const own = childLifetime(lifetime);
  return { mounted: mountEach(own, doc, ...shown), remove: own.end };
}

async function mountEach(lifetime: Lifetime, doc: Document, ...[record, links, titles]: Shown) {
  const byNumber = new Map(links.items.map((item) => [item.number, item]));
  const tracked = new Set(links.tracked);
  // One listener removes every badge, rather than one per badge (100 on a long agenda: issue #8).
  const undo: (() => void)[] = [];
  lifetime.onEnd(() => undo.forEach((step) => step()));
  let taskStart = performance.now();
  const located = titleElements(doc, record.items, titles);
  for (const [item, element] of located) {
    // Give the page its main thread back when this task grows long: a long agenda must not freeze it.
    if (performance.now() - taskStart > LONG_TASK_MS) {
      await yieldToPage();
      if (lifetime.signal.aborted) return; // replaced or removed meanwhile
      taskStart = performance.now();
    }
    const itemLinks = byNumber.get(item.number) ?? {
      number: item.number,
      title: item.title,
      priorDecisions: [],
      openActions: [],
    };
    const recognised =
      record.role === 'minutes'
        ? {
            decisions: item.decisions.length,
            actions: item.actions.map((action) => {
              const id = actionId(record.meeting, item.number, action.text);
              return {
                id,
                text: action.text,
                owner: action.owner,
                due: action.due,
                tracked: tracked.has(id),
              };
            }),
          }
        : undefined;
    const papers = item.documents?.filter((document) => looksLikeCouncilPdf(document.url));
    undo.push(...mountBadge(element, itemLinks, recognised, papers));
  }
}

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/** A task longer than this delays the page's answer to a click or key enough to be felt (RAIL). */
const LONG_TASK_MS = 50;

/** A badge inside a link or button would click through to it: put it just after such an element. */
const INTERACTIVE = 'a, button, label, summary, select';

/** Put one item's badge beside its title; returns what removes it. */
function mountBadge(
  element: Element,
  links: ItemLinks,
  recognised: ItemOverlayProps['recognised'],
  papers: ItemOverlayProps['papers'],
): (() => void)[] {
  const interactive = element.closest(INTERACTIVE);
  const host = placeHost({
    name: 'agenda-lens-badge',
    anchor: interactive ?? element,
    append: interactive ? 'after' : 'last',
  });
  const undo = [() => host.remove()];
  const counts = (prior: number, open: number) => {
    host.dataset.priorCount = String(prior);
    host.dataset.openCount = String(open);
  };
  counts(links.priorDecisions.length, links.openActions.length);
  // Most items of a long agenda have no history and no papers: they get the bare host, not a
  // shadow root and a component tree that would render nothing (100 of them cost 30-50 ms: issue #8).
  if (hasSomethingToShow(links, recognised, papers)) {
    const container = attachShadowUi(host, { isolateEvents: ['keydown', 'keyup', 'keypress'] });
    render(
      h(ItemOverlay, {
        links,
        recognised,
        onSetStatus: (id, status) => send({ type: 'set-action-status', actionId: id, status }),
        onTrack: (id) => send({ type: 'set-action-status', actionId: id, status: 'open' }),
        onCounts: counts,
        papers,
        // A content script cannot open an extension page: the background opens the viewer beside this tab.
        onOpenPaper: (pdfUrl) => void send({ type: 'open-in-viewer', url: pdfUrl }),
      }),
      container,
    );
    undo.unshift(() => render(null, container));
  }
  // Set last: the item's test hook (and the benchmark's "badge shown") means the badge is drawn.
  host.dataset.lensItem = links.number;
  return undo;
}

/** What ItemOverlay would draw anything for: history, recognised minutes, or papers to open. */
function hasSomethingToShow(
  links: ItemLinks,
  recognised: ItemOverlayProps['recognised'],
  papers: ItemOverlayProps['papers'],
): boolean {
  return Boolean(links.priorDecisions.length || links.openActions.length || recognised || papers?.length);
}
