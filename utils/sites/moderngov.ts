/**
 * ModernGov (Civica Modern.gov), used by most English councils. Page names are stable across
 * sites (ieListDocuments.aspx, mgAi.aspx …); the markup is the mg* classes of its templates,
 * e.g. https://democracy.kirklees.gov.uk/ieListDocuments.aspx?CId=151&MId=4832.
 */
import type { DocumentLink, ExtractResult, Item, MeetingRecord } from '../model/record';
import { absoluteUrl, blockTextOf, cleanTitle, pageName, textOf } from './dom';
import { meetingHeader } from './meeting-header';
import {
  detectModernGovWebService,
  extractModernGovWebService,
  isModernGovWebServiceUrl,
} from './moderngov-webservice';
import { itemFromWords, MAX_ITEMS } from './items';
import { packKindOfWords, packLinksIn, type PackKind, type PackLink } from './pack-links';
import { decisionBlockClauses } from './text-rules';
import { detection, type Detection, type PageExtract, type PageKind } from './types';

// Selectors, as of the 2024-2025 templates (Kingston, Kirklees, Manchester).
export const MG_ROOT = '#modgov';
export const MG_ITEM_TABLE = 'table.mgItemTable';
export const MG_ITEM_NUMBER_CELL = 'td.mgItemNumberCell';
export const MG_ITEM_TITLE = 'p.mgAiTitleTxt';
export const MG_SUBTITLE = 'h2.mgSubTitleTxt';
export const MG_SECTION_LABEL = 'p.mgSubItemTitleTxt, h3.mgSubSubTitleTxt, p.mgLabel';
export const MG_WORD_PARA = 'div.mgWordPara';
export const MG_DOCUMENT_LIST = 'ul.mgBulletList';
export const MG_TITLE_LINK = 'a.mgAiTitleLnk';
export const MG_FIELD_LABEL = 'span.mgLabel';
/** Badges and screen-reader echoes inside links: "PDF 99 KB", ", item 35.". */
export const MG_LINK_NOISE = '.mgFileSize, .mgHide';
export const MG_FULL_ITEM_LINK = 'a[href*="mgAi.aspx" i]';
/**
 * A meeting's own papers: documents/g<meeting id>/….pdf (an item's reports are documents/s<id>/),
 * and the document-pack chooser mgChooseDocPack.aspx.
 */
export const MG_MEETING_PAPER = {
  candidates: 'a[href*="documents/g" i], a[href*="mgChooseDocPack" i]',
  href: /(?:^|\/)documents\/g\d+\/[^?#]+\.pdf(?:[?#]|$)|mgChooseDocPack\.aspx/i,
};
/** Where the link words say nothing known, the document type in ?T= (0 frontsheet, 1 minutes …). */
const MG_PAPER_TYPES: Record<string, PackKind> = {
  '0': 'frontsheet',
  '1': 'printed-minutes',
  '2': 'printed-decisions',
  '9': 'supplement',
  '10': 'agenda-pack',
};

const PAGE_KINDS: Record<string, PageKind> = {
  'ielistdocuments.aspx': 'agenda',
  'mgai.aspx': 'item',
  'iedecisiondetails.aspx': 'decision',
  'mgissuehistoryhome.aspx': 'issue-history',
  'mgissuehistorychronology.aspx': 'issue-history',
  'ielistmeetings.aspx': 'meeting-list',
  'mgcalendarmonthview.aspx': 'meeting-list',
  'mgcalendarweekview.aspx': 'meeting-list',
  'mgcalendaragendaview.aspx': 'meeting-list',
  'mgdelegateddecisions.aspx': 'meeting-list',
  'iedocsearch.aspx': 'other',
  'iesearchresults2.aspx': 'other',
  'mgcommitteedetails.aspx': 'committee',
  'mgcommitteestructure.aspx': 'committee',
  'mglistcommittees.aspx': 'committee',
};

/** ModernGov page names: "ie" or "mg" + a word + ".aspx". */
const MODERNGOV_PAGE = /^(?:ie|mg)[a-z0-9]+\.aspx$/;

export function isModernGovUrl(url: URL): boolean {
  return MODERNGOV_PAGE.test(pageName(url));
}

export function detectModernGov(url: URL, doc: Document): Detection | null {
  const name = pageName(url);
  if (!isModernGovUrl(url)) return detectEmbeddedMeeting(doc);
  const kind = PAGE_KINDS[name] ?? 'other';
  if (kind === 'agenda') return detectMeetingPage(doc);
  if (kind === 'item' || kind === 'decision') {
    // Item and decision pages hold one item: the #modgov body must be there.
    return doc.querySelector(MG_ROOT) ? detection('moderngov', kind, 0.9, `${name} with #modgov`) : null;
  }
  return detection('moderngov', kind, 0.8, `ModernGov page ${name}`);
}

/**
 * ModernGov's answer where it is the first adapter to claim the address, as in the registry's order
 * (utils/sites/detect.ts: only the web service goes before it), so the answer is the registry's.
 * Null where another adapter goes first, where ModernGov does not recognise the page, or where it
 * fails: the caller then asks the whole registry. For entrypoints/detector-moderngov.ts, which
 * must not carry the other platforms' detectors.
 */
export function detectModernGovFirst(address: string, doc: Document): Detection | null {
  try {
    const url = new URL(address);
    if (isModernGovWebServiceUrl(url) || !isModernGovUrl(url)) return null;
    return detectModernGov(url, doc);
  } catch {
    return null;
  }
}

function detectMeetingPage(doc: Document): Detection {
  if (doc.querySelector(`${MG_ITEM_TABLE} ${MG_ITEM_NUMBER_CELL}`)) {
    return detection(
      'moderngov',
      'agenda',
      0.95,
      'ieListDocuments.aspx with an mgItemTable of numbered items',
    );
  }
  if (doc.querySelector(`${MG_ROOT} ${MG_SUBTITLE}`)) {
    return detection('moderngov', 'agenda', 0.8, 'ieListDocuments.aspx meeting header without items');
  }
  return detection('moderngov', 'other', 0.5, 'ieListDocuments.aspx without a ModernGov body');
}

/** The agenda packs, frontsheets, printed minutes and decisions linked from a meeting page. */
export function findModernGovPacks(doc: Document, url: URL): PackLink[] {
  return packLinksIn(
    doc,
    url,
    MG_MEETING_PAPER,
    (words, link) =>
      packKindOfWords(words) ??
      MG_PAPER_TYPES[link.searchParams.get('T') ?? ''] ??
      (/mgChooseDocPack/i.test(link.pathname) ? 'agenda-pack' : null),
    MG_LINK_NOISE,
  );
}

/** A ModernGov meeting body inside a council's own page ("Reverse CMS" sites rewrite the URL). */
function detectEmbeddedMeeting(doc: Document): Detection | null {
  const numbered = doc.querySelector(`${MG_ROOT} ${MG_ITEM_TABLE} ${MG_ITEM_NUMBER_CELL}`);
  if (!numbered || !doc.querySelector(`${MG_ROOT} ${MG_SUBTITLE}`)) return null;
  return detection('moderngov', 'agenda', 0.7, '#modgov body with an mgItemTable of numbered items');
}

export function extractModernGov(doc: Document, url: URL): PageExtract {
  if (detectModernGovWebService(url, doc)) return extractModernGovWebService(doc, url);
  const detected = detectModernGov(url, doc);
  if (detected?.kind === 'agenda') return extractMeeting(doc, url);
  if (detected?.kind === 'item') return extractItemPage(doc, url);
  if (detected?.kind === 'decision') return extractDecisionPage(doc, url);
  return { records: [], warnings: [`ModernGov ${detected?.kind ?? 'unknown'} page: no meeting records`] };
}

/** What an item's labelled blocks say: "Decision:", "Minutes:", documents. */
interface ItemSections {
  description: string;
  decision: string;
  minutes: string;
  documents: DocumentLink[];
  fullItemUrl?: string;
}

function emptySections(): ItemSections {
  return { description: '', decision: '', minutes: '', documents: [] };
}

function readSections(container: Element, base: URL): ItemSections {
  const sections = emptySections();
  let label = '';
  for (const child of Array.from(container.children)) {
    if (child.matches(MG_SECTION_LABEL)) label = textOf(child).toLowerCase();
    else if (child.matches(MG_WORD_PARA)) addText(sections, label, wordsOf(child));
    else if (child.matches(MG_DOCUMENT_LIST)) sections.documents.push(...documentLinks(child, base));
  }
  const fullItem = container.querySelector(MG_FULL_ITEM_LINK);
  sections.fullItemUrl = absoluteUrl(fullItem?.getAttribute('href'), base);
  return sections;
}

/** A bold "Resolved" opening a paragraph is a label however it is cased (Kingston: "<b>Resolved</b> that …"). */
const BOLD_LABEL = /^(?:resolved|agreed|decided)$/i;

/**
 * The block's text, with bold label words written in capitals as the shared decision rules
 * expect of a label in plain text. The page itself is left untouched.
 */
function wordsOf(block: Element): string {
  const labels = new Set(
    Array.from(block.querySelectorAll('b, strong'))
      .map((bold) => textOf(bold))
      .filter((word) => BOLD_LABEL.test(word)),
  );
  if (!labels.size) return blockTextOf(block);
  return blockTextOf(block)
    .split('\n')
    .map((line) => {
      const first = line.split(/\s/, 1)[0] ?? '';
      return labels.has(first) ? `${first.toUpperCase()}${line.slice(first.length)}` : line;
    })
    .join('\n');
}

function addText(sections: ItemSections, label: string, text: string): void {
  // The "... view the full minutes text" tail is a link, not council words.
  const words = text.replace(/\s*\.\.\.\s*view the full (?:minutes|item|decision) text for item.*$/is, '');
  if (label.startsWith('decision')) sections.decision = join(sections.decision, words);
  else if (label.startsWith('minutes')) sections.minutes = join(sections.minutes, words);
  else if (!label) sections.description = join(sections.description, words);
}

function join(a: string, b: string): string {
  return a ? `${a}\n${b}` : b;
}

function documentLinks(scope: Element, base: URL): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const anchor of Array.from(scope.querySelectorAll('a[href]'))) {
    const url = absoluteUrl(anchor.getAttribute('href'), base);
    const title = cleanTitle(textOf(anchor, MG_LINK_NOISE));
    if (url && title) links.push({ title, url });
  }
  return links;
}

function buildItem(number: string, title: string, sections: ItemSections): Item {
  const item = itemFromWords({
    number,
    title,
    discussion: sections.minutes,
    description: [sections.description, sections.decision].join('\n'),
    decisions: sections.decision ? decisionBlockClauses(sections.decision) : undefined,
  });
  if (sections.documents.length) item.documents = sections.documents;
  if (sections.fullItemUrl) item.url = sections.fullItemUrl;
  return item;
}

function extractMeeting(doc: Document, url: URL): PageExtract {
  const warnings: string[] = [];
  const heading = textOf(doc.querySelector(MG_SUBTITLE));
  const header = meetingHeader(heading || textOf(doc.querySelector('title')));
  if (!header)
    return { records: [], warnings: [`ModernGov meeting page: no committee and date in "${heading}"`] };
  const meeting: MeetingRecord['meeting'] = { ...header, url: url.href };
  const venue = fieldValue(doc, /^(?:proposed )?venue/i);
  if (venue) meeting.venue = venue;
  else warnings.push('ModernGov meeting page: no venue (optional)');
  const table = doc.querySelector(MG_ITEM_TABLE);
  if (!table && !meeting.cancelled)
    warnings.push(`ModernGov meeting page: no item table (${MG_ITEM_TABLE}) and not cancelled`);
  const titles = new Map<Item, Element>();
  const items = meeting.cancelled || !table ? [] : readItemRows(table, url, titles);
  // A meeting page becomes the minutes once ModernGov shows "Minutes:" or "Decision:" under its items.
  const role = hasMinutes(table) ? 'minutes' : 'agenda';
  const record: MeetingRecord = { role, meeting, items };
  if (warnings.length) record.warnings = warnings;
  return { records: [record], warnings, titles };
}

function hasMinutes(table: Element | null): boolean {
  return Array.from(table?.querySelectorAll(MG_SECTION_LABEL) ?? []).some((label) =>
    /^(?:minutes|decision)\b/i.test(textOf(label)),
  );
}

/** The items of the table, each with its title's element in `titles` (its link, where it has one). */
function readItemRows(table: Element, base: URL, titles: Map<Item, Element>): Item[] {
  const items: Item[] = [];
  for (const row of Array.from(table.querySelectorAll('tr'))) {
    if (items.length > MAX_ITEMS) break; // one more than kept, so the page is reported as over the limit
    const numberCell = row.querySelector(MG_ITEM_NUMBER_CELL);
    const body = numberCell?.nextElementSibling;
    if (!numberCell || !body) continue;
    const number = textOf(numberCell).replace(/\.$/, '');
    const titleEl = body.querySelector(MG_ITEM_TITLE);
    const sections = readSections(body, base);
    const titleLink = titleEl?.querySelector(MG_TITLE_LINK);
    const titleDoc = titleLink && documentLinks(titleEl!, base);
    if (titleDoc?.length) sections.documents.unshift(...titleDoc);
    const item = buildItem(number, cleanTitle(textOf(titleEl, MG_LINK_NOISE)), sections);
    const shown = titleLink ?? titleEl;
    if (shown) titles.set(item, shown);
    items.push(item);
  }
  return items;
}

/** The value after a "Label:" span: <p><span class="mgLabel">Venue: </span>Guildhall</p>. */
function fieldValue(scope: Document | Element, label: RegExp): string | undefined {
  for (const span of Array.from(scope.querySelectorAll(MG_FIELD_LABEL))) {
    if (!label.test(textOf(span))) continue;
    const value = textOf(span.parentElement).slice(textOf(span).length).trim();
    return value.replace(/\s*View directions$/i, '') || undefined;
  }
  return undefined;
}

/** mgAi.aspx: one item, with a "Meeting: 18/11/2025 - Committee (Item 35.)" line. */
function extractItemPage(doc: Document, url: URL): ExtractResult {
  const meetingLine = fieldValue(doc, /^meeting/i) ?? '';
  const header = meetingHeader(meetingLine.replace(/\(Item [^)]*\)\s*$/i, ''));
  if (!header)
    return { records: [], warnings: [`ModernGov item page: no meeting line ("Meeting: date - committee")`] };
  const number = meetingLine.match(/\(Item ([^)]*?)\.?\)/i)?.[1] ?? '';
  const title = cleanTitle(textOf(doc.querySelector(MG_SUBTITLE), MG_LINK_NOISE));
  const content = doc.querySelector(`${MG_ROOT} .mgContent`) ?? doc.querySelector(MG_ROOT);
  const sections = content ? readSections(content, url) : emptySections();
  const item = buildItem(number, title, sections);
  const role = sections.decision || sections.minutes ? 'minutes' : 'agenda';
  return { records: [{ role, meeting: { ...header, url: url.href }, items: [item] }], warnings: [] };
}

/** ieDecisionDetails.aspx: one decision, by a meeting ("Decided at meeting:") or an officer. */
function extractDecisionPage(doc: Document, url: URL): ExtractResult {
  const warnings: string[] = [];
  const title = cleanTitle(textOf(doc.querySelector(MG_SUBTITLE)));
  const decidedAt = fieldValue(doc, /^decided at meeting/i);
  const maker = fieldValue(doc, /^decision maker/i);
  const date = fieldValue(doc, /^date of decision/i) ?? fieldValue(doc, /^publication date/i) ?? '';
  const header = meetingHeader(decidedAt ?? `${date} - ${maker ?? ''}`);
  if (!header)
    return { records: [], warnings: ['ModernGov decision page: no decision date or decision maker'] };
  const content = doc.querySelector(`${MG_ROOT} .mgContent`);
  if (!content) warnings.push('ModernGov decision page: no .mgContent');
  const sections = content ? readSections(content, url) : emptySections();
  if (!sections.decision) warnings.push('ModernGov decision page: no "Decision:" block');
  const item = buildItem('', title, sections);
  const record: MeetingRecord = { role: 'minutes', meeting: { ...header, url: url.href }, items: [item] };
  if (warnings.length) record.warnings = warnings;
  return { records: [record], warnings };
}
