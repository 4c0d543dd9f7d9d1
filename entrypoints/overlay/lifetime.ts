import { extensionAlive } from '../../utils/ext/native-runtime';

/**
 * How long the overlay's badges, highlights and listeners stay: until the extension that made
 * them is reloaded, updated or removed (its runtime id is gone), checked when the user comes
 * back to the tab. Deliberately not WXT's content-script context: it also stops on a DOM event
 * that any page script can forge with our public id, which would remove every badge
 * (tests/e2e/hostile.e2e.test.ts), and it carries the polyfill into every meeting page.
 */
export interface Lifetime {
  signal: AbortSignal;
  onEnd(callback: () => void): void;
}

export function overlayLifetime(win: Window): Lifetime {
  const controller = new AbortController();
  const { signal } = controller;
  const check = () => {
    if (!extensionAlive()) controller.abort();
  };
  win.addEventListener('focus', check, { signal });
  win.document.addEventListener('visibilitychange', check, { signal });
  return {
    signal,
    onEnd: (callback) => signal.addEventListener('abort', callback, { once: true }),
  };
}

/** A part of the overlay that can end before the rest (badges replaced by fresher ones). */
export function childLifetime(parent: Lifetime): Lifetime & { end(): void } {
  const controller = new AbortController();
  parent.onEnd(() => controller.abort());
  return {
    signal: controller.signal,
    onEnd: (callback) => controller.signal.addEventListener('abort', callback, { once: true }),
    end: () => controller.abort(),
  };
}
