import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ItemPapers } from '../../../components/ItemPapers';
import { ViewerSection } from '../../../components/ViewerSection';
import { htmlToDocument } from '../../../scripts/lib/dom';

// Preact renders through the global document; linkedom stands in for it.
let doc: Document;
let container: HTMLElement;
beforeEach(() => {
  doc = htmlToDocument('<!DOCTYPE html><html><head></head><body><div id="host"></div></body></html>');
  vi.stubGlobal('document', doc);
  container = doc.getElementById('host')!;
});
afterEach(() => {
  render(null, container);
  vi.unstubAllGlobals();
});

function click(element: Element) {
  const event = new (doc.defaultView as unknown as typeof globalThis).Event('click', { bubbles: true });
  act(() => void element.dispatchEvent(event));
}

function buttonLabelled(label: string | RegExp): HTMLButtonElement {
  const found = Array.from(container.querySelectorAll('button')).find((b) =>
    typeof label === 'string'
      ? b.getAttribute('aria-label') === label
      : label.test(b.getAttribute('aria-label') ?? ''),
  );
  if (!found) throw new Error(`no button labelled ${label}`);
  return found;
}

const PAPERS = [
  {
    title: 'Waiting Lists Report',
    url: 'https://democracy.example.gov.uk/documents/s5101/Waiting Lists Report.pdf',
  },
  { title: 'Appendix A', url: 'https://democracy.example.gov.uk/documents/s5102/Appendix A.pdf' },
];

describe('ItemPapers: an item’s PDFs, opened in the viewer', () => {
  it('shows nothing for an item without PDF papers', () => {
    act(() => render(<ItemPapers itemNumber="7" papers={[]} onOpen={vi.fn()} />, container));
    expect(container.innerHTML).toBe('');
  });

  it('lists the papers and hands back the one the user opens', () => {
    const onOpen = vi.fn();
    act(() => render(<ItemPapers itemNumber="7" papers={PAPERS} onOpen={onOpen} />, container));
    const badge = buttonLabelled(/^Agenda Lens, item 7: read its papers/);
    expect(badge.textContent).toBe('2 PDFs');
    click(badge);
    click(buttonLabelled('Open Appendix A in the Agenda Lens viewer'));
    expect(onOpen).toHaveBeenCalledWith(PAPERS[1]!.url);
  });
});

describe('ViewerSection: the setting to open council PDFs in the viewer', () => {
  it('says which council sites turning it on will ask for, and hands back the choice', () => {
    const onChange = vi.fn();
    const sites = ['https://democracy.example.gov.uk', 'https://cmis.other.gov.uk'];
    act(() => render(<ViewerSection enabled={false} councilSites={sites} onChange={onChange} />, container));
    expect(container.textContent).toContain('democracy.example.gov.uk, cmis.other.gov.uk');
    const box = container.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    box.checked = true;
    act(() => void box.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('change')));
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
