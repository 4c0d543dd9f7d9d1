import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HighlightToolbar } from '../../../components/HighlightToolbar';
import { htmlToDocument } from '../../../scripts/lib/dom';
import { page } from './helpers';

// Preact renders through the global document; linkedom stands in for it, as a shadow root would.
let doc: Document;
let container: HTMLElement;
beforeEach(() => {
  doc = htmlToDocument(page('<div id="host"></div>'));
  vi.stubGlobal('document', doc);
  container = doc.getElementById('host')!;
});
afterEach(() => {
  render(null, container);
  vi.unstubAllGlobals();
});

function show(props: Partial<Parameters<typeof HighlightToolbar>[0]> = {}) {
  const handlers = { onFollowUp: vi.fn(), onNote: vi.fn(), onCancel: vi.fn() };
  act(() =>
    render(<HighlightToolbar anchorRect={{ left: 120, bottom: 300 }} {...handlers} {...props} />, container),
  );
  return handlers;
}

function button(label: string): HTMLButtonElement {
  const found = Array.from(container.querySelectorAll('button')).find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no "${label}" button`);
  return found;
}

function fire(target: EventTarget, type: string, key?: string) {
  const event = new (doc.defaultView as unknown as typeof globalThis).Event(type, { bubbles: true });
  if (key) Object.defineProperty(event, 'key', { value: key });
  act(() => void target.dispatchEvent(event));
}

/** linkedom calls listeners with `this` as the target, which Preact's handlers rely on: fire at the listening element. */
const toolbarOf = () => container.querySelector('[role="toolbar"]')!;

describe('HighlightToolbar', () => {
  it('is a labelled toolbar just below the selection, with Follow up and Note buttons', () => {
    show();
    const toolbar = toolbarOf();
    expect(toolbar.getAttribute('aria-label')).toBe('Agenda Lens: keep this passage');
    expect(toolbar.getAttribute('style')).toBe('top:308px;left:120px');
    expect(Array.from(container.querySelectorAll('button')).map((b) => b.textContent?.trim())).toEqual([
      'Follow up',
      'Note',
    ]);
  });

  it('carries its own styles, including dark mode and reduced motion, for the shadow root', () => {
    show();
    const css = container.querySelector('style')?.textContent ?? '';
    expect(css).toContain('prefers-color-scheme: dark');
    expect(css).toContain('prefers-reduced-motion: no-preference');
    expect(css).toContain(':focus-visible');
  });

  it('calls onFollowUp for Follow up', () => {
    const handlers = show();
    act(() => button('Follow up').click());
    expect(handlers.onFollowUp).toHaveBeenCalledOnce();
  });

  it('opens a labelled note field for Note, and saves the trimmed text', () => {
    const handlers = show();
    act(() => button('Note').click());
    const field = container.querySelector('textarea')!;
    expect(container.querySelector(`label[for="${field.id}"]`)?.textContent).toBe('Note on this passage');
    expect(button('Save').disabled).toBe(true);
    field.value = '  Ask about carers’ exemptions  ';
    fire(field, 'input');
    act(() => button('Save').click());
    expect(handlers.onNote).toHaveBeenCalledWith('Ask about carers’ exemptions');
  });

  it('cancels on Escape, and from the note field’s Cancel button', () => {
    const handlers = show();
    fire(toolbarOf(), 'keydown', 'Escape');
    expect(handlers.onCancel).toHaveBeenCalledTimes(1);
    act(() => button('Note').click());
    act(() => button('Cancel').click());
    expect(handlers.onCancel).toHaveBeenCalledTimes(2);
    expect(handlers.onNote).not.toHaveBeenCalled();
  });
});
