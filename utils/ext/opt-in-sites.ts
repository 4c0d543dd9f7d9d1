import { browser } from 'wxt/browser';
import { originPattern } from './match-patterns';
import { DETECTOR_SCRIPT } from './script-files';

/**
 * Council sites on no known platform: the user opts in from the popup, which asks for that one
 * origin at the moment of use (optional host permission), and the content script is registered
 * for it at run time. Removing the site from the options page revokes both (issue #9).
 */
const SCRIPT_ID_PREFIX = 'optin:';

interface ScriptingApi {
  registerContentScripts(
    scripts: { id: string; matches: string[]; js: string[]; runAt: string }[],
  ): Promise<void>;
  updateContentScripts(scripts: { id: string; js: string[] }[]): Promise<void>;
  unregisterContentScripts(filter?: { ids: string[] }): Promise<void>;
  getRegisteredContentScripts(): Promise<{ id: string; js?: string[] }[]>;
}

/** The scripting API's types differ between Chrome and webextension-polyfill; we use three calls. */
function scripting(): ScriptingApi {
  return (browser as unknown as { scripting: ScriptingApi }).scripting;
}

export async function optedInOrigins(): Promise<string[]> {
  const registered = await scripting().getRegisteredContentScripts();
  return registered
    .filter((s) => s.id.startsWith(SCRIPT_ID_PREFIX))
    .map((s) => s.id.slice(SCRIPT_ID_PREFIX.length));
}

/** Called from the popup (a user gesture): asks for the site, then registers the detector there. */
export async function requestSite(origin: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
  if (granted) await registerSite(origin);
  return granted;
}

export async function registerSite(origin: string): Promise<void> {
  const site = new URL(origin).origin;
  if ((await optedInOrigins()).includes(site)) return;
  await scripting().registerContentScripts([
    {
      id: SCRIPT_ID_PREFIX + site,
      matches: [originPattern(site)],
      js: [DETECTOR_SCRIPT],
      runAt: 'document_idle',
    },
  ]);
}

export async function removeSite(origin: string): Promise<void> {
  const site = new URL(origin).origin;
  await scripting()
    .unregisterContentScripts({ ids: [SCRIPT_ID_PREFIX + site] })
    .catch(() => undefined);
  await browser.permissions.remove({ origins: [originPattern(site)] });
}

/**
 * Registered scripts outlive an update of the extension, and name the file they inject: those
 * registered when the detector was a WXT content script ('content-scripts/content.js', before it
 * became an unlisted script for speed) are pointed at the current file, so opted-in sites keep
 * their overlay. Called when the extension is updated.
 */
export async function pointOptInScriptsAtDetector(): Promise<void> {
  const stale = (await scripting().getRegisteredContentScripts()).filter(
    (s) => s.id.startsWith(SCRIPT_ID_PREFIX) && (s.js?.length !== 1 || s.js[0] !== DETECTOR_SCRIPT),
  );
  if (stale.length)
    await scripting().updateContentScripts(stale.map(({ id }) => ({ id, js: [DETECTOR_SCRIPT] })));
}
