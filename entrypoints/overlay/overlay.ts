import { h, render } from 'preact';
import { ItemOverlay, type ItemOverlayProps } from '../../components/ItemOverlay';
import { looksLikeCouncilPdf } from '../../utils/sites/pdf-urls';
import { send } from '../../utils/ext/send';
import type { ItemLinks } from '../../utils/model/links';
import type { PageLinks } from '../../utils/ext/reading';
import { actionId } from '../../utils/model/keys';
import { mainRecord } from '../../utils/model/main-record';
import type { MeetingRecord } from '../../utils/model/record';
import { extractPage } from '../../utils/sites/extract';
import { locateItems } from '../../utils/sites/locate-items';
import { findPackLinks } from '../../utils/sites/packs';
import { listenForBackfill } from './backfill';
import { startHighlights } from './highlights';
import type { Lifetime } from './lifetime';
import { mountShadowUi } from './shadow-ui';

/**
 * Read the page, hand the records to the background, and put a badge beside each linked item,
 * unless the user turned the site off (`allowed`): the page is read while that answer comes.
 */
export async function startOverlay(
  lifetime: Lifetime,
  doc: Document,
  url: string,
  allowed: Promise<boolean>,
): Promise<void> {
  const started = performance.now();
  const { records, warnings } = extractPage(doc, url);
  // Reading a long agenda is a long task already: the page answers its user before the next. A
  // short one goes on, as a yield costs the badges a turn behind the page's own work (1-9 ms).
  if (performance.now() - started > LONG_TASK_MS) await yieldToPage();
  const packs = findPackLinks(doc, url);
  const extracted = performance.now();
  if (!(await allowed)) {
    console.debug('Agenda Lens: turned off on this site from the popup');
    return;
  }
  listenForBackfill(lifetime, doc, url);
  if (warnings.length) console.info('Agenda Lens:', warnings.join('; '));
  const links = await send<PageLinks>({ type: 'page-read', url, records, packs });
  const linked = performance.now();
  const shown = mainRecord(records);
  if (!shown) {
    console.info('Agenda Lens: no overlay: no agenda items could be read from this page');
    return;
  }
  await mountBadges(lifetime, doc, shown, links);
  const mounted = performance.now();
  if (links.meetingKey) await startHighlights(lifetime, doc, url, links.meetingKey);
  // Where the overlay's time goes, in the page's performance timeline (DevTools, the benchmark).
  performance.measure('agenda-lens: read page', { start: started, end: extracted });
  performance.measure('agenda-lens: index and link', { start: extracted, end: linked });
  performance.measure('agenda-lens: badges', { start: linked, end: mounted });
  performance.measure('agenda-lens: highlights', { start: mounted });
  doc.documentElement.dataset.lensReady = String(Math.round(performance.now() - started));
}

async function mountBadges(lifetime: Lifetime, doc: Document, record: MeetingRecord, links: PageLinks) {
  const byNumber = new Map(links.items.map((item) => [item.number, item]));
  const tracked = new Set(links.tracked);
  let mounted = 0;
  for (const [item, element] of locateItems(doc, record.items)) {
    // Give the page its main thread back between batches: a long agenda must not freeze it.
    if (++mounted % MOUNT_BATCH === 0) await yieldToPage();
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
    mountBadge(lifetime, element, itemLinks, recognised, papers);
  }
}

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/** A task longer than this delays the page's answer to a click or key enough to be felt (RAIL). */
const LONG_TASK_MS = 50;

/** Badges mounted between two yields to the page: a normal agenda (under 100 items) in one go. */
const MOUNT_BATCH = 100;

/** A badge inside a link or button would click through to it: put it just after such an element. */
const INTERACTIVE = 'a, button, label, summary, select';

function mountBadge(
  lifetime: Lifetime,
  element: Element,
  links: ItemLinks,
  recognised: ItemOverlayProps['recognised'],
  papers: ItemOverlayProps['papers'],
): void {
  const interactive = element.closest(INTERACTIVE);
  const { host, container } = mountShadowUi(lifetime, {
    name: 'agenda-lens-badge',
    anchor: interactive ?? element,
    append: interactive ? 'after' : 'last',
    isolateEvents: ['keydown', 'keyup', 'keypress'],
  });
  const counts = (prior: number, open: number) => {
    host.dataset.priorCount = String(prior);
    host.dataset.openCount = String(open);
  };
  counts(links.priorDecisions.length, links.openActions.length);
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
  // Set last: the item's test hook (and the benchmark's "badge shown") means the badge is drawn.
  host.dataset.lensItem = links.number;
  lifetime.onEnd(() => render(null, container));
}
