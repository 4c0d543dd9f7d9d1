/**
 * CivicClerk: a single-page portal at https://<city>.portal.civicclerk.com whose data comes
 * from https://<city>.api.civicclerk.com/v1/Events (OData JSON).
 */
import type { ExtractResult } from '../model/record';
import { hostEndsWith } from './dom';
import { noRecords } from './results';
import { detection, type Detection } from './types';

export function isCivicClerkUrl(url: URL): boolean {
  return hostEndsWith(url, 'civicclerk.com');
}

export function detectCivicClerk(url: URL, _doc: Document): Detection | null {
  if (!isCivicClerkUrl(url)) return null;
  // The portal renders in script: an /event/<id>/ path is one meeting, the rest lists them.
  if (/\/event\/\d+/i.test(url.pathname))
    return detection('civicclerk', 'agenda', 0.5, 'CivicClerk event page');
  return detection('civicclerk', 'meeting-list', 0.6, 'CivicClerk portal');
}

export function extractCivicClerk(doc: Document, url: URL): ExtractResult {
  return noRecords(detectCivicClerk(url, doc), 'CivicClerk');
}
