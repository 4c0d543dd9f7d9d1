/**
 * BoardDocs (Diligent), used by US school boards: https://go.boarddocs.com/mi/grps/Board.nsf/Public.
 * The public page is a shell filled by AJAX; a meeting arrives as the BD-GetMeeting fragment
 * (div#view-meeting with .meeting-name and .meeting-date). The XML export lists meetings.
 */
import type { ExtractResult } from '../model/record';
import { hostEndsWith, textOf } from './dom';
import { meetingHeader } from './meeting-header';
import { noRecords } from './results';
import { detection, type Detection } from './types';

export const BOARDDOCS_MEETING = '#view-meeting';
export const BOARDDOCS_MEETING_NAME = '#view-meeting .meeting-name';
export const BOARDDOCS_MEETING_DATE = '#view-meeting .meeting-date';
export const BOARDDOCS_XML_MEETING = 'meetings > meeting[bodyid]';

export function isBoardDocsUrl(url: URL): boolean {
  return hostEndsWith(url, 'boarddocs.com');
}

export function detectBoardDocs(url: URL, doc: Document): Detection | null {
  const onBoardDocs = isBoardDocsUrl(url);
  if (doc.querySelector(BOARDDOCS_MEETING_NAME) && (onBoardDocs || doc.querySelector('#wrap-meeting'))) {
    return detection('boarddocs', 'agenda', 0.8, 'BoardDocs meeting view (#view-meeting)');
  }
  if (doc.querySelector(BOARDDOCS_XML_MEETING)) {
    return detection('boarddocs', 'meeting-list', 0.85, 'BoardDocs XML export of meetings');
  }
  return onBoardDocs ? detection('boarddocs', 'other', 0.6, 'BoardDocs page without an open meeting') : null;
}

/** The fragment names the meeting; its agenda items load by a further request. */
export function extractBoardDocs(doc: Document, url: URL): ExtractResult {
  const found = detectBoardDocs(url, doc);
  if (found?.kind !== 'agenda') return noRecords(found, 'BoardDocs');
  const name = textOf(doc.querySelector(BOARDDOCS_MEETING_NAME));
  const header = meetingHeader(`${name} - ${textOf(doc.querySelector(BOARDDOCS_MEETING_DATE))}`);
  if (!header) return { records: [], warnings: ['BoardDocs meeting: no name or date'] };
  const warnings = ['BoardDocs meeting view: agenda items are not in this fragment (optional)'];
  return {
    records: [{ role: 'agenda', meeting: { ...header, url: url.href }, items: [], warnings }],
    warnings,
  };
}
