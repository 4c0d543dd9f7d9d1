import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '../utils/ext/handlers';
import { pointOptInScriptsAtDetector } from '../utils/ext/opt-in-sites';
import { councilPdfOpener } from '../utils/ext/pdf-auto-open';
import { resumePackReading } from '../utils/ext/pack-reading';
import { createRouter } from '../utils/ext/router';
import { sidePanelApi } from '../utils/ext/side-panel';
import { forgetTab } from '../utils/ext/tab-state';

/** Thin: the message router over the handlers; the index and sync live behind them. */
export default defineBackground(() => {
  const route = createRouter(createHandlers(), {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'update')
      void pointOptInScriptsAtDetector().catch((error: unknown) =>
        console.warn("Agenda Lens: could not update the opted-in sites' scripts", error),
      );
  });
  const openCouncilPdf = councilPdfOpener();
  browser.tabs.onUpdated.addListener((tabId, change) => void openCouncilPdf(tabId, change.url));
  resumePackReading();
  // Chrome: the toolbar button opens the popup; the side panel opens from the popup or the overlay.
  void sidePanelApi()
    ?.setPanelBehavior({ openPanelOnActionClick: false })
    .catch(() => undefined);
});
