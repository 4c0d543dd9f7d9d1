import type { Runtime } from 'webextension-polyfill';
import type { Handlers } from './router';
import { isSiteEnabled, setSiteEnabled } from './site-settings';
import { getTabState, setTabState } from './tab-state';
import { getIndexService } from './index-service';

function tabOf(sender: Runtime.MessageSender): number | null {
  return sender.tab?.id ?? null;
}

/** The background's answers to each message. Each is small; the work is in the services. */
export function createHandlers(): Handlers {
  return {
    async 'page-detected'(message, sender) {
      const tabId = tabOf(sender);
      if (tabId !== null) await setTabState(tabId, { url: message.url, detection: message.detection });
      return isSiteEnabled(message.url);
    },
    async 'page-read'(message, sender) {
      const index = await getIndexService();
      const links = await index.read(message.url, message.records);
      const tabId = tabOf(sender);
      if (tabId !== null) {
        const items = message.records.reduce((n, r) => n + r.items.length, 0);
        const linked = links.items.filter((i) => i.priorDecisions.length || i.openActions.length).length;
        await setTabState(tabId, {
          url: message.url,
          itemsRead: items,
          itemsLinked: linked,
          meetingKey: links.meetingKey,
        });
      }
      return links;
    },
    async 'link-agenda'(message) {
      return (await getIndexService()).link(message.record);
    },
    async 'set-action-status'(message) {
      await (await getIndexService()).setActionStatus(message.actionId, message.status);
      return true;
    },
    'tab-state': (message) => getTabState(message.tabId),
    'site-enabled': (message) => isSiteEnabled(message.origin),
    'set-site-enabled': (message) => setSiteEnabled(message.origin, message.enabled),
    async 'index-stats'() {
      return (await getIndexService()).stats();
    },
    async search(message) {
      return (await getIndexService()).search(message.query);
    },
    async 'list-meetings'() {
      return (await getIndexService()).listMeetings();
    },
    async 'import-pack'(message) {
      return (await getIndexService()).importPack(message.json);
    },
  };
}
