import { storage } from 'wxt/utils/storage';

/**
 * Sites where the user turned Agenda Lens off from the popup. A versioned storage item:
 * version 1 is a list of origins; a migration is added here with each change of shape.
 */
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
  version: 1,
});

/**
 * The list, read once per worker and dropped when it changes (here or from any other context):
 * every meeting page waits on this answer before its badges (issue #8).
 */
let disabledSites: Promise<ReadonlySet<string>> | undefined;
let watching = false;

function readDisabledSites(): Promise<ReadonlySet<string>> {
  if (!watching) {
    watching = true;
    disabledSitesItem.watch(() => (disabledSites = undefined));
  }
  return (disabledSites ??= disabledSitesItem.getValue().then((origins) => new Set(origins)));
}

export async function isSiteEnabled(origin: string): Promise<boolean> {
  return !(await readDisabledSites()).has(new URL(origin).origin);
}

export async function setSiteEnabled(origin: string, enabled: boolean): Promise<void> {
  const site = new URL(origin).origin;
  const others = (await disabledSitesItem.getValue()).filter((o) => o !== site);
  const next = enabled ? others : [...others, site];
  await disabledSitesItem.setValue(next);
  disabledSites = Promise.resolve(new Set(next)); // the storage event comes later: be right at once
}
