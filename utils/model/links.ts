/**
 * What linking answers for an agenda (DESIGN.md, `cli link`): the contract between utils/link,
 * the background and the overlay / side panel.
 */
export interface LinkedEntry {
  council?: string;
  committee: string;
  date: string;
  /** The minute (item) number in those minutes. */
  minute: string;
  title: string;
  text: string;
  url?: string;
  /** Why this was linked: shared terms or an explicit reference. */
  why: string;
  score?: number;
}

export interface LinkedAction extends LinkedEntry {
  actionId: string;
  status: 'open' | 'done' | 'dropped';
  owner?: string;
  due?: string;
}

export interface ItemLinks {
  number: string;
  title: string;
  priorDecisions: LinkedEntry[];
  openActions: LinkedAction[];
}

export interface AgendaLinks {
  meeting: { council?: string; committee: string; date: string };
  items: ItemLinks[];
  outstanding: LinkedAction[];
}
