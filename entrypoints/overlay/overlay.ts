import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ItemOverlay, type ItemOverlayProps } from '../../components/ItemOverlay';
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
import { adoptOverlayStyles } from './shared-styles';

/** Read the page, hand the records to the background, and put a badge beside each linked item. */
export async function startOverlay(ctx: ContentScriptContext, doc: Document, url: string): Promise<void> {
  const started = performance.now();
  listenForBackfill(ctx, doc, url);
  const { records, warnings } = extractPage(doc, url);
  const packs = findPackLinks(doc, url);
  const extracted = performance.now();
  if (warnings.length) console.info('Agenda Lens:', warnings.join('; '));
  const shown = mainRecord(records);
  if (!shown) {
    console.info('Agenda Lens: no overlay: no agenda items could be read from this page');
    await send({ type: 'page-read', url, records, packs });
    return;
  }
  const links = await send<PageLinks>({ type: 'page-read', url, records, packs });
  const linked = performance.now();
  await mountBadges(ctx, doc, shown, links);
  const mounted = performance.now();
  if (links.meetingKey) await startHighlights(ctx, doc, url, links.meetingKey);
  // Where the overlay's time goes, in the page's performance timeline (DevTools, the benchmark).
  performance.measure('agenda-lens: read page', { start: started, end: extracted });
  performance.measure('agenda-lens: index and link', { start: extracted, end: linked });
  performance.measure('agenda-lens: badges', { start: linked, end: mounted });
  performance.measure('agenda-lens: highlights', { start: mounted });
  doc.documentElement.dataset.lensReady = String(Math.round(performance.now() - started));
}

async function mountBadges(
  ctx: ContentScriptContext,
  doc: Document,
  record: MeetingRecord,
  links: PageLinks,
) {
  const byNumber = new Map(links.items.map((item) => [item.number, item]));
  const tracked = new Set(links.tracked);
  let mounted = 0;
  for (const [item, element] of locateItems(doc, record.items)) {
    // Give the page its main thread back between batches: a long agenda must not freeze it.
    if (++mounted % MOUNT_BATCH === 0) await new Promise((resolve) => setTimeout(resolve));
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
    await mountBadge(ctx, element, itemLinks, recognised);
  }
}

/** Badges mounted between two yields to the page: a normal agenda (under 100 items) in one go. */
const MOUNT_BATCH = 100;

/** A badge inside a link or button would click through to it: put it just after such an element. */
const INTERACTIVE = 'a, button, label, summary, select';

async function mountBadge(
  ctx: ContentScriptContext,
  element: Element,
  links: ItemLinks,
  recognised: ItemOverlayProps['recognised'],
): Promise<void> {
  const interactive = element.closest(INTERACTIVE);
  const ui = await createShadowRootUi(ctx, {
    name: 'agenda-lens-badge',
    position: 'inline',
    anchor: interactive ?? element,
    append: interactive ? 'after' : 'last',
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container, shadow, host) {
      adoptOverlayStyles(shadow);
      host.dataset.lensItem = links.number;
      host.dataset.lensHost = '';
      host.style.display = 'inline';
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
        }),
        container,
      );
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
}
