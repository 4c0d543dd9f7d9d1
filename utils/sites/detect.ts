/**
 * The detection registry: runs on every page the content script sees, so it imports only the
 * adapters' detect functions (never zod or utils/parse; the bundler leaves extraction out) and
 * keeps to URL checks and a few DOM queries. Platforms first, the generic fallback last.
 */
import { detectBoardDocs, isBoardDocsUrl } from './boarddocs';
import { detectCivicClerk, isCivicClerkUrl } from './civicclerk';
import { detectCivicPlus, isCivicPlusUrl } from './civicplus';
import { detectCmis, isCmisUrl } from './cmis';
import { detectEscribe, isEscribeUrl } from './escribe';
import { detectGeneric } from './generic';
import { detectGranicusViewPublisher, isGranicusUrl } from './granicus-viewpublisher';
import { detectIqm2, isIqm2Url } from './iqm2';
import { detectLegistar, isLegistarUrl } from './legistar';
import { detectModernGov, isModernGovUrl } from './moderngov';
import { detectModernGovWebService, isModernGovWebServiceUrl } from './moderngov-webservice';
import { detectPrimeGov, isPrimeGovUrl } from './primegov';
import { detection, type Detection } from './types';

export type Detector = (url: URL, doc: Document) => Detection | null;

interface Adapter {
  /** The platform's own addresses: tried before any DOM query of another adapter. */
  claims: (url: URL) => boolean;
  detect: Detector;
}

const never = () => false;

/** ModernGov's place (second, after its web service) is relied on by detectModernGovFirst. */
export const ADAPTERS: readonly Adapter[] = [
  { claims: isModernGovWebServiceUrl, detect: detectModernGovWebService },
  { claims: isModernGovUrl, detect: detectModernGov },
  { claims: isCmisUrl, detect: detectCmis },
  { claims: isLegistarUrl, detect: detectLegistar },
  { claims: isIqm2Url, detect: detectIqm2 },
  { claims: isGranicusUrl, detect: detectGranicusViewPublisher },
  { claims: isEscribeUrl, detect: detectEscribe },
  { claims: isCivicPlusUrl, detect: detectCivicPlus },
  { claims: isBoardDocsUrl, detect: detectBoardDocs },
  { claims: isPrimeGovUrl, detect: detectPrimeGov },
  { claims: isCivicClerkUrl, detect: detectCivicClerk },
  { claims: never, detect: detectGeneric },
];

/** Adapters whose addresses match first (URL checks are cheap), then the rest by their DOM markers. */
function inTurn(url: URL): Adapter[] {
  const claimed = ADAPTERS.filter((adapter) => adapter.claims(url));
  return [...claimed, ...ADAPTERS.filter((adapter) => !claimed.includes(adapter))];
}

/** What the page is. Never throws: an adapter that fails is skipped, and its error becomes the reason. */
export function detectPage(url: string, doc: Document): Detection {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return detection('none', 'other', 1, `not a URL: ${url.slice(0, 80)}`);
  }
  const failures: string[] = [];
  for (const { detect } of inTurn(parsed)) {
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
