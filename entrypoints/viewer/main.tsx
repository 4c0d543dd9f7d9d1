import { render } from 'preact';
import { browser } from 'wxt/browser';
import { originPattern } from '../../utils/ext/match-patterns';
import type { PageLinks } from '../../utils/ext/reading';
import { send } from '../../utils/ext/send';
import '../../components/page.css';
import './viewer.css';
import { createPdfHighlights } from './highlights';
import { Viewer } from './Viewer';

/** Opened as viewer.html?src=<encoded PDF URL>; only web PDFs, never extension or local files. */
function pdfUrlFromQuery(search: string): string | undefined {
  const src = new URLSearchParams(search).get('src');
  if (!src || !URL.canParse(src)) return undefined;
  return ['http:', 'https:'].includes(new URL(src).protocol) ? src : undefined;
}

/** "Agenda frontsheet.pdf" from …/Agenda%20frontsheet.pdf, for the tab's title. */
function fileName(url: string): string {
  const last = new URL(url).pathname.split('/').pop() || 'PDF';
  try {
    return decodeURIComponent(last);
  } catch {
    return last; // A malformed %-escape: show it as it is.
  }
}

const app = document.getElementById('app')!;
const src = pdfUrlFromQuery(location.search);
if (src) {
  document.title = `Agenda Lens · ${fileName(src)}`;
  // Highlights belong to the PDF's own address, as a web page's belong to the page's.
  const highlights = createPdfHighlights(window, src);
  render(
    <Viewer
      src={src}
      siteAccess={{
        granted: () => browser.permissions.contains({ origins: [originPattern(src)] }),
        request: () => browser.permissions.request({ origins: [originPattern(src)] }),
      }}
      readPack={(records) => send<PageLinks>({ type: 'page-read', url: src, records })}
      setActionStatus={(actionId, status) => send({ type: 'set-action-status', actionId, status })}
      onPackKnown={highlights.start}
      onPageTextReady={highlights.pageTextReady}
    />,
    app,
  );
} else {
  render(
    <main>
      <h1>Agenda Lens</h1>
      <p role="alert">No PDF to show: open this page with ?src= and the address of a council PDF.</p>
    </main>,
    app,
  );
}
