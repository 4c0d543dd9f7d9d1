import type { Lifetime } from './lifetime';
import { adoptOverlayStyles } from './shared-styles';

/**
 * A host element with an open shadow root holding our UI, so the page's CSS cannot reach it
 * and ours cannot leak out. Ours rather than WXT's createShadowRootUi, which parses a reset
 * stylesheet and builds an html/body tree for every badge (0.8 ms each; a 100-item agenda is
 * 100 badges: issue #8): every root here adopts one shared, parsed stylesheet.
 */
export interface ShadowUi {
  host: HTMLElement;
  container: HTMLElement;
  remove(): void;
}

export interface ShadowUiOptions {
  /** The host element's tag: a custom-element name, so pages can tell it is ours. */
  name: string;
  anchor: Element;
  /** Inside the anchor, at its end; or just after it (never inside a link or button). */
  append: 'last' | 'after';
  /** Keyboard events typed in our UI are not the page's shortcuts. */
  isolateEvents?: string[];
}

export function mountShadowUi(lifetime: Lifetime, options: ShadowUiOptions): ShadowUi {
  const host = placeHost(options);
  lifetime.onEnd(() => host.remove());
  return { host, container: attachShadowUi(host, options), remove: () => host.remove() };
}

/**
 * Our host element, placed, still empty: an item with nothing to show keeps only this (the item's
 * mark for tests and the highlighter), no shadow root or UI. The caller removes it.
 */
export function placeHost(options: Pick<ShadowUiOptions, 'name' | 'anchor' | 'append'>) {
  const host = options.anchor.ownerDocument.createElement(options.name);
  host.setAttribute(HOST_ATTRIBUTE, '');
  if (options.append === 'after') options.anchor.after(host);
  else options.anchor.append(host);
  return host;
}

/** Marks our hosts, so that pages and our own code can tell them from the page's elements. */
const HOST_ATTRIBUTE = 'data-lens-host';

export function isOurHost(element: Element): boolean {
  return element.hasAttribute(HOST_ATTRIBUTE);
}

/** Give a placed host its shadow root with the shared styles; returns the element to render into. */
export function attachShadowUi(
  host: HTMLElement,
  options: Pick<ShadowUiOptions, 'isolateEvents'>,
): HTMLElement {
  const shadow = host.attachShadow({ mode: 'open' });
  adoptOverlayStyles(shadow);
  const container = host.ownerDocument.createElement('span');
  container.className = 'root';
  shadow.append(container);
  for (const type of options.isolateEvents ?? []) host.addEventListener(type, (e) => e.stopPropagation());
  return container;
}
