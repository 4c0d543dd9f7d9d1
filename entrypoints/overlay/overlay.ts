import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ItemBadge } from '../../components/ItemBadge';
import { OVERLAY_CSS } from '../../components/overlay-styles';
import { send } from '../../utils/ext/send';
import type { AgendaLinks, ItemLinks } from '../../utils/model/links';
import { mainRecord } from '../../utils/model/main-record';
import type { MeetingRecord } from '../../utils/model/record';
import { extractPage } from '../../utils/sites/extract';
import { locateItems } from '../../utils/sites/locate-items';
import { startHighlights } from './highlights';

/** Read the page, hand the records to the background, and put a badge beside each linked item. */
export async function startOverlay(ctx: ContentScriptContext, doc: Document, url: string): Promise<void> {
  const started = performance.now();
  const { records, warnings } = extractPage(doc, url);
  if (warnings.length) console.info('Agenda Lens:', warnings.join('; '));
  const shown = mainRecord(records);
  if (!shown) {
    console.info('Agenda Lens: no overlay: no agenda items could be read from this page');
    await send({ type: 'page-read', url, records });
    return;
  }
  const links = await send<AgendaLinks & { meetingKey?: string }>({ type: 'page-read', url, records });
  await mountBadges(ctx, doc, shown, links);
  if (links.meetingKey) await startHighlights(ctx, doc, url, links.meetingKey);
  doc.documentElement.dataset.lensReady = String(Math.round(performance.now() - started));
}

async function mountBadges(
  ctx: ContentScriptContext,
  doc: Document,
  record: MeetingRecord,
  links: AgendaLinks,
) {
  const byNumber = new Map(links.items.map((item) => [item.number, item]));
  const located = locateItems(doc, record.items);
  const mounts: Promise<void>[] = [];
  for (const [item, element] of located) {
    const itemLinks = byNumber.get(item.number);
    if (itemLinks) mounts.push(mountBadge(ctx, element, itemLinks));
  }
  await Promise.all(mounts);
}

/** A badge inside a link or button would click through to it: put it just after such an element. */
const INTERACTIVE = 'a, button, label, summary, select';

async function mountBadge(ctx: ContentScriptContext, element: Element, links: ItemLinks): Promise<void> {
  const interactive = element.closest(INTERACTIVE);
  const ui = await createShadowRootUi(ctx, {
    name: 'agenda-lens-badge',
    position: 'inline',
    anchor: interactive ?? element,
    append: interactive ? 'after' : 'last',
    css: OVERLAY_CSS,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container, _shadow, host) {
      host.dataset.lensItem = links.number;
      host.dataset.lensHost = '';
      host.style.display = 'inline';
      const draw = (current: ItemLinks) => {
        host.dataset.priorCount = String(current.priorDecisions.length);
        host.dataset.openCount = String(current.openActions.length);
        render(
          h(ItemBadge, {
            itemNumber: current.number,
            itemTitle: current.title,
            prior: current.priorDecisions,
            open: current.openActions,
            onSetStatus: (actionId, status) => {
              void send({ type: 'set-action-status', actionId, status }).then(() =>
                draw({ ...current, openActions: current.openActions.filter((a) => a.actionId !== actionId) }),
              );
            },
          }),
          container,
        );
      };
      draw(links);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
}
