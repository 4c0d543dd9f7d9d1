import { TextLayer, type PDFDocumentProxy, type PDFPageProxy, type RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Size {
  width: number;
  height: number;
}

interface PagesProps {
  doc: PDFDocumentProxy;
  /** A new object each time the user asks for a page, so asking twice for one page scrolls twice. */
  jumpTo?: { page: number };
  onPageTextReady?: (page: number, textLayer: HTMLElement) => void;
}

const ZOOMS = [0.75, 1, 1.25, 1.5, 2];
// Pages this far (in viewport heights) above or below the view are drawn ahead and kept; further ones are released.
const KEEP_MARGIN = '150% 0px';

/**
 * Every page of the document as a placeholder of its size; only pages near the view are drawn
 * (canvas and text layer), and drawing is undone when they scroll away, so a 300-page pack neither
 * blocks nor holds 300 canvases.
 */
export function PdfPages({ doc, jumpTo, onPageTextReady }: PagesProps) {
  const [zoom, setZoom] = useState(1.25);
  const firstPageSize = useFirstPageSize(doc);
  // State, not a ref: pages observe their nearness against it, so they wait until it exists.
  const [scroller, setScroller] = useState<HTMLElement | null>(null);

  useEffect(() => {
    if (!jumpTo) return;
    const page = scroller?.querySelector<HTMLElement>(`[data-page="${jumpTo.page}"]`);
    page?.scrollIntoView({ block: 'start' });
    page?.focus({ preventScroll: true });
  }, [jumpTo, scroller]);

  const zoomIndex = ZOOMS.indexOf(zoom);
  return (
    <main class="pages" ref={setScroller}>
      <div class="toolbar" role="toolbar" aria-label="Zoom">
        <button
          type="button"
          onClick={() => setZoom(ZOOMS[zoomIndex - 1] ?? zoom)}
          disabled={zoomIndex === 0}
          aria-label="Zoom out"
        >
          −
        </button>
        <span aria-live="polite">{Math.round(zoom * 100)}%</span>
        <button
          type="button"
          onClick={() => setZoom(ZOOMS[zoomIndex + 1] ?? zoom)}
          disabled={zoomIndex === ZOOMS.length - 1}
          aria-label="Zoom in"
        >
          +
        </button>
        <span class="muted">{doc.numPages} pages</span>
      </div>
      {firstPageSize &&
        scroller &&
        Array.from({ length: doc.numPages }, (_, index) => (
          <PdfPage
            key={index + 1}
            doc={doc}
            number={index + 1}
            zoom={zoom}
            guess={firstPageSize}
            scroller={scroller}
            onTextReady={onPageTextReady}
          />
        ))}
    </main>
  );
}

/** Placeholders take the first page's size until their own page is drawn: packs rarely mix sizes. */
function useFirstPageSize(doc: PDFDocumentProxy): Size | undefined {
  const [size, setSize] = useState<Size>();
  useEffect(() => {
    void doc.getPage(1).then((page) => setSize(page.getViewport({ scale: 1 })));
  }, [doc]);
  return size;
}

interface PageProps {
  doc: PDFDocumentProxy;
  number: number;
  zoom: number;
  guess: Size;
  /** The element that scrolls the pages: nearness is measured against it. */
  scroller: HTMLElement | null;
  onTextReady?: (page: number, textLayer: HTMLElement) => void;
}

function PdfPage({ doc, number, zoom, guess, scroller, onTextReady }: PageProps) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearView(ref, scroller);
  const [size, setSize] = useState<Size>(guess);

  useEffect(() => {
    const element = ref.current;
    if (!near || !element) return;
    const drawing = drawPage(doc, number, zoom, element);
    void drawing.ready.then((drawn) => {
      if (!drawn) return;
      setSize(drawn.size);
      onTextReady?.(number, drawn.textLayer);
    });
    return () => drawing.release();
  }, [doc, number, zoom, near]);

  return (
    <div
      ref={ref}
      class="page"
      data-page={number}
      tabIndex={-1}
      role="region"
      aria-label={`Page ${number}`}
      style={{
        width: `${size.width * zoom}px`,
        height: `${size.height * zoom}px`,
        '--total-scale-factor': zoom,
      }}
    />
  );
}

function useNearView(ref: { current: HTMLElement | null }, scroller: HTMLElement | null): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (!ref.current) return;
    const observer = new IntersectionObserver(([entry]) => setNear(entry?.isIntersecting ?? false), {
      root: scroller,
      rootMargin: KEEP_MARGIN,
    });
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [ref, scroller]);
  return near;
}

interface Drawing {
  /** The page's natural size and its text layer, or nothing when released before it was drawn. */
  ready: Promise<{ size: Size; textLayer: HTMLElement } | undefined>;
  release: () => void;
}

/** Draws a page into element: a canvas at the screen's pixel density, and pdf.js's selectable text layer above it. */
function drawPage(doc: PDFDocumentProxy, number: number, zoom: number, element: HTMLElement): Drawing {
  let released = false;
  let page: PDFPageProxy | undefined;
  let render: RenderTask | undefined;
  let textLayer: TextLayer | undefined;
  const canvas = document.createElement('canvas');
  const layer = document.createElement('div');
  layer.className = 'textLayer';

  const ready = (async () => {
    page = await doc.getPage(number);
    if (released) return undefined;
    const viewport = page.getViewport({ scale: zoom });
    const density = window.devicePixelRatio || 1;
    canvas.width = Math.floor(viewport.width * density);
    canvas.height = Math.floor(viewport.height * density);
    canvas.setAttribute('aria-hidden', 'true');
    element.replaceChildren(canvas, layer);
    render = page.render({
      canvas,
      viewport,
      transform: density === 1 ? undefined : [density, 0, 0, density, 0, 0],
    });
    textLayer = new TextLayer({ textContentSource: page.streamTextContent(), container: layer, viewport });
    await Promise.all([render.promise, textLayer.render()]);
    return { size: page.getViewport({ scale: 1 }), textLayer: layer };
  })().catch((error: unknown) => {
    // Scrolling away cancels a drawing in progress: that is not a failure.
    if (released || (error instanceof Error && error.name === 'RenderingCancelledException'))
      return undefined;
    element.textContent = `Page ${number} could not be drawn.`;
    return undefined;
  });

  return {
    ready,
    release() {
      released = true;
      render?.cancel();
      textLayer?.cancel();
      // A zero-size canvas gives its pixel memory back at once, before garbage collection.
      canvas.width = canvas.height = 0;
      element.replaceChildren();
      page?.cleanup();
    },
  };
}
