import { OVERLAY_CSS } from '../../components/overlay-styles';

/**
 * One parsed stylesheet shared by every badge's shadow root: a 100-item agenda would otherwise
 * parse the same CSS a hundred times. Where constructable sheets cannot be adopted (Firefox
 * content scripts' Xray wrappers can refuse them), each root gets a <style> element instead.
 */
let shared: CSSStyleSheet | null | undefined;

export function adoptOverlayStyles(shadow: ShadowRoot): void {
  if (shared === undefined) {
    try {
      shared = new CSSStyleSheet();
      shared.replaceSync(OVERLAY_CSS);
    } catch {
      shared = null;
    }
  }
  try {
    if (shared) {
      shadow.adoptedStyleSheets = [shared]; // a new root's only sheet
      return;
    }
  } catch {
    shared = null;
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = OVERLAY_CSS;
  shadow.prepend(style);
}
