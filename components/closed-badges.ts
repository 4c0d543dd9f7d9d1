import { panelIdOf, type PopoverButton } from './Popover';

/**
 * Closed Popovers' markup, drawn without Preact: a long agenda's badges are drawn before its first
 * frame, and rendering 32 of them with Preact took 4-13 ms there (issue #8). Preact's hydrate()
 * takes them over when the user first comes near one (entrypoints/overlay/badges.ts), keeping
 * these very elements. tests/unit/components/closed-badges.test.tsx checks they are what Preact draws.
 */
export function drawClosedButtons(container: HTMLElement, buttons: PopoverButton[]): void {
  const doc = container.ownerDocument;
  for (const { id, label, buttonClass, buttonLabel } of buttons) {
    const wrapper = doc.createElement('span');
    wrapper.className = 'lens';
    const button = doc.createElement('button');
    button.className = buttonClass;
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', panelIdOf(id));
    button.setAttribute('aria-label', buttonLabel);
    button.textContent = label;
    wrapper.append(button);
    container.append(wrapper);
  }
}
