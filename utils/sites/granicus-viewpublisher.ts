/**
 * Granicus ViewPublisher: the video and document archive at https://tulsa-ok.granicus.com/ViewPublisher.php?view_id=4.
 * Agendas and minutes themselves open in AgendaViewer.php / MinutesViewer.php (often a PDF).
 */
import type { ExtractResult } from '../model/record';
import { hostEndsWith, pageName } from './dom';
import { noRecords } from './results';
import { detection, type Detection } from './types';

export const GRANICUS_AGENDA_LINK = 'a[href*="AgendaViewer.php" i]';
export const GRANICUS_MINUTES_LINK = 'a[href*="MinutesViewer.php" i]';

export function isGranicusUrl(url: URL): boolean {
  return hostEndsWith(url, 'granicus.com');
}

export function detectGranicusViewPublisher(url: URL, doc: Document): Detection | null {
  const onGranicus = isGranicusUrl(url);
  const name = pageName(url);
  if (onGranicus && /^(?:generated)?agendaviewer\.php$/.test(name)) {
    return detection('granicus', 'agenda', 0.6, `Granicus ${name}`);
  }
  if (onGranicus && name === 'minutesviewer.php')
    return detection('granicus', 'minutes', 0.6, 'Granicus MinutesViewer.php');
  const listsDocuments = doc.querySelector(GRANICUS_AGENDA_LINK) || doc.querySelector(GRANICUS_MINUTES_LINK);
  if (listsDocuments && (onGranicus || name === 'viewpublisher.php')) {
    return detection(
      'granicus',
      'meeting-list',
      0.8,
      'Granicus archive with AgendaViewer/MinutesViewer links',
    );
  }
  return onGranicus ? detection('granicus', 'other', 0.6, 'Granicus page without meeting documents') : null;
}

/** ViewPublisher pages list meetings; the viewers serve PDFs, which the PDF reader handles. */
export function extractGranicusViewPublisher(doc: Document, url: URL): ExtractResult {
  return noRecords(detectGranicusViewPublisher(url, doc), 'Granicus');
}
