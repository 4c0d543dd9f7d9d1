/**
 * Agenda packs and printed minutes linked from a meeting page: what each platform's finder
 * returns (moderngov.ts, cmis.ts, legistar.ts) and the rules they share for naming a link's kind.
 */
import { absoluteUrl, cleanText, textOf } from './dom';

export const PACK_KINDS = [
  'agenda-pack',
  'frontsheet',
  'agenda',
  'supplement',
  'printed-minutes',
  'printed-decisions',
] as const;
export type PackKind = (typeof PACK_KINDS)[number];

export interface PackLink {
  /** Absolute, on the meeting page's own site. */
  url: string;
  kind: PackKind;
  /** The link's words on the page ("Agenda reports pack"). */
  title: string;
}

/**
 * Link words → kind, first match wins. Councils name the same papers in a few ways: ModernGov's
 * "Agenda reports pack", "Public reports pack", "Supplementary agenda"; CMIS's "Agenda Document
 * Pack", "Draft Minutes"; "Printed decisions". Reports on single items match none and are left out.
 */
const KIND_RULES: ReadonlyArray<readonly [RegExp, PackKind]> = [
  [/\bfront ?sheet\b/i, 'frontsheet'],
  [/\bsupplement/i, 'supplement'],
  [/\b(?:reports?|document|public|agenda) (?:document )?pack\b|\bagenda packet\b/i, 'agenda-pack'],
  [/\bminutes\b/i, 'printed-minutes'],
  [/\bprinted decisions\b|^decisions\b/i, 'printed-decisions'],
  [/^agenda\b/i, 'agenda'],
];

export function packKindOfWords(words: string): PackKind | null {
  return KIND_RULES.find(([rule]) => rule.test(words))?.[1] ?? null;
}

/** Links to other sites are never followed: a meeting page may only point the reader at its own site. */
export function sameSitePack(link: PackLink, page: URL): boolean {
  try {
    return new URL(link.url).origin === page.origin;
  } catch {
    return false;
  }
}

/** How a platform's papers are linked: `candidates` (CSS, cheap) narrows the page's links, `href` decides. */
export interface PaperLinkRule {
  candidates: string;
  href: RegExp;
}

/**
 * The page's links that `rule` takes, named by `kindOf` (link words without `noise`, else the
 * link's title attribute): the platforms' finders differ only in these rules. A page with
 * thousands of such links (a hostile one) costs at most MAX_PACK_CANDIDATES of them.
 */
export function packLinksIn(
  doc: Document,
  base: URL,
  rule: PaperLinkRule,
  kindOf: (words: string, url: URL) => PackKind | null,
  noise?: string,
): PackLink[] {
  const links: PackLink[] = [];
  for (const anchor of Array.from(doc.querySelectorAll(rule.candidates)).slice(0, MAX_PACK_CANDIDATES)) {
    const raw = anchor.getAttribute('href') ?? '';
    const url = rule.href.test(raw) ? absoluteUrl(raw, base) : undefined;
    if (!url) continue;
    const words = textOf(anchor, noise) || cleanText(anchor.getAttribute('title') ?? '');
    const kind = kindOf(words, new URL(url));
    if (kind) links.push({ url, kind, title: words.slice(0, MAX_PACK_TITLE) || kind });
  }
  return links;
}

const MAX_PACK_TITLE = 200;
/** Far above any meeting's papers, and the registry keeps fewer (MAX_PACKS). */
const MAX_PACK_CANDIDATES = 100;
