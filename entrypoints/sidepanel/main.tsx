import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SidePanelView } from '../../components/SidePanelView';
import { send } from '../../utils/ext/send';
import { tabStateKey } from '../../utils/ext/tab-state';
import type { FollowUpGroup, OrphanView, PanelMeeting, SearchHit } from '../../utils/model/views';
import '../../components/page.css';

interface PanelState {
  meeting: PanelMeeting | null;
  groups: FollowUpGroup[];
  orphans: OrphanView[];
}

const EMPTY: PanelState = { meeting: null, groups: [], orphans: [] };

/** The side panel follows the active tab; everything it shows comes from the local index and notes. */
function SidePanel() {
  const [state, setState] = useState<PanelState>(EMPTY);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The tab the panel shows the meeting of. */
  const followed = useRef<number | undefined>(undefined);
  const refresh = useCallback(async () => {
    const tabId = new URLSearchParams(location.search).get('tabId');
    const [active] = tabId
      ? [{ id: Number(tabId) }]
      : await browser.tabs.query({ active: true, currentWindow: true });
    followed.current = active?.id;
    try {
      setState(await send<PanelState>({ type: 'panel-state', tabId: active?.id }));
      setError(null);
    } catch (e) {
      setError(`Could not read the local index: ${(e as Error).message}`);
    }
  }, []);
  useEffect(() => {
    void refresh();
    const onActivated = () => void refresh();
    const onUpdated = (tabId: number) => tabId === followed.current && void refresh();
    // A page reports itself after the tab's last event when it comes back from the back/forward
    // cache (utils/ext/report-detection.ts): what the tab's state says changes then.
    const onStateChanged = (changes: Record<string, unknown>, area: string) => {
      const key = followed.current === undefined ? undefined : tabStateKey(followed.current);
      if (area === 'session' && key && key in changes) void refresh();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.storage.onChanged.addListener(onStateChanged);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.storage.onChanged.removeListener(onStateChanged);
    };
  }, [refresh]);
  const act = (promise: Promise<unknown>) =>
    void promise.then(refresh, (e: Error) => setError(`Not saved: ${e.message}`));
  return (
    <SidePanelView
      {...state}
      hits={hits}
      error={error}
      onSaveNote={(itemNumber, text, id) =>
        state.meeting && act(send({ type: 'save-note', meetingKey: state.meeting.key, itemNumber, text, id }))
      }
      onSetStatus={(actionId, status) => act(send({ type: 'set-action-status', actionId, status }))}
      onSetFollowUpStatus={(actionId, status) => act(send({ type: 'set-action-status', actionId, status }))}
      onSearch={(query) => void send<SearchHit[]>({ type: 'search', query }).then(setHits)}
    />
  );
}

render(<SidePanel />, document.getElementById('app')!);
