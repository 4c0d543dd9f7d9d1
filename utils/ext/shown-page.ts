import { browser } from 'wxt/browser';
import { WHICH_PAGE } from './tab-messages';
import { getTabState, stateOfCurrentPage, type TabState } from './tab-state';

/**
 * What the background asks the browser about a tab: the state our scripts reported for it, whether
 * it shows one of our own pages (the PDF viewer), and the address its meeting page's overlay gives
 * (null: the page has no overlay; undefined: it did not answer in time).
 */
export interface TabQuestions {
  stateOf(tabId: number): Promise<TabState | null>;
  showsOurPage(tabId: number): Promise<boolean>;
  pageShownIn(tabId: number): Promise<string | null | undefined>;
}

/**
 * The state kept for a tab, if it is of the meeting page the tab shows now (the side panel's
 * meeting). A tab that left a meeting page for a site Agenda Lens does not read keeps that page's
 * state, since nothing reports the new page (the side panel showed the old meeting beside it, and
 * a note written there went to it). The extension may not read a tab's address (no "tabs"
 * permission), so it asks the page: where no overlay answers, the tab shows no meeting page we
 * read. A page busy past the wait has its state taken as it is. Our viewer's tab keeps the state
 * of the PDF it shows.
 */
export async function shownTabState(tabId: number, ask: TabQuestions = BROWSER): Promise<TabState | null> {
  const state = await ask.stateOf(tabId);
  if (!state || (await ask.showsOurPage(tabId))) return state;
  const shown = await ask.pageShownIn(tabId);
  if (shown === undefined) return state;
  return shown === null ? null : stateOfCurrentPage(state, shown);
}

/** Long enough for a page that is not hung: a page still loading answers between its tasks. */
const ANSWER_MS = 1_000;

const BROWSER: TabQuestions = {
  stateOf: getTabState,
  async showsOurPage(tabId) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return Boolean(tab?.url?.startsWith(browser.runtime.getURL('/')));
  },
  pageShownIn(tabId) {
    const asked = browser.tabs.sendMessage(tabId, WHICH_PAGE, { frameId: 0 }).then(
      (url: unknown) => (typeof url === 'string' ? url : null),
      () => null, // no receiving end: no overlay in the page
    );
    const late = new Promise<undefined>((resolve) => setTimeout(resolve, ANSWER_MS));
    return Promise.race([asked, late]);
  },
};
