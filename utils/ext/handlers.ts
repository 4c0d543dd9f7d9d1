import type { Runtime } from 'webextension-polyfill';
import { counts, listMeetings, importPack } from './index-db';
import { openFollowUpGroups, setStatus } from './follow-ups';
import {
  exportBackupJson,
  exportNotesMarkdown,
  importBackup,
  listHighlights,
  readAll,
  saveHighlight,
} from './notes-db/repo';
import { deviceNamer, getMeta } from './notes-db/store';
import { EMPTY_REPORT } from './sync-transport';
import { orphanIds, recordAnchoring } from './orphans';
import { meetingView, searchAll } from './panel';
import { linkRecord, readPage } from './reading';
import type { Handlers } from './router';
import { getServices, type Services } from './services';
import type { OrphanView } from '../model/views';
import { isSiteEnabled, setSiteEnabled } from './site-settings';
import { getTabState, setTabState } from './tab-state';
import { saveNoteFor, saveHighlightFollowUp } from './notes';

function tabOf(sender: Runtime.MessageSender): number | null {
  return sender.tab?.id ?? null;
}

/** The background's answers to each message. Each is small; the work is in the modules it calls. */
export function createHandlers(): Handlers {
  return {
    async 'page-detected'(message, sender) {
      const tabId = tabOf(sender);
      if (tabId !== null) await setTabState(tabId, { url: message.url, detection: message.detection });
      return isSiteEnabled(message.url);
    },
    async 'page-read'(message, sender) {
      const links = await readPage(await getServices(), message.url, message.records);
      const tabId = tabOf(sender);
      if (tabId !== null) {
        const itemsRead = message.records.reduce((n, r) => n + r.items.length, 0);
        const itemsLinked = links.items.filter((i) => i.priorDecisions.length || i.openActions.length).length;
        await setTabState(tabId, { url: message.url, itemsRead, itemsLinked, meetingKey: links.meetingKey });
      }
      return links;
    },
    'link-agenda': async (message) => linkRecord(await getServices(), message.record),
    async 'set-action-status'(message) {
      await setStatus(await getServices(), message.actionId, message.status);
      return true;
    },
    async 'save-highlight'(message) {
      const services = await getServices();
      const highlight = await saveHighlight(services.notes, highlightInput(message), Date.now());
      if (message.kind === 'followup') await saveHighlightFollowUp(services, highlight, message.note);
      else if (message.note)
        await saveNoteFor(
          services,
          highlight.meetingKey,
          highlight.itemNumber,
          message.note,
          undefined,
          highlight.id,
        );
      services.sync.schedulePush();
      return highlight;
    },
    'list-highlights': async (message) =>
      listHighlights((await getServices()).notes, { url: message.url }, Date.now()),
    'highlights-anchored': (message) => recordAnchoring(message.url, message.orphans, message.anchored),
    'save-note': async (message) =>
      saveNoteFor(await getServices(), message.meetingKey, message.itemNumber, message.text, message.id),
    async 'panel-state'(message) {
      const services = await getServices();
      const tab = message.tabId === undefined ? null : await getTabState(message.tabId);
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
    'index-stats': async () => counts((await getServices()).index),
    search: async (message) => searchAll(await getServices(), message.query),
    'list-meetings': async () => listMeetings((await getServices()).index),
    async 'import-pack'(message) {
      const services = await getServices();
      const outcome = await importPack(services.index, parseJson(message.json));
      if (!outcome.ok) throw new Error(outcome.error);
      await services.links.rebuild();
      return `Imported ${outcome.meetings} meetings from ${outcome.sources} sources.`;
    },
    async 'export-notes'(message) {
      const { notes } = await getServices();
      return message.format === 'json'
        ? exportBackupJson(notes, Date.now())
        : exportNotesMarkdown(notes, Date.now());
    },
    async 'import-backup'(message) {
      const services = await getServices();
      const outcome = await importBackup(
        services.notes,
        message.json,
        Date.now(),
        await deviceNamer(services.notes),
      );
      if (!outcome.ok) throw new Error(outcome.error);
      services.sync.schedulePush();
      return `Backup imported: ${outcome.changed} notes, follow-ups and highlights added or updated.`;
    },
    'sync-state': async () => (await getMeta((await getServices()).notes, 'syncReport')) ?? EMPTY_REPORT,
    'sync-now': async () => (await getServices()).sync.syncNow(),
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

async function orphanViews(services: Services): Promise<OrphanView[]> {
  const ids = await orphanIds();
  if (ids.size === 0) return [];
  const { highlights } = await readAll(services.notes, Date.now());
  return highlights
    .filter((h) => ids.has(h.id) && !h.fields.deleted?.v)
    .map((h) => ({ id: h.id, quote: h.quote, url: h.url, itemNumber: h.itemNumber, kind: h.kind }));
}
