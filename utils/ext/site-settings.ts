import { storage } from 'wxt/utils/storage';

/**
 * Sites where the user turned Agenda Lens off from the popup. A versioned storage item:
 * version 1 is a list of origins; a migration is added here with each change of shape.
 */
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
  version: 1,
});

export async function isSiteEnabled(origin: string): Promise<boolean> {
  return !(await disabledSitesItem.getValue()).includes(new URL(origin).origin);
}

export async function setSiteEnabled(origin: string, enabled: boolean): Promise<void> {
  const site = new URL(origin).origin;
  const others = (await disabledSitesItem.getValue()).filter((o) => o !== site);
  await disabledSitesItem.setValue(enabled ? others : [...others, site]);
}
