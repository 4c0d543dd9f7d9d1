import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disabledSitesItem, isSiteEnabled, setSiteEnabled } from '../../../utils/ext/site-settings';

const SITE = 'https://moderngov.kingston.gov.uk';

// The answer is kept per worker (module): each test starts from an empty list written through storage.
beforeEach(() => disabledSitesItem.setValue([]));

describe('sites turned off from the popup', () => {
  it('are on unless turned off, by origin', async () => {
    expect(await isSiteEnabled(`${SITE}/ieListDocuments.aspx?MId=1`)).toBe(true);
    await setSiteEnabled(SITE, false);
    expect(await isSiteEnabled(`${SITE}/ieListDocuments.aspx?MId=1`)).toBe(false);
    expect(await isSiteEnabled('https://democracy.kirklees.gov.uk/')).toBe(true);
    await setSiteEnabled(SITE, true);
    expect(await isSiteEnabled(SITE)).toBe(true);
  });

  it('follow a change written by another context straight to storage', async () => {
    expect(await isSiteEnabled(SITE)).toBe(true);
    // The storage event arrives after the write, as it does in browsers.
    await fakeBrowser.storage.local.set({ disabledSites: [SITE] });
    await vi.waitFor(async () => expect(await isSiteEnabled(SITE)).toBe(false));
    await fakeBrowser.storage.local.set({ disabledSites: [] });
    await vi.waitFor(async () => expect(await isSiteEnabled(SITE)).toBe(true));
  });
});
