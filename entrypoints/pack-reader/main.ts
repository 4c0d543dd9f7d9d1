import { browser } from 'wxt/browser';
import { ReadPackRequestSchema } from '../../utils/ext/pack-reader/protocol';
import { readPack } from '../../utils/ext/pack-reader/read';

/**
 * The pack reader: a page with a DOM and workers for pdf.js, which Chrome's service worker lacks.
 * Opened by the background as an offscreen document (Chrome) or a frame of its page (Firefox).
 * It answers only the background's "read-pack" requests; everything else is not for it.
 */
browser.runtime.onMessage.addListener((message, sender) => {
  const request = ReadPackRequestSchema.safeParse(message);
  if (!request.success || sender.id !== browser.runtime.id || sender.tab) return undefined;
  return readPack(request.data.url);
});
