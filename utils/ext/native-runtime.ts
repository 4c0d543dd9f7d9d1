/**
 * The extension APIs without webextension-polyfill, for the scripts that run in council pages
 * (the detector and the overlay): the polyfill and WXT's content-script wrapper cost about 5 ms
 * of script time per page load on a two-core laptop, against 0.6 ms for a bare script (issue #8,
 * `npm run bench -- --only "content script"`). Chrome's promise-returning `chrome.*` (MV3) and
 * Firefox's `browser.*` both fit these shapes; only what the callers use is typed.
 */
export interface MessageSender {
  id?: string;
}

export interface NativeRuntime {
  id?: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    /** Answer with sendResponse, synchronously: both browsers accept that without the polyfill. */
    addListener(listener: NativeMessageListener): void;
    removeListener(listener: NativeMessageListener): void;
  };
}

export type NativeMessageListener = (
  message: unknown,
  sender: MessageSender,
  sendResponse: (response: unknown) => void,
) => void;

export interface NativeStorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

interface NativeApi {
  runtime?: NativeRuntime;
  storage?: { local: NativeStorageArea };
}

function api(): NativeApi {
  const globals = globalThis as unknown as { browser?: NativeApi; chrome?: NativeApi };
  return globals.browser?.runtime ? globals.browser : (globals.chrome ?? {});
}

export function nativeRuntime(): NativeRuntime {
  const { runtime } = api();
  if (!runtime) throw new Error('Agenda Lens: not running in an extension (no runtime API)');
  return runtime;
}

export function nativeLocalStorage(): NativeStorageArea {
  const { storage } = api();
  if (!storage) throw new Error('Agenda Lens: no storage API here');
  return storage.local;
}

/** False once the extension that started this script was reloaded, updated or removed. */
export function extensionAlive(): boolean {
  try {
    return Boolean(api().runtime?.id);
  } catch {
    return false;
  }
}
