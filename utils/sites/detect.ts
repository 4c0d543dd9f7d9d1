/**
 * The detection registry: runs on every page the content script sees, so it imports only the
 * adapters' detect functions (never zod or utils/parse; the bundler leaves extraction out) and
 * keeps to URL checks and a few DOM queries. Platforms first, the generic fallback last.
 */
import { detectBoardDocs } from './boarddocs';
import { detectCivicClerk } from './civicclerk';
import { detectCivicPlus } from './civicplus';
import { detectCmis } from './cmis';
import { detectEscribe } from './escribe';
import { detectGeneric } from './generic';
import { detectGranicusViewPublisher } from './granicus-viewpublisher';
import { detectIqm2 } from './iqm2';
import { detectLegistar } from './legistar';
import { detectModernGov } from './moderngov';
import { detectModernGovWebService } from './moderngov-webservice';
import { detectPrimeGov } from './primegov';
import { detection, type Detection } from './types';

export type Detector = (url: URL, doc: Document) => Detection | null;

export const DETECTORS: readonly Detector[] = [
  detectModernGovWebService,
  detectModernGov,
  detectCmis,
  detectLegistar,
  detectIqm2,
  detectGranicusViewPublisher,
  detectEscribe,
  detectCivicPlus,
  detectBoardDocs,
  detectPrimeGov,
  detectCivicClerk,
  detectGeneric,
];

/** What the page is. Never throws: an adapter that fails is skipped, and its error becomes the reason. */
export function detectPage(url: string, doc: Document): Detection {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return detection('none', 'other', 1, `not a URL: ${url.slice(0, 80)}`);
  }
  const failures: string[] = [];
  for (const detect of DETECTORS) {
    try {
      const found = detect(parsed, doc);
      if (found) return found;
    } catch (error) {
      failures.push(`${detect.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const reason = failures.length
    ? `no adapter matched; failed: ${failures.join('; ')}`
    : 'no meeting platform or meeting structure recognised';
  return detection('none', 'other', 0.9, reason);
}
