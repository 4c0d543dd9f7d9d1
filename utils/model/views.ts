import type { LinkedAction, LinkedEntry } from './links';

/** What the side panel shows: view models the background assembles from the index and the notes. */
export interface NoteView {
  id: string;
  text: string;
  itemNumber?: string;
  /** Set when concurrent edits from two browsers were both kept (utils/sync). */
  conflicted?: boolean;
}

export interface PanelItem {
  number: string;
  title: string;
  priorDecisions: LinkedEntry[];
  openActions: LinkedAction[];
  notes: NoteView[];
}

export interface PanelMeeting {
  key: string;
  council?: string;
  committee: string;
  date: string;
  role: 'agenda' | 'minutes';
  url?: string;
  items: PanelItem[];
  meetingNotes: NoteView[];
}

export interface FollowUpView {
  /** The follow-up's id in the notes store, or the index's action id when the user has not touched it. */
  id: string;
  text: string;
  status: 'open' | 'done' | 'dropped';
  /** Where it was raised: the meeting's date and minute, when known. */
  date?: string;
  minute?: string;
  url?: string;
  owner?: string;
  due?: string;
}

export interface FollowUpGroup {
  committee: string;
  council?: string;
  followUps: FollowUpView[];
}

export interface OrphanView {
  id: string;
  quote: string;
  url: string;
  itemNumber?: string;
  kind: 'note' | 'followup';
}

export interface SearchHit {
  kind: 'decision' | 'note';
  title: string;
  text: string;
  where: string;
  url?: string;
}
