import { h, hydrate, render } from 'preact';
import { drawClosedButtons } from '../../components/closed-badges';
import { closedButtons, ItemOverlay, type ItemOverlayProps } from '../../components/ItemOverlay';
import { isHighlighterElement } from '../../utils/ext/highlighter';
import type { CachedLinks } from '../../utils/ext/links-cache';
import type { PageLinks } from '../../utils/ext/reading';
import { send } from '../../utils/ext/send';
import { badgeSpec, type BadgeSpec } from '../../utils/model/badges';
import type { ItemLinks } from '../../utils/model/links';
import type { MeetingRecord } from '../../utils/model/record';
import { titleElements } from '../../utils/sites/locate-items';
import { findPlaced, placeElements, type PageLayout } from '../../utils/sites/page-layout';
import type { PageExtract } from '../../utils/sites/types';
import { childLifetime, type Lifetime } from './lifetime';
import { attachShadowUi, isOurHost, placeHost } from './shadow-ui';
import { LONG_TASK_MS, yieldToPage } from './turns';

export interface Badges {
  /** Settles when every item has its badge (the page may have had turns in between). */
  mounted: Promise<void>;
  remove(): void;
  /** Where the badges went, to be kept with the page's links; null if a title element left the page. */
  layout(): PageLayout | null;
  /** Whether every title element they follow is still in the page (a page script may rebuild it). */
  intact(): boolean;
}

/** A badge beside each item of a record read from the page, after the title element found for it. */
export function mountRecordBadges(
  lifetime: Lifetime,
  doc: Document,
  record: MeetingRecord,
  links: PageLinks,
  titles: PageExtract['titles'],
): Badges {
  const located = titleElements(doc, record.items, titles);
  const specs = [...located.keys()].map((item) => badgeSpec(record, item));
  return mountBadges(lifetime, doc, specs, [...located.values()], links);
}

/**
 * The badges of a page read again, put back where the last visit put them before the page is
 * read (issue #8): if the kept links say where, and each title element there still begins as it
 * did. Otherwise why not. The page is read after, and the badges confirmed or replaced.
 */
export function mountKeptBadges(lifetime: Lifetime, doc: Document, kept: CachedLinks): Badges | string {
  if (!kept.layout) return 'where they went was not kept';
  const elements = findPlaced(doc, kept.layout);
  if (typeof elements === 'string') return elements;
  return mountBadges(lifetime, doc, kept.layout, elements, kept.links);
}

function mountBadges(
  lifetime: Lifetime,
  doc: Document,
  specs: BadgeSpec[],
  elements: Element[],
  links: PageLinks,
): Badges {
  const own = childLifetime(lifetime);
  return {
    mounted: mountEach(own, specs, elements, links),
    remove: own.end,
    layout() {
      const placements = placeElements(doc, elements, isOurs);
      return placements && specs.map((spec, i) => ({ ...spec, ...placements[i]! }));
    },
    intact: () => elements.every((element) => element.isConnected),
  };
}

/** Elements of ours in the page, which were not there when it was parsed. */
function isOurs(element: Element): boolean {
  return isOurHost(element) || isHighlighterElement(element);
}

async function mountEach(lifetime: Lifetime, specs: BadgeSpec[], elements: Element[], links: PageLinks) {
  const byNumber = new Map(links.items.map((item) => [item.number, item]));
  const tracked = new Set(links.tracked);
  // One listener removes every badge, rather than one per badge (100 on a long agenda: issue #8).
  const undo: (() => void)[] = [];
  lifetime.onEnd(() => undo.forEach((step) => step()));
  let taskStart = performance.now();
  for (const [i, spec] of specs.entries()) {
    // Give the page its main thread back when this task grows long: a long agenda must not freeze it.
    if (performance.now() - taskStart > LONG_TASK_MS) {
      await yieldToPage();
      if (lifetime.signal.aborted) return; // replaced or removed meanwhile
      taskStart = performance.now();
    }
    const itemLinks = byNumber.get(spec.number) ?? {
      number: spec.number,
      title: spec.title,
      priorDecisions: [],
      openActions: [],
    };
    const recognised = spec.recognised && {
      decisions: spec.recognised.decisions,
      actions: spec.recognised.actions.map((action) => ({ ...action, tracked: tracked.has(action.id) })),
    };
    undo.push(...mountBadge(elements[i]!, itemLinks, recognised, spec.papers));
  }
}

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
  const props: ItemOverlayProps = {
    links,
    recognised,
    onSetStatus: (id, status) => send({ type: 'set-action-status', actionId: id, status }),
    onTrack: (id) => send({ type: 'set-action-status', actionId: id, status: 'open' }),
    onCounts: counts,
    papers,
    // A content script cannot open an extension page: the background opens the viewer beside this tab.
    onOpenPaper: (pdfUrl) => void send({ type: 'open-in-viewer', url: pdfUrl }),
  };
  // Most items of a long agenda have no history and no papers: they get the bare host, not a
  // shadow root and a component tree that would render nothing (100 of them cost 30-50 ms: issue #8).
  const buttons = closedButtons(props);
  if (buttons.length) {
    const container = attachShadowUi(host, { isolateEvents: ['keydown', 'keyup', 'keypress'] });
    drawClosedButtons(container, buttons);
    undo.unshift(takeOverWhenNear(host, () => hydrate(h(ItemOverlay, props), container)));
    undo.unshift(() => render(null, container));
  }
  // Set last: the item's test hook (and the benchmark's "badge shown") means the badge is drawn.
  host.dataset.lensItem = links.number;
  return undo;
}

/**
 * Run `takeOver` (Preact's hydrate) the first time the user comes near the badge: points at it,
 * focuses it, touches it, or activates it without either (assistive technology). In the capture
 * phase, so that the click that brought it has Preact's handler by the time it reaches the button.
 * Returns what stops waiting.
 */
function takeOverWhenNear(host: HTMLElement, takeOver: () => void): () => void {
  const stop = () => NEAR.forEach((type) => host.removeEventListener(type, once, true));
  const once = () => {
    stop();
    takeOver();
  };
  NEAR.forEach((type) => host.addEventListener(type, once, { capture: true, passive: true }));
  return stop;
}

const NEAR = ['pointerover', 'focusin', 'touchstart', 'click'];
