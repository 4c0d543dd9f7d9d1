import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'preact/hooks';
import { fetchPdf, openPdf } from '../../utils/ext/pdf-reader';
import type { PageLinks } from '../../utils/ext/reading';
import { meetingKey } from '../../utils/model/keys';
import { mainRecord } from '../../utils/model/main-record';
import type { MeetingRecord } from '../../utils/model/record';
import { parsePackText, type LineRange } from '../../utils/parse/index';
import { itemPage } from '../../utils/pdf/pages';
import { readDocumentText, type PdfProgress } from '../../utils/pdf/read';
import { recordOfPassage } from '../../utils/pdf/sections';
import type { PackText } from './highlights';
import { ItemsSidebar, type SidebarItem } from './ItemsSidebar';
import { PdfPages } from './PdfPages';

export interface ViewerProps {
  /** The PDF's web address (fetched here: the extension needs host permission for it). */
  src: string;
  /**
   * Whether the extension may read the PDF's site, and asking the user for it (a click here is the
   * gesture the browser's prompt needs). Opened from the overlay, the viewer may not have it yet.
   */
  siteAccess?: { granted(): Promise<boolean>; request(): Promise<boolean> };
  /**
   * Indexes the pack's records and links its main record (the background's 'page-read'): opening a
   * pack in the viewer is the user asking for it to be indexed.
   */
  readPack?: (records: MeetingRecord[]) => Promise<PageLinks>;
  /** A follow-up marked done or dropped from the sidebar: the background's 'set-action-status'. */
  setActionStatus?: (actionId: string, status: 'done' | 'dropped') => Promise<unknown>;
  /** The pack is read and its meeting known, so highlights can be found again and saved against their meeting. */
  onPackKnown?: (pack: PackText) => void;
  /** A page's text layer is in the DOM: where highlights are anchored (utils/anchor) and drawn. */
  onPageTextReady?: (page: number, textLayer: HTMLElement) => void;
}

type Stage =
  | { kind: 'fetching' }
  | { kind: 'reading'; progress?: PdfProgress }
  | { kind: 'ready'; note?: string }
  | { kind: 'needs-access'; host: string }
  | { kind: 'failed'; message: string };

/** The pack's text, by page, and where each of its records lies in it. */
interface ReadPack {
  pageTexts: string[];
  layerTexts: string[];
  lines: LineRange[];
}

export function Viewer(props: ViewerProps) {
  const { src, siteAccess, readPack, setActionStatus, onPackKnown, onPageTextReady } = props;
  const [stage, setStage] = useState<Stage>({ kind: 'fetching' });
  // Bumped when the user grants access to the PDF's site, to fetch it again.
  const [attempt, setAttempt] = useState(0);
  const [doc, setDoc] = useState<PDFDocumentProxy>();
  const [records, setRecords] = useState<MeetingRecord[]>([]);
  const [text, setText] = useState<ReadPack>();
  const [items, setItems] = useState<SidebarItem[]>([]);
  const [jumpTo, setJumpTo] = useState<{ page: number }>();
  // Bumped when a follow-up changes status, so the sidebar asks the background again.
  const [linksVersion, setLinksVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    let opened: PDFDocumentProxy | undefined;
    const load = async () => {
      setStage({ kind: 'fetching' });
      const bytes = await fetchPdf(src, controller.signal);
      // Where the browser holds back an extension without the site's permission (Firefox), the fetch gets no
      // answer at all: offer to allow the site then. Sites that allow any origin need no permission.
      if (!bytes.ok && bytes.unreached && siteAccess && !(await siteAccess.granted()))
        return setStage({ kind: 'needs-access', host: new URL(src).host });
      if (!bytes.ok) return setStage({ kind: 'failed', message: bytes.message });
      const open = await openPdf(bytes.data);
      if (!open.ok) return setStage({ kind: 'failed', message: open.message });
      opened = open.doc;
      if (controller.signal.aborted) return void opened.destroy();
      setDoc(opened);
      setStage({ kind: 'reading' });
      const text = await readDocumentText(opened, {
        signal: controller.signal,
        onProgress: (progress) => setStage({ kind: 'reading', progress }),
      });
      if (controller.signal.aborted) return;
      // A scan still shows; only the item list is missing, and the message says why.
      if (!text.ok) return setStage({ kind: 'ready', note: text.message });
      const parsed = parsePackText(text.text, { url: src });
      setText({ pageTexts: text.pageTexts, layerTexts: text.layerTexts, lines: parsed.lines });
      setRecords(parsed.records);
      setItems(sidebarItems(parsed.records, text.pageTexts));
      setStage({
        kind: 'ready',
        note: parsed.records.length === 0 ? 'No agenda items or minutes were found in this PDF.' : undefined,
      });
    };
    void load();
    return () => {
      controller.abort();
      void opened?.destroy();
    };
  }, [src, attempt]);

  const indexProblem = usePackLinks(records, readPack, setItems, linksVersion, (mainKey) => {
    // Records come from the text: it is there whenever the background has indexed them.
    if (!text) return;
    onPackKnown?.({
      meetingKey: mainKey,
      layerTexts: text.layerTexts,
      meetingOf: (page, quote) => {
        const index = recordOfPassage(text.pageTexts, text.lines.slice(0, MAX_RECORDS_SENT), page, quote);
        const record = index === undefined ? undefined : records[index];
        // The key the background gave the record when it indexed the pack (utils/ext/reading.ts).
        return record && meetingKey(record.meeting);
      },
    });
  });
  const onSetActionStatus = (actionId: string, status: 'done' | 'dropped') =>
    void setActionStatus?.(actionId, status).then(() => setLinksVersion((version) => version + 1));

  return (
    <div class="viewer">
      <ItemsSidebar
        items={items}
        status={
          <>
            <StageStatus
              stage={stage}
              onAllow={() =>
                void siteAccess?.request().then((granted) => granted && setAttempt((n) => n + 1))
              }
            />
            {indexProblem && <p class="warn">{indexProblem}</p>}
          </>
        }
        onSelect={(page) => setJumpTo({ page })}
        onSetActionStatus={onSetActionStatus}
      />
      {doc ? (
        <PdfPages doc={doc} jumpTo={jumpTo} onPageTextReady={onPageTextReady} />
      ) : (
        <main class="pages" aria-busy="true" />
      )}
    </div>
  );
}

/**
 * Hands the pack's records to the background and adds what it knows of the main record's items
 * (prior decisions, open follow-ups) to their sidebar entries. Returns why that failed, if it did.
 */
function usePackLinks(
  records: MeetingRecord[],
  readPack: ViewerProps['readPack'],
  setItems: (update: (items: SidebarItem[]) => SidebarItem[]) => void,
  version: number,
  onMeetingKnown: (meetingKey: string) => void,
): string | undefined {
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    const sent = records.slice(0, MAX_RECORDS_SENT);
    // The record the background links, chosen as it chooses.
    const shown = mainRecord(sent);
    if (!readPack || !shown) return;
    const shownIndex = records.indexOf(shown);
    let current = true;
    readPack(sent)
      .then((links) => {
        if (!current) return;
        setProblem(undefined);
        const byNumber = new Map(links.items.map((item) => [item.number, item]));
        setItems((items) =>
          items.map((item) =>
            item.recordIndex === shownIndex ? { ...item, links: byNumber.get(item.number) } : item,
          ),
        );
        if (links.meetingKey) onMeetingKnown(links.meetingKey);
      })
      .catch((error: unknown) => {
        // The list stays usable without the index.
        if (current)
          setProblem(
            `This pack could not be indexed: ${error instanceof Error ? error.message : String(error)}`,
          );
      });
    return () => {
      current = false;
    };
  }, [records, readPack, setItems, version]);
  return problem;
}

/** The background accepts at most this many records from one page or pack (utils/ext/messages.ts). */
const MAX_RECORDS_SENT = 10;

function sidebarItems(records: MeetingRecord[], pageTexts: string[]): SidebarItem[] {
  return records.flatMap((record, recordIndex) =>
    record.items.map((item) => ({
      key: `${recordIndex}:${item.number}:${item.title}`,
      recordIndex,
      group: `${record.role === 'agenda' ? 'Agenda' : 'Minutes'}: ${record.meeting.committee}, ${record.meeting.date}`,
      number: item.number,
      title: item.title,
      page: itemPage(item, pageTexts),
    })),
  );
}

function StageStatus({ stage, onAllow }: { stage: Stage; onAllow: () => void }) {
  switch (stage.kind) {
    case 'fetching':
      return <p>Fetching the PDF…</p>;
    case 'reading':
      return (
        <>
          <label for="reading-progress">
            Reading the text
            {stage.progress ? `: page ${stage.progress.page} of ${stage.progress.pages}` : '…'}
          </label>
          <progress
            id="reading-progress"
            value={stage.progress?.page ?? 0}
            max={stage.progress?.pages ?? 1}
          />
        </>
      );
    case 'ready':
      return stage.note ? <p class="warn">{stage.note}</p> : null;
    case 'needs-access':
      return (
        <>
          <p role="alert">
            Agenda Lens could not fetch this PDF from {stage.host}. It may need your permission to read that
            site; it reads only what you open.
          </p>
          <button type="button" class="primary" onClick={onAllow}>
            Allow reading {stage.host}
          </button>
        </>
      );
    case 'failed':
      return (
        <p class="warn" role="alert">
          {stage.message}
        </p>
      );
  }
}
