/**
 * CivicPlus (CivicEngage) AgendaCenter: https://nc-nashcounty.civicplus.com/AgendaCenter, also on
 * councils' own domains. Every CivicPlus page carries the hidden input #cpcDomain.
 */
import type { ExtractResult } from '../model/record';
import { hostEndsWith } from './dom';
import { noRecords } from './results';
import { detection, type Detection } from './types';

export const CIVICPLUS_MARKER = '#cpcDomain';
export const CIVICPLUS_AGENDA_ROW = '.catAgendaRow';

export function isCivicPlusUrl(url: URL): boolean {
  return hostEndsWith(url, 'civicplus.com') || url.pathname.toLowerCase().startsWith('/agendacenter');
}

export function detectCivicPlus(url: URL, doc: Document): Detection | null {
  const onCivicPlus = isCivicPlusUrl(url) || Boolean(doc.querySelector(CIVICPLUS_MARKER));
  if (!onCivicPlus) return null;
  const path = url.pathname.toLowerCase();
  if (path.startsWith('/agendacenter/viewfile/')) {
    // An agenda opened in HTML (?html=true); otherwise the server sends a PDF.
    const kind = path.includes('/minutes/') ? 'minutes' : 'agenda';
    return detection('civicplus', kind, 0.6, `AgendaCenter ViewFile (${kind})`);
  }
  if (path.startsWith('/agendacenter') || doc.querySelector(CIVICPLUS_AGENDA_ROW)) {
    return detection('civicplus', 'meeting-list', 0.85, 'CivicPlus AgendaCenter list');
  }
  return detection('civicplus', 'other', 0.6, 'CivicPlus page outside the AgendaCenter');
}

/** AgendaCenter pages list meetings; HTML agendas fall to the generic reader. */
export function extractCivicPlus(doc: Document, url: URL): ExtractResult {
  return noRecords(detectCivicPlus(url, doc), 'CivicPlus');
}
