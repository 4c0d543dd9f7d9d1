import { browser } from 'wxt/browser';
import { openIndexDb, type IndexDb } from './index-db';
import { openLinkIndexStore, type LinkIndexStore } from './link-index-store';
import { openNotesDb, type NotesDb } from './notes-db/open';
import { ensureDevice } from './notes-db/store';
import { createSyncEngine, type SyncEngine } from './sync-engine';
import type { SyncArea } from './sync-area';

/**
 * What the background works with: the index (a rebuildable cache of what was read), the link
 * index over it, the user's notes (the source of truth) and the sync engine that carries the
 * notes to the user's other browsers. Opened once per service-worker life, on first use.
 */
export interface Services {
  index: IndexDb;
  links: LinkIndexStore;
  notes: NotesDb;
  sync: SyncEngine;
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
  const [index, notes] = await Promise.all([openIndexDb(), openNotesDb()]);
  const links = await openLinkIndexStore(index);
  await ensureDevice(notes, deviceLabel());
  const sync = createSyncEngine({
    db: notes,
    area: browser.storage.sync as unknown as SyncArea,
    now: Date.now,
  });
  void sync.start().catch((error: unknown) => console.warn('Agenda Lens: sync could not start', error));
  return { index, links, notes, sync };
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
