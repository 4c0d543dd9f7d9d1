import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The scripting API's registered scripts, as the browser keeps them across an update. */
const registered = new Map<string, { id: string; matches: string[]; js: string[] }>();
const scripting = {
  getRegisteredContentScripts: async () => [...registered.values()].map((s) => ({ ...s })),
  updateContentScripts: vi.fn(async (updates: { id: string; js: string[] }[]) => {
    for (const { id, js } of updates) {
      const script = registered.get(id);
      if (!script) throw new Error(`Nonexistent script ID '${id}'`);
      script.js = js;
    }
  }),
};
vi.mock('wxt/browser', () => ({ browser: { scripting } }));

const { pointOptInScriptsAtDetector } = await import('../../../utils/ext/opt-in-sites');
const { DETECTOR_SCRIPT } = await import('../../../utils/ext/script-files');

function register(id: string, js: string[]) {
  registered.set(id, { id, matches: ['https://example.org/*'], js });
}

describe('opted-in sites after an update', () => {
  beforeEach(() => {
    registered.clear();
    scripting.updateContentScripts.mockClear();
  });

  it('points scripts registered with the old content-script file at the detector', async () => {
    register('optin:https://agendas.example.org', ['content-scripts/content.js']);
    register('optin:https://council.example.net', [DETECTOR_SCRIPT]);
    register('someone-else', ['content-scripts/content.js']);
    await pointOptInScriptsAtDetector();
    expect(registered.get('optin:https://agendas.example.org')!.js).toEqual([DETECTOR_SCRIPT]);
    expect(registered.get('optin:https://council.example.net')!.js).toEqual([DETECTOR_SCRIPT]);
    // Only our own registrations are touched.
    expect(registered.get('someone-else')!.js).toEqual(['content-scripts/content.js']);
  });

  it('changes nothing when every opted-in script is current', async () => {
    register('optin:https://council.example.net', [DETECTOR_SCRIPT]);
    await pointOptInScriptsAtDetector();
    expect(scripting.updateContentScripts).not.toHaveBeenCalled();
  });
});
