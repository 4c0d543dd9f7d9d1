import { openIndexDb, type IndexDb } from './index-db';
import { openLinkIndexStore, type LinkIndexStore } from './link-index-store';
import { createLinksCache, forgetLinksOnChange, type LinksCache } from './links-cache';
import { startBrowserNotesService } from './notes-db/browser';
import type { NotesService } from './notes-db/service';

/**
 * What the background works with: the index (a rebuildable cache of what was read), the link
 * index over it, and the user's notes (the source of truth), which sync to their other browsers.
 * Opened once per service-worker life, on first use.
 */
export interface Services {
  index: IndexDb;
  links: LinkIndexStore;
  notes: NotesService;
  /** Each meeting page's last links, for its next visit (utils/ext/links-cache.ts). */
  linksCache: LinksCache;
}

let services: Promise<Services> | null = null;

export function getServices(): Promise<Services> {
  services ??= openServices().catch((error: unknown) => {
    services = null; // let the next message try again rather than failing for the worker's life
    throw error;
  });
  return services;
}

async function openServices(): Promise<Services> {
  const [index, notes] = await Promise.all([
    openIndexDb(),
    startBrowserNotesService({ deviceLabel: deviceLabel() }),
  ]);
  const links = await openLinkIndexStore(index);
  const linksCache = createLinksCache();
  forgetLinksOnChange(linksCache, notes, links);
  return { index, links, notes, linksCache };
}

/** How this browser is named in conflict notes: "Chrome on Linux". */
function deviceLabel(): string {
  const agent = navigator.userAgent;
  const browserName = /Firefox\//.test(agent) ? 'Firefox' : /Edg\//.test(agent) ? 'Edge' : 'Chrome';
  const os = /Windows/.test(agent)
    ? 'Windows'
    : /Mac OS/.test(agent)
      ? 'macOS'
      : /CrOS/.test(agent)
        ? 'ChromeOS'
        : 'Linux';
  return `${browserName} on ${os}`;
}
