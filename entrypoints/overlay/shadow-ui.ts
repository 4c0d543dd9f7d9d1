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
  const doc = options.anchor.ownerDocument;
  const host = doc.createElement(options.name);
  host.dataset.lensHost = '';
  const shadow = host.attachShadow({ mode: 'open' });
  adoptOverlayStyles(shadow);
  const container = doc.createElement('span');
  container.className = 'root';
  shadow.append(container);
  for (const type of options.isolateEvents ?? []) host.addEventListener(type, (e) => e.stopPropagation());
  if (options.append === 'after') options.anchor.after(host);
  else options.anchor.append(host);
  const remove = () => host.remove();
  lifetime.onEnd(remove);
  return { host, container, remove };
}
