import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { originPattern } from './match-patterns';
import { viewerUrl } from './pdf-links';
import { looksLikeCouncilPdf } from '../sites/pdf-urls';

/**
 * "Open council PDFs in the Agenda Lens viewer": off until the user turns it on in the options.
 * A versioned storage item: version 1 is a boolean; a change of shape adds a migration here.
 */
export const openCouncilPdfsItem = storage.defineItem<boolean>('local:openCouncilPdfsInViewer', {
  fallback: false,
  version: 1,
});

export interface AutoOpenDeps {
  enabled(): Promise<boolean>;
  /** Whether the user allowed Agenda Lens to read this site (host permission for its origin). */
  siteAllowed(url: string): Promise<boolean>;
  show(tabId: number, url: string): Promise<unknown>;
}

const browserDeps: AutoOpenDeps = {
  enabled: () => openCouncilPdfsItem.getValue(),
  siteAllowed: (url) => browser.permissions.contains({ origins: [originPattern(url)] }),
  show: (tabId, url) => browser.tabs.update(tabId, { url: viewerUrl(url) }),
};

/**
 * For tabs.onUpdated: a tab that went to a council PDF shows it in the viewer instead, when the
 * setting is on. Least privilege: no "tabs" or "webNavigation" permission. The browser tells us a
 * tab's URL only on sites we hold host permission for, which are the sites the user allowed
 * (from the popup, the viewer's "Allow reading", or the options page when turning this on); the
 * check is repeated here so that a PDF elsewhere is never taken over, and only council PDF
 * addresses (looksLikeCouncilPdf) are. A tab that comes back to the PDF it was just taken from
 * (the Back button) is left on it: that is the way to the browser's own viewer, and no trap.
 * The handler answers whether it sent the tab to the viewer.
 */
export function councilPdfOpener(
  deps: AutoOpenDeps = browserDeps,
): (tabId: number, url: string | undefined) => Promise<boolean> {
  const taken = new Map<number, string>();
  return async (tabId, url) => {
    if (!url || !looksLikeCouncilPdf(url)) return false;
    if (taken.get(tabId) === url) {
      taken.delete(tabId);
      return false;
    }
    if (!(await deps.enabled()) || !(await deps.siteAllowed(url))) return false;
    taken.set(tabId, url);
    await deps.show(tabId, url);
    return true;
  };
}
