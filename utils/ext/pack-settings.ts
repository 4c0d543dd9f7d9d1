import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { originPattern } from './match-patterns';

/**
 * Whether the background reads the agenda packs and printed minutes of the meetings it indexes
 * without being asked, on sites the user allowed. On by default: a councillor who allowed a site
 * wants its papers' decisions beside the next agenda. Version 1 is a boolean.
 */
export const autoReadPacksItem = storage.defineItem<boolean>('local:autoReadPacks', {
  fallback: true,
  version: 1,
});

/** Whether the extension may fetch from this page's site (asked for on a click in the popup). */
export function siteAllowed(pageUrl: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(new URL(pageUrl).origin)] });
}

/** Asks for the page's site, on the user's click: the reader fetches the PDFs from there. */
export function requestSiteForPacks(pageUrl: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(new URL(pageUrl).origin)] });
}

/** Every site the extension may fetch from (allowed from the popup), for the options page. */
export async function allowedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins
    .filter((pattern) => /^https?:\/\/[^*]/.test(pattern))
    .map((pattern) => new URL(pattern).origin);
}

export async function removeAllowedSite(origin: string): Promise<void> {
  await browser.permissions.remove({ origins: [originPattern(origin)] });
}
