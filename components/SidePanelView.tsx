import { useState } from 'preact/hooks';
import { FollowUpsTab, type FollowUpsTabProps } from './FollowUpsTab';
import { MeetingTab, type MeetingTabProps } from './MeetingTab';
import { SearchTab, type SearchTabProps } from './SearchTab';

export type SidePanelViewProps = MeetingTabProps &
  Omit<FollowUpsTabProps, 'onSetStatus'> &
  SearchTabProps & {
    onSetFollowUpStatus: FollowUpsTabProps['onSetStatus'];
    error: string | null;
  };

const TABS = [
  ['meeting', 'This meeting'],
  ['follow-ups', 'Follow-ups'],
  ['search', 'Search'],
] as const;
type Tab = (typeof TABS)[number][0];

/** The side panel: the current meeting, all open follow-ups, and search; all from the local index. */
export function SidePanelView(props: SidePanelViewProps) {
  const [tab, setTab] = useState<Tab>('meeting');
  return (
    <main>
      <h1>Agenda Lens</h1>
      {props.error && (
        <p class="warn" role="alert">
          {props.error}
        </p>
      )}
      <div role="tablist" aria-label="Agenda Lens views" class="tabs">
        {TABS.map(([id, label]) => (
          <button
            key={id}
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            class={tab === id ? 'primary' : ''}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'meeting' && (
          <MeetingTab meeting={props.meeting} onSaveNote={props.onSaveNote} onSetStatus={props.onSetStatus} />
        )}
        {tab === 'follow-ups' && (
          <FollowUpsTab
            groups={props.groups}
            orphans={props.orphans}
            onSetStatus={props.onSetFollowUpStatus}
          />
        )}
        {tab === 'search' && <SearchTab hits={props.hits} onSearch={props.onSearch} />}
      </div>
    </main>
  );
}
