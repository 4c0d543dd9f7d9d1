import { storage } from 'wxt/utils/storage';

/**
 * Highlights the overlay could not find again on their page (hypothesis/client's "orphans").
 * Kept apart from the highlights themselves, which are never changed by a failed anchoring.
 * Versioned storage item: version 1 maps highlight id → the page and when it was last missed.
 */
export const orphansItem = storage.defineItem<Record<string, { url: string; at: number }>>(
  'local:orphanedHighlights',
  {
    fallback: {},
    version: 1,
  },
);

export async function recordAnchoring(url: string, orphans: string[], anchored: string[]): Promise<void> {
  const current = { ...(await orphansItem.getValue()) };
  for (const id of anchored) delete current[id];
  for (const id of orphans) current[id] = { url, at: Date.now() };
  await orphansItem.setValue(current);
}

export async function orphanedHighlights(): Promise<Record<string, { url: string; at: number }>> {
  return orphansItem.getValue();
}
