import { h, render } from 'preact';
import { HighlightToolbar } from '../../components/HighlightToolbar';
import { anchorAll } from '../../utils/anchor/anchor';
import { describe } from '../../utils/anchor/describe';
import { LENS_HOST_ATTRIBUTE } from '../../utils/anchor/text-layer';
import { createHighlighter, type PaintableHighlight } from '../../utils/ext/highlighter';
import { foundHighlights, keepPassage } from '../../utils/ext/page-highlights';
import { send } from '../../utils/ext/send';
import type { Highlight } from '../../utils/model/notes';
import { pagesOfHighlights } from '../../utils/pdf/anchor-pages';

/**
 * Highlights on the pages of a PDF in the viewer, anchored to pdf.js's text layer as the overlay
 * anchors them to a web page. Once the pack's text is read, each highlight's page is found in
 * that text (utils/pdf/anchor-pages) and orphans are reported at once, before any page is drawn;
 * pages are drawn only near the view, and each page's highlights are painted when its text layer
 * is drawn (and count as orphans if the drawn layer does not hold them after all).
 * data-lens-highlights says "found/saved" once reported.
 */
export interface PdfHighlights {
  /** The pack is read and its meeting known (the background's 'page-read' reply): fetch and anchor its highlights. */
  start(pack: PackText): void;
  /** A page's text layer is in the DOM, newly or again: anchor and paint the highlights on it. */
  pageTextReady(page: number, textLayer: HTMLElement): void;
}

/** What the viewer knows of a pack once its text is read and indexed. */
export interface PackText {
  /** The pack's main meeting (its agenda): highlights in no record's part of the pack belong to it. */
  meetingKey: string;
  /** Each page's text as its drawn text layer reads (textLayerText). */
  layerTexts: readonly string[];
  /** The meeting whose part of the pack a passage on a page falls in: a pack's printed minutes are an earlier meeting's. */
  meetingOf(page: number, quote: string): string | undefined;
}

type ViewerWindow = Window & typeof globalThis;

export function createPdfHighlights(win: ViewerWindow, pdfUrl: string): PdfHighlights {
  const doc = win.document;
  const highlighter = createHighlighter(win);
  const layers = new Map<number, HTMLElement>();
  const paintedByPage = new Map<number, PaintableHighlight[]>();
  const pageOf = new Map<string, number>();
  let saved: Highlight[] = [];
  let pack: PackText | undefined;
  // Pages are drawn again as the user scrolls: the background hears only of changes.
  let lastReport = '';

  const anchorPage = (page: number, layer: HTMLElement) => {
    const candidates = saved.filter((s) => pageOf.get(s.id) === page);
    const results = anchorAll(
      doc,
      candidates.map((s) => s.selectors),
      layer,
    );
    const found = foundHighlights(candidates, results);
    for (const candidate of candidates) pageOf.delete(candidate.id);
    for (const highlight of found) pageOf.set(highlight.id, page);
    paintedByPage.set(page, found);
  };

  const paintAndReport = () => {
    highlighter.paint([...paintedByPage.values()].flat());
    if (!pack) return;
    const anchored = saved.filter((s) => pageOf.has(s.id)).map((s) => s.id);
    const orphans = saved.filter((s) => !pageOf.has(s.id)).map((s) => s.id);
    doc.documentElement.dataset.lensHighlights = `${anchored.length}/${saved.length}`;
    const report = JSON.stringify([anchored, orphans]);
    if (report === lastReport) return;
    lastReport = report;
    void send({ type: 'highlights-anchored', url: pdfUrl, orphans, anchored });
  };

  /** Reads the saved highlights again, places them by the pages' text, and anchors them on every page drawn now. */
  const reload = async (current: PackText) => {
    saved = await send<Highlight[]>({ type: 'list-highlights', url: pdfUrl });
    pageOf.clear();
    const pages = pagesOfHighlights(
      current.layerTexts,
      saved.map((s) => s.selectors),
    );
    saved.forEach((s, i) => pages[i] !== undefined && pageOf.set(s.id, pages[i]));
    for (const [page, layer] of layers) {
      // A page scrolled away has lost its layer; it is anchored again when drawn again.
      if (layer.isConnected) anchorPage(page, layer);
      else paintedByPage.delete(page);
    }
    paintAndReport();
  };

  const keep = async (kind: 'followup' | 'note', selection: SelectionInPage, note?: string) => {
    const selectors = describe(doc, selection.range, { url: pdfUrl, root: selection.layer });
    if (!pack || !selectors) return;
    // Stored with the meeting of the part of the pack it is in, so a passage of the printed minutes is that meeting's.
    const meetingKey = pack.meetingOf(selection.page, selectors.quote.exact) ?? pack.meetingKey;
    await keepPassage({ url: pdfUrl, meetingKey, kind, selectors, note });
    win.getSelection()?.removeAllRanges();
    await reload(pack);
  };
  listenForSelections(win, () => pack !== undefined, keep);

  return {
    start(next) {
      if (pack?.meetingKey === next.meetingKey) return;
      pack = next;
      void reload(next);
    },
    pageTextReady(page, textLayer) {
      layers.set(page, textLayer);
      if (!pack) return; // start() anchors it with the others.
      anchorPage(page, textLayer);
      paintAndReport();
    },
  };
}

interface SelectionInPage {
  range: Range;
  /** The text layer holding the whole selection: positions are counted within it. */
  layer: HTMLElement;
  /** The page (1-based) that layer draws. */
  page: number;
}

/** The selection when it lies inside one page's text layer, which is all a highlight can anchor to. */
function selectionInPage(win: Window): SelectionInPage | undefined {
  const selection = win.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !selection.toString().trim())
    return undefined;
  const range = selection.getRangeAt(0);
  const layer = elementOf(range.startContainer)?.closest<HTMLElement>('.textLayer');
  const page = Number(layer?.closest<HTMLElement>('[data-page]')?.dataset.page);
  if (!layer || !layer.contains(range.endContainer) || !(page >= 1)) return undefined;
  return { range: range.cloneRange(), layer, page };
}

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

type Keep = (kind: 'followup' | 'note', selection: SelectionInPage, note?: string) => Promise<void>;

/**
 * Offers the Follow up / Note toolbar beside a selection in the pages. The toolbar lives in a
 * shadow root: its styles (buttons, .toolbar) must not reach the viewer's, nor the viewer's it.
 */
function listenForSelections(win: Window, ready: () => boolean, keep: Keep): void {
  const doc = win.document;
  const host = doc.createElement('div');
  host.setAttribute(LENS_HOST_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'open' });
  doc.body.append(host);
  const hide = () => render(null, root);

  const offer = (viaKeyboard: boolean) => {
    const selection = ready() ? selectionInPage(win) : undefined;
    if (!selection) return hide();
    const rect = selection.range.getBoundingClientRect();
    const done = (kind: 'followup' | 'note', note?: string) => {
      hide();
      void keep(kind, selection, note);
    };
    render(
      h(HighlightToolbar, {
        anchorRect: { left: rect.left, bottom: rect.bottom },
        autoFocus: viaKeyboard,
        onFollowUp: () => done('followup'),
        onNote: (text) => done('note', text),
        onCancel: hide,
      }),
      root,
    );
  };
  doc.addEventListener('mouseup', (event) => {
    // Events from inside the shadow root reach the document retargeted to its host.
    if (event.target !== host) setTimeout(() => offer(false));
  });
  doc.addEventListener('keyup', (event) => {
    if (event.shiftKey && event.key.startsWith('Arrow')) offer(true);
  });
}
