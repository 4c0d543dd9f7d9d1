/**
 * Chrome's side panel API is not in webextension-polyfill's types, and Firefox has a sidebar
 * instead (opened from its own button), so the one call we make goes through here.
 */
interface SidePanelApi {
  open(options: { tabId: number }): Promise<void>;
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}

export function sidePanelApi(): SidePanelApi | null {
  const chromeGlobal = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome;
  return chromeGlobal?.sidePanel ?? null;
}
