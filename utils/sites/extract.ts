/**
 * The extraction registry: detect the page, then let that platform's adapter read it. A
 * meeting page its adapter cannot itemise (an HTML agenda served by CivicPlus or PrimeGov) is
 * offered to the generic reader.
 */
import { extractBoardDocs } from './boarddocs';
import { extractCivicClerk } from './civicclerk';
import { extractCivicPlus } from './civicplus';
import { extractCmis } from './cmis';
import { detectPage } from './detect';
import { extractEscribe } from './escribe';
import { extractGeneric } from './generic';
import { extractGranicusViewPublisher } from './granicus-viewpublisher';
import { extractIqm2 } from './iqm2';
import { extractLegistar } from './legistar';
import { extractModernGov } from './moderngov';
import { extractPrimeGov } from './primegov';
import { noRecords } from './results';
import { MAX_ITEMS } from './items';
import { isMeetingPage, type Detection, type PageExtract } from './types';

type Extractor = (doc: Document, url: URL) => PageExtract;

const EXTRACTORS: Record<string, Extractor> = {
  boarddocs: extractBoardDocs,
  civicclerk: extractCivicClerk,
  civicplus: extractCivicPlus,
  cmis: extractCmis,
  escribe: extractEscribe,
  generic: extractGeneric,
  granicus: extractGranicusViewPublisher,
  iqm2: extractIqm2,
  legistar: extractLegistar,
  moderngov: extractModernGov,
  primegov: extractPrimeGov,
};

/** `detected`: what detectPage says of this page, if the caller knows already (the overlay does). */
export function extractPage(doc: Document, url: string, detected?: Detection): PageExtract {
  return capItems(extractDetected(doc, url, detected ?? detectPage(url, doc)));
}

function extractDetected(doc: Document, url: string, found: Detection): PageExtract {
  if (found.system === 'none') return noRecords(found, 'meeting');
  const parsed = new URL(url);
  const extract = EXTRACTORS[found.system];
  const result = extract ? extract(doc, parsed) : noRecords(found, found.system);
  if (result.records.length || !isMeetingPage(found) || found.system === 'generic') return result;
  const generic = extractGeneric(doc, parsed);
  return generic.records.length ? generic : result;
}

function capItems(result: PageExtract): PageExtract {
  if (!result.records.some((record) => record.items.length > MAX_ITEMS)) return result;
  const warning = `more than ${MAX_ITEMS} items on one page: only the first ${MAX_ITEMS} are read`;
  const records = result.records.map((record) =>
    record.items.length > MAX_ITEMS
      ? {
          ...record,
          items: record.items.slice(0, MAX_ITEMS),
          warnings: [...(record.warnings ?? []), warning],
        }
      : record,
  );
  return { records, warnings: [...result.warnings, warning], titles: result.titles };
}
