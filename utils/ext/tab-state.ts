import { browser } from 'wxt/browser';
import type { PackLink } from '../sites/pack-links';
import type { Detection } from './messages';
import { pageAddress } from '../model/keys';

/** What the extension made of each tab, for the popup and side panel. */
export interface TabState {
  url: string;
  detection: Detection;
  itemsRead?: number;
  itemsLinked?: number;
  meetingKey?: string;
  /** The page's agenda packs and printed minutes (the popup offers to read them). */
  packs?: PackLink[];
}

/**
 * Kept in storage.session so a service worker that was stopped and restarted still knows what
 * each open tab is (MV3 workers are short-lived); gone when the browser closes.
 */
/** The key of a tab's state in storage.session (the side panel follows its changes). */
export const tabStateKey = (tabId: number): string => `tab:${tabId}`;

/** Each tab's writes in the order they were asked for: they read, merge and write back. */
const writes = new Map<number, Promise<void>>();

/**
 * Merges `patch` into the tab's state. Callers need not wait: the page's answer should not wait
 * on a storage write (issue #8), and writes to one tab are queued so none overwrites another.
 */
export function setTabState(tabId: number, patch: Partial<TabState> & Pick<TabState, 'url'>): Promise<void> {
  const write = (writes.get(tabId) ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => merge(tabId, patch));
  writes.set(tabId, write);
  void write.finally(() => writes.get(tabId) === write && writes.delete(tabId)).catch(() => undefined);
  return write;
}

async function merge(tabId: number, patch: Partial<TabState> & Pick<TabState, 'url'>): Promise<void> {
  const current = await readTabState(tabId);
  const next = current && current.url === patch.url ? { ...current, ...patch } : patch;
  await browser.storage.session.set({ [tabStateKey(tabId)]: next });
}

/** The state with every write asked for so far applied. */
export async function getTabState(tabId: number): Promise<TabState | null> {
  await writes.get(tabId)?.catch(() => undefined);
  return readTabState(tabId);
}

async function readTabState(tabId: number): Promise<TabState | null> {
  const stored = await browser.storage.session.get(tabStateKey(tabId));
  return (stored[tabStateKey(tabId)] as TabState | undefined) ?? null;
}

/**
 * The state kept for a tab, if it is of the page the tab shows now. A tab that went from a meeting
 * page to a site Agenda Lens does not read keeps the meeting page's state, since nothing reports
 * the new page, and the popup must not describe that page as this one. Without access to the
 * tab its address is unknown, and the state is taken as it is. Fragments are left out: a link
 * within the page does not make it another page.
 */
export function stateOfCurrentPage(state: TabState | null, currentUrl: string | undefined): TabState | null {
  if (!state || currentUrl === undefined) return state;
  return pageAddress(state.url) === pageAddress(currentUrl) ? state : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabStateKey(tabId));
}
