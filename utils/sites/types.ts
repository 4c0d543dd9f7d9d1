import type { ExtractResult, Item } from '../model/record';

/**
 * What an adapter read from a page: the records, and where it found each item's title, when it
 * knows (the overlay puts the item's badge there; for the rest, utils/sites/locate-items.ts looks).
 * The elements stay in the page: only the records are sent on.
 */
export interface PageExtract extends ExtractResult {
  titles?: Map<Item, Element>;
}

/**
 * What the detector says about a page. Detection runs on every page the content script sees,
 * so this file (and utils/sites/detect.ts) must stay free of zod and the text parser.
 */
export type PageKind =
  'agenda' | 'minutes' | 'decision' | 'item' | 'issue-history' | 'meeting-list' | 'committee' | 'other';

export interface Detection {
  /** 'moderngov' | 'cmis' | 'legistar' | 'iqm2' | 'granicus' | 'escribe' | 'civicplus' | 'boarddocs' | 'primegov' | 'civicclerk' | 'generic' | 'none' */
  system: string;
  kind: PageKind;
  /** 0..1: how sure the adapter is of the kind. */
  confidence: number;
  /** Why, in a few words: shown by `cli detect` and in the extension's debug view. */
  reason: string;
}

const OVERLAY_KINDS: ReadonlySet<PageKind> = new Set(['agenda', 'minutes', 'decision', 'item']);

/** Pages that get the overlay: one meeting's papers, one decision or one item. */
export function isMeetingPage(detection: Detection): boolean {
  return OVERLAY_KINDS.has(detection.kind);
}

export function detection(system: string, kind: PageKind, confidence: number, reason: string): Detection {
  return { system, kind, confidence, reason };
}
