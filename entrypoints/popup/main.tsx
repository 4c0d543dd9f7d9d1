import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { packStatusLines } from '../../components/pack-status';
import { PopupView } from '../../components/PopupView';
import { send } from '../../utils/ext/send';
import { requestSite } from '../../utils/ext/opt-in-sites';
import { openInViewer } from '../../utils/ext/pdf-links';
import { looksLikeCouncilPdf } from '../../utils/sites/pdf-urls';
import type { PackReadingView } from '../../utils/ext/pack-reading';
import { requestSiteForPacks, siteAllowed } from '../../utils/ext/pack-settings';
import { planBackfill } from '../../utils/backfill/plan';
import type { TabMessage } from '../../utils/ext/tab-messages';
import { sidePanelApi } from '../../utils/ext/side-panel';
import { stateOfCurrentPage, type TabState } from '../../utils/ext/tab-state';
import '../../components/page.css';

/** The tab the popup is about: the active one, or ?tabId=N (the e2e tests open the popup in a tab). */
async function targetTab(): Promise<{ id?: number; url?: string } | undefined> {
  const tabId = new URLSearchParams(location.search).get('tabId');
  if (tabId) return { id: Number(tabId) };
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

function Popup() {
  const [tab, setTab] = useState<{ id: number; origin: string | null; url?: string } | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [enabled, setEnabled] = useState(true);
  const [backfillMessage, setBackfillMessage] = useState<string | null>(null);
  const [packsAllowed, setPacksAllowed] = useState(false);
  const [packLines, setPackLines] = useState<string[]>([]);
  /** Shows what came of each of the page's packs, again each second while some wait to be read. */
  const followPacks = async (packs: NonNullable<TabState['packs']>) => {
    const view = await send<PackReadingView>({ type: 'pack-reading', urls: packs.map((p) => p.url) });
    setPackLines(packStatusLines(packs, view.statuses));
    if (Object.values(view.statuses).some((s) => s.status === 'queued'))
      setTimeout(() => void followPacks(packs), 1000);
  };
  useEffect(() => {
    void (async () => {
      const active = await targetTab();
      if (active?.id === undefined) return;
      const tabState = stateOfCurrentPage(
        await send<TabState | null>({ type: 'tab-state', tabId: active.id }),
        active.url,
      );
      // activeTab shows the URL once the toolbar button was clicked; else what the detector reported.
      const url = active.url ?? tabState?.url;
      const origin = url && /^https?:/.test(url) ? new URL(url).origin : null;
      setTab({ id: active.id, origin, url });
      setState(tabState);
      if (origin) setEnabled(await send<boolean>({ type: 'site-enabled', origin }));
      if (tabState?.packs?.length) {
        setPacksAllowed(await siteAllowed(tabState.url));
        await followPacks(tabState.packs);
      }
    })();
  }, []);
  const sidePanel = sidePanelApi();
  return (
    <PopupView
      state={state}
      siteEnabled={enabled}
      origin={tab?.origin ?? null}
      onToggleSite={(next) => {
        if (!tab?.origin) return;
        setEnabled(next);
        void send({ type: 'set-site-enabled', origin: tab.origin, enabled: next });
      }}
      backfillMessage={backfillMessage}
      onBackfill={
        tab && state?.itemsRead && planBackfill(state.url, new Date())
          ? () =>
              void browser.tabs.sendMessage(tab.id, { type: 'backfill-start' } satisfies TabMessage).then(
                () => setBackfillMessage('Started: progress shows on the page.'),
                () => setBackfillMessage('Reload the page and try again.'),
              )
          : undefined
      }
      packsAllowed={packsAllowed}
      packLines={packLines}
      onReadPacks={
        tab && state?.packs?.length
          ? () =>
              // The permission request comes first, while the click still counts as the user's gesture.
              void requestSiteForPacks(state.url).then(async (granted) => {
                if (!granted)
                  return setPackLines([
                    'Not read: your browser did not let Agenda Lens fetch from this site.',
                  ]);
                setPacksAllowed(true);
                await send({ type: 'read-packs', tabId: tab.id });
                await followPacks(state.packs!);
              })
          : undefined
      }
      onOpenPdf={
        looksLikeCouncilPdf(tab?.url)
          ? () => void openInViewer(tab!.url!).then((opened) => opened && window.close())
          : undefined
      }
      onOptIn={
        tab?.origin
          ? () =>
              void requestSite(tab.origin!).then(async (granted) => {
                if (granted) await browser.tabs.reload(tab.id);
              })
          : undefined
      }
      onOpenSidePanel={
        sidePanel && tab ? () => void sidePanel.open({ tabId: tab.id }).then(() => window.close()) : undefined
      }
    />
  );
}

render(<Popup />, document.getElementById('app')!);
