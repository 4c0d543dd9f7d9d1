import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createHighlighter } from '../../../utils/ext/highlighter';

function page() {
  const { window } = parseHTML(
    '<!doctype html><html><head></head><body><p>Parking charges review</p></body></html>',
  );
  return window as unknown as Window & typeof globalThis;
}

const pageStyles = (win: Window) => win.document.querySelectorAll('style').length;

describe('painting highlights on a council page', () => {
  it('adds nothing to the page when there is nothing to paint: a new stylesheet restyles all of it', () => {
    const win = page();
    createHighlighter(win).paint([]);
    expect(pageStyles(win)).toBe(0);
  });
});
