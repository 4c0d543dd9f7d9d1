import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '../utils/ext/handlers';
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
  resumePackReading();
  // Chrome: the toolbar button opens the popup; the side panel opens from the popup or the overlay.
  void sidePanelApi()
    ?.setPanelBehavior({ openPanelOnActionClick: false })
    .catch(() => undefined);
});
