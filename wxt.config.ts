import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DECLARED_CONTENT_SCRIPTS } from './utils/ext/match-patterns';
import { DETECTOR_SCRIPT, OVERLAY_SCRIPT } from './utils/ext/script-files';
import { STANDARD_FONTS_DIR } from './utils/ext/pdf-assets';

/**
 * pdf.js's data for the 14 standard PDF fonts (Helvetica, Times …), which PDFs may use without
 * embedding them: shipped with the extension (about 0.8 MB) so such packs render with the right
 * glyph widths. CMaps (1.7 MB, for CJK text in non-embedded fonts) are not shipped: council papers
 * in English do not need them. The viewer points pdf.js at this folder (utils/ext/pdf-reader.ts).
 */
const STANDARD_FONTS_SOURCE = join(import.meta.dirname, 'node_modules', 'pdfjs-dist', 'standard_fonts');

// See ../shared/TOOLCHAIN.md: no WXT Preact module, so the Preact preset is a Vite plugin.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the same modules run in Node (CLI, tests) without WXT's globals.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const name of readdirSync(STANDARD_FONTS_SOURCE))
        files.push({
          absoluteSrc: join(STANDARD_FONTS_SOURCE, name),
          relativeDest: `${STANDARD_FONTS_DIR}/${name}`,
        });
    },
  },
  manifest: ({ browser }) => ({
    name: 'Agenda Lens',
    description:
      'Prior decisions and open follow-ups beside every council agenda item. Private: nothing leaves your browser.',
    // Reasons for each permission are in the README ("Privacy and permissions").
    permissions: [
      'storage',
      'unlimitedStorage',
      'scripting',
      // The popup's opt-in needs the address of a tab on a site we have no access to: a tab's url is
      // given only with host access, and activeTab grants it for the tab whose toolbar button was
      // clicked, with no install warning (the `tabs` permission would read every tab's address).
      'activeTab',
      // Chrome's worker cannot run pdf.js: packs are read in an offscreen document (Firefox: a frame).
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    // Sites on no known platform, asked for one origin at a time from the popup.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // Where the overlay is not declared, the content script imports it on a meeting page, and ModernGov's
    // detector imports the full one on a page it does not recognise, so both must be web-accessible.
    // Chrome accepts only "/*" paths here; use_dynamic_url keeps pages from probing for them.
    web_accessible_resources:
      browser === 'firefox'
        ? [OVERLAY_SCRIPT, DETECTOR_SCRIPT]
        : [{ resources: [OVERLAY_SCRIPT, DETECTOR_SCRIPT], matches: ['*://*/*'], use_dynamic_url: true }],
    // The detectors on the known platforms' pages (other sites by opt-in); on meeting pages by address
    // the overlay comes first, waiting for the detector's word.
    content_scripts: DECLARED_CONTENT_SCRIPTS,
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'agenda-lens@example.org',
              strict_min_version: '128.0',
              // Nothing is collected: notes travel only through the browser's own sync storage.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
