import { browser } from 'wxt/browser';
import { PACK_READER_TARGET, PackReadSchema, type PackRead, type ReadPackRequest } from './protocol';

/**
 * The background's side of the pack reader. Chrome's service worker has no DOM and cannot start
 * pdf.js's worker, so the reader is an offscreen document; Firefox's background is a page, so the
 * reader is a frame of it. Either way it is loaded on first use: the background bundle carries no pdf.js.
 */
const READER_PATH = '/pack-reader.html';

/** Fetching (60 s at most) and reading one pack; a reader that takes longer is closed and the pack given up. */
export const READ_TIMEOUT_MS = 120_000;

/** The one call of Chrome's offscreen API we make; webextension-polyfill does not know it. */
interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument(): Promise<boolean>;
}

function offscreenApi(): OffscreenApi | null {
  return (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen ?? null;
}

let opening: Promise<void> | null = null;

async function openReader(): Promise<void> {
  const offscreen = offscreenApi();
  const url = browser.runtime.getURL(READER_PATH as '/pack-reader.html');
  if (offscreen) {
    if (await offscreen.hasDocument()) return;
    opening ??= offscreen
      .createDocument({
        url,
        reasons: ['WORKERS'],
        justification: 'Reads the text of council agenda packs with pdf.js, which runs in a worker.',
      })
      .finally(() => (opening = null));
    return opening;
  }
  if (readerFrame()) return;
  const frame = document.createElement('iframe');
  frame.src = url;
  opening ??= new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    document.body.append(frame);
  }).finally(() => (opening = null));
  return opening;
}

function readerFrame(): HTMLIFrameElement | null {
  return document.querySelector<HTMLIFrameElement>(`iframe[src$="${READER_PATH}"]`);
}

/** Closes the reader: its memory (pdf.js, a pack's bytes) is given back, and any read in it stops. */
export async function closeReader(): Promise<void> {
  const offscreen = offscreenApi();
  if (!offscreen) return readerFrame()?.remove();
  if (await offscreen.hasDocument()) await offscreen.closeDocument();
}

/**
 * Reads one pack in the reader. A reader that does not answer within READ_TIMEOUT_MS, or a reply
 * that is not a valid result, becomes a failure; a stop (signal) closes the reader and throws, so
 * the pack stays queued.
 */
export async function readPackInReader(url: string, signal?: AbortSignal): Promise<PackRead> {
  await openReader();
  const request: ReadPackRequest = { target: PACK_READER_TARGET, type: 'read-pack', url };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const timedOut = new Promise<'timeout'>(
    (resolve) => (timer = setTimeout(() => resolve('timeout'), READ_TIMEOUT_MS)),
  );
  const stopped = new Promise<'stopped'>((resolve) => {
    onAbort = () => resolve('stopped');
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const reply = await Promise.race([browser.runtime.sendMessage(request), timedOut, stopped]);
    if (reply === 'stopped' || reply === 'timeout') await closeReader();
    if (reply === 'stopped') throw new Error('stopped');
    if (reply === 'timeout')
      return {
        ok: false,
        failure: 'timeout',
        message: `Reading this PDF took over ${READ_TIMEOUT_MS / 1000} s.`,
      };
    const parsed = PackReadSchema.safeParse(reply);
    return parsed.success
      ? parsed.data
      : { ok: false, failure: 'failed', message: 'The pack reader gave no usable answer for this PDF.' };
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}
