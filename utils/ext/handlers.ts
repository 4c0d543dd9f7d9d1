import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { counts, listMeetings, importPack } from './index-db';
import { openFollowUpGroups, setStatus } from './follow-ups';
import { orphanedHighlights, recordAnchoring } from './orphans';
import { meetingView, searchAll } from './panel';
import { packReadingView, readPacks, readPacksIfAllowed, stopPackReading } from './pack-reading';
import { linkRecord, readPage, type PageReadAnswer } from './reading';
import type { Handlers } from './router';
import { getServices, type Services } from './services';
import type { OrphanView } from '../model/views';
import { fingerprint } from '../model/fingerprint';
import { isSiteEnabled, setSiteEnabled } from './site-settings';
import { getTabState, setTabState } from './tab-state';
import { shownTabState } from './shown-page';
import { saveNoteFor, saveHighlightFollowUp } from './notes';
import { viewerUrl } from './pdf-links';
import { looksLikeCouncilPdf } from '../sites/pdf-urls';

function isContentScript(sender: Runtime.MessageSender): boolean {
  return Boolean(sender.tab) && !(sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

/** A content script speaking of a page on a site other than its own. */
function fromAnotherSite(sender: Runtime.MessageSender, url: string): boolean {
  return isContentScript(sender) && new URL(url).origin !== new URL(sender.url!).origin;
}

function tabOf(sender: Runtime.MessageSender): number | null {
  return sender.tab?.id ?? null;
}

/** The popup's and side panel's view of a tab, written after the page has its answer. */
function keepTabState(tabId: number, patch: Parameters<typeof setTabState>[1]): void {
  setTabState(tabId, patch).catch((error: unknown) =>
    console.warn('Agenda Lens: could not keep the state of tab', tabId, error),
  );
}

/** The background's answers to each message. Each is small; the work is in the modules it calls. */
export function createHandlers(): Handlers {
  return {
    async 'page-detected'(message, sender) {
      const tabId = tabOf(sender);
      if (tabId !== null) keepTabState(tabId, { url: message.url, detection: message.detection });
      return isSiteEnabled(message.url);
    },
    async 'cached-links'(message, sender) {
      // Only a page's own links, and none for a site the user turned off.
      if (fromAnotherSite(sender, message.url)) return null;
      if (!(await isSiteEnabled(message.url))) return null;
      return (await getServices()).linksCache.get(message.url) ?? null;
    },
    async 'page-layout'(message, sender) {
      if (fromAnotherSite(sender, message.url)) throw new Error('a layout for another site refused');
      (await getServices()).linksCache.place(message.url, message.print, message.layout);
      return null;
    },
    async 'page-read'(message, sender) {
      // A content script may only submit pages of the site it runs on (backfill reads that site's other
      // pages); our own pages (the PDF viewer) submit what they read from any council site.
      if (fromAnotherSite(sender, message.url)) {
        throw new Error('records for another site refused');
      }
      // The overlay sends what it read before it knows whether the user turned the site off (so the
      // links are made while the page draws itself: issue #8); a page of such a site is not indexed.
      if (isContentScript(sender) && !(await isSiteEnabled(message.url))) {
        throw new Error('Agenda Lens is turned off on this site');
      }
      const print = message.recordsText === undefined ? undefined : fingerprint(message.recordsText);
      const links = await readPage(await getServices(), message.url, message.records, print);
      // Not awaited: the overlay's badges do not wait on a permission check and the queue.
      void readPacksIfAllowed(message.url, message.packs ?? []).catch((error: unknown) =>
        console.error('Agenda Lens: could not queue the PDF papers of', message.url, error),
      );
      // Pages read by a backfill are not what the tab shows: they leave the tab's state alone.
      const tabId = message.url === sender.url || !isContentScript(sender) ? tabOf(sender) : null;
      if (tabId !== null) {
        const itemsRead = message.records.reduce((n, r) => n + r.items.length, 0);
        const itemsLinked = links.items.filter((i) => i.priorDecisions.length || i.openActions.length).length;
        keepTabState(tabId, {
          url: message.url,
          itemsRead,
          itemsLinked,
          meetingKey: links.meetingKey,
          packs: message.packs,
        });
      }
      return { ...links, print } satisfies PageReadAnswer;
    },
    'link-agenda': async (message) => linkRecord(await getServices(), message.record),
    async 'set-action-status'(message) {
      await setStatus(await getServices(), message.actionId, message.status);
      return true;
    },
    async 'save-highlight'(message) {
      const services = await getServices();
      const highlight = await services.notes.saveHighlight(highlightInput(message));
      if (message.kind === 'followup') await saveHighlightFollowUp(services, highlight, message.note);
      else if (message.note) {
        await saveNoteFor(
          services,
          highlight.meetingKey,
          highlight.itemNumber,
          message.note,
          undefined,
          highlight.id,
        );
      }
      return highlight;
    },
    'list-highlights': async (message) => (await getServices()).notes.listHighlights({ url: message.url }),
    'highlights-anchored': (message) => recordAnchoring(message.url, message.orphans, message.anchored),
    async 'open-in-viewer'(message, sender) {
      // Only council PDFs: a page must not be able to make the overlay open arbitrary addresses in our viewer.
      if (!looksLikeCouncilPdf(message.url)) throw new Error('not a council PDF');
      const beside = sender.tab?.index === undefined ? {} : { index: sender.tab.index + 1 };
      await browser.tabs.create({ url: viewerUrl(message.url), openerTabId: sender.tab?.id, ...beside });
      return true;
    },
    'save-note': async (message) =>
      saveNoteFor(await getServices(), message.meetingKey, message.itemNumber, message.text, message.id),
    async 'panel-state'(message) {
      const services = await getServices();
      const tab = message.tabId === undefined ? null : await shownTabState(message.tabId);
      const [meeting, groups, orphans] = await Promise.all([
        tab?.meetingKey ? meetingView(services, tab.meetingKey) : null,
        openFollowUpGroups(services),
        orphanViews(services),
      ]);
      return { meeting, groups, orphans };
    },
    'tab-state': (message) => getTabState(message.tabId),
    'site-enabled': (message) => isSiteEnabled(message.origin),
    'set-site-enabled': (message) => setSiteEnabled(message.origin, message.enabled),
    async 'read-packs'(message) {
      const tab = await shownTabState(message.tabId);
      if (!tab?.packs?.length) throw new Error('no agenda packs or printed minutes were found on this page');
      await readPacks(tab.url, tab.packs, true);
      return packReadingView(tab.packs.map((pack) => pack.url));
    },
    'pack-reading': (message) => packReadingView(message.urls),
    'stop-pack-reading': () => stopPackReading(),
    'index-stats': async () => counts((await getServices()).index),
    search: async (message) => searchAll(await getServices(), message.query),
    'list-meetings': async () => listMeetings((await getServices()).index),
    async 'import-pack'(message) {
      const services = await getServices();
      const outcome = await importPack(services.index, parseJson(message.json));
      if (!outcome.ok) throw new Error(outcome.error);
      await services.links.rebuild();
      services.linksCache.clear(); // once the new link index is in place: links made before are stale
      return `Imported ${outcome.meetings} meetings from ${outcome.sources} sources.`;
    },
    async 'export-notes'(message) {
      const { notes } = await getServices();
      return message.format === 'json' ? notes.exportAll() : notes.exportMarkdown();
    },
    async 'import-backup'(message) {
      const outcome = await (await getServices()).notes.importBackup(message.json);
      if (!outcome.ok) throw new Error(outcome.error);
      return `Backup imported: ${outcome.changed} notes, follow-ups and highlights added or updated.`;
    },
    'sync-state': async () => (await getServices()).notes.getSyncState(),
    'sync-now': async () => (await getServices()).notes.syncNow(),
  };
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new Error(`this file is not JSON (${(error as Error).message})`);
  }
}

function highlightInput(message: Parameters<Handlers['save-highlight']>[0]) {
  const { url, meetingKey, itemNumber, kind, selectors, quote } = message;
  return { url, meetingKey, itemNumber, kind, selectors, quote };
}

/** Highlights the overlay could not find again, read from the pages they belong to. */
async function orphanViews(services: Services): Promise<OrphanView[]> {
  const orphans = await orphanedHighlights();
  const urls = [...new Set(Object.values(orphans).map((o) => o.url))];
  const highlights = (await Promise.all(urls.map((url) => services.notes.listHighlights({ url })))).flat();
  return highlights
    .filter((h) => orphans[h.id])
    .map((h) => ({ id: h.id, quote: h.quote, url: h.url, itemNumber: h.itemNumber, kind: h.kind }));
}
