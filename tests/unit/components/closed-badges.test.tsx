import { hydrate, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawClosedButtons } from '../../../components/closed-badges';
import { closedButtons, ItemOverlay, type ItemOverlayProps } from '../../../components/ItemOverlay';
import { htmlToDocument } from '../../../scripts/lib/dom';
import type { LinkedAction, LinkedEntry } from '../../../utils/model/links';

/**
 * A long agenda's badges are drawn closed without Preact, and Preact takes one over when the user
 * comes near it (issue #8): what is drawn must be what Preact would draw, element for element.
 */
let doc: Document;
beforeEach(() => {
  doc = htmlToDocument('<!DOCTYPE html><html><body><div id="a"></div><div id="b"></div></body></html>');
  vi.stubGlobal('document', doc); // Preact renders through the global document; linkedom stands in
});
afterEach(() => vi.unstubAllGlobals());

const ENTRY: LinkedEntry = {
  committee: 'Health Scrutiny Committee',
  date: '2025-09-15',
  minute: '5',
  title: 'Occupational therapy waiting lists',
  text: 'That the occupational therapy waiting list report be noted.',
  why: 'same subject: occupational therapy waiting lists',
  url: 'https://democracy.example.gov.uk/ieListDocuments.aspx?MId=1',
} as LinkedEntry;
const ACTION = { ...ENTRY, actionId: 'a1', text: 'The Director to report back.' } as LinkedAction;
const PAPER = { title: 'Report', url: 'https://democracy.example.gov.uk/documents/s1/Report.pdf' };
const RECOGNISED_ACTION = { id: 'r1', text: 'Officers to write to the trust.', tracked: false };

function props(overrides: Partial<ItemOverlayProps> & { prior?: number; open?: number }): ItemOverlayProps {
  const { prior = 0, open = 0, ...rest } = overrides;
  return {
    links: {
      number: '7',
      title: 'Occupational therapy',
      priorDecisions: Array.from({ length: prior }, () => ENTRY),
      openActions: Array.from({ length: open }, (_, i) => ({ ...ACTION, actionId: `a${i}` })),
    },
    onSetStatus: vi.fn(() => Promise.resolve()),
    onTrack: vi.fn(() => Promise.resolve()),
    onCounts: vi.fn(),
    onOpenPaper: vi.fn(),
    ...rest,
  };
}

const CASES: [string, ItemOverlayProps][] = [
  ['earlier decisions', props({ prior: 2 })],
  ['an open follow-up', props({ prior: 1, open: 1 })],
  ['papers', props({ papers: [PAPER, PAPER] })],
  ['one paper, with history', props({ prior: 1, papers: [PAPER] })],
  ['recognised minutes', props({ recognised: { decisions: 1, actions: [RECOGNISED_ACTION] } })],
  ['minutes with nothing recognised', props({ recognised: { decisions: 0, actions: [] } })],
  ['nothing', props({ papers: [] })],
];

describe('closed badges drawn without Preact', () => {
  it.each(CASES)('are what Preact draws for %s', (name, overlay) => {
    const [byPreact, byHand] = [doc.getElementById('a')!, doc.getElementById('b')!];
    act(() => render(<ItemOverlay {...overlay} />, byPreact));
    drawClosedButtons(byHand, closedButtons(overlay));
    expect(byHand.innerHTML).toBe(byPreact.innerHTML);
    expect(byHand.querySelectorAll('button').length === 0).toBe(name.includes('nothing'));
    render(null, byPreact);
  });

  it('are taken over by Preact, the same elements, and then open and act', () => {
    const container = doc.getElementById('a')!;
    const overlay = props({ prior: 1, open: 1 });
    drawClosedButtons(container, closedButtons(overlay));
    const button = container.querySelector('button')!;
    act(() => hydrate(<ItemOverlay {...overlay} />, container));
    expect(container.querySelector('button')).toBe(button);
    const click = (element: Element) =>
      act(() => {
        element.dispatchEvent(
          new (doc.defaultView as unknown as typeof globalThis).Event('click', { bubbles: true }),
        );
      });
    click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const markDone = Array.from(container.querySelectorAll('button')).find(
      (b) => b.textContent === 'Mark done',
    )!;
    click(markDone);
    expect(overlay.onSetStatus).toHaveBeenCalledWith('a0', 'done');
    render(null, container);
  });
});
