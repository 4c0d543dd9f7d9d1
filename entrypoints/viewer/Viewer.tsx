import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'preact/hooks';
import { fetchPdf, openPdf } from '../../utils/ext/pdf-reader';
import type { AgendaLinks } from '../../utils/model/links';
import type { MeetingRecord } from '../../utils/model/record';
import { parseAgendaText } from '../../utils/parse/index';
import { itemPage } from '../../utils/pdf/pages';
import { readDocumentText, type PdfProgress } from '../../utils/pdf/read';
import { ItemsSidebar, type SidebarItem } from './ItemsSidebar';
import { PdfPages } from './PdfPages';

export interface ViewerProps {
  /** The PDF's web address (fetched here: the extension needs host permission for it). */
  src: string;
  /** Prior decisions and open follow-ups for an agenda read from the pack: the background's 'link-agenda'. */
  linkAgenda?: (record: MeetingRecord) => Promise<AgendaLinks>;
  /** A follow-up marked done or dropped from the sidebar: the background's 'set-action-status'. */
  setActionStatus?: (actionId: string, status: 'done' | 'dropped') => Promise<unknown>;
  /** A page's text layer is in the DOM: where highlights are anchored (utils/anchor) and drawn. */
  onPageTextReady?: (page: number, textLayer: HTMLElement) => void;
}

type Stage =
  | { kind: 'fetching' }
  | { kind: 'reading'; progress?: PdfProgress }
  | { kind: 'ready'; note?: string }
  | { kind: 'failed'; message: string };

export function Viewer({ src, linkAgenda, setActionStatus, onPageTextReady }: ViewerProps) {
  const [stage, setStage] = useState<Stage>({ kind: 'fetching' });
  const [doc, setDoc] = useState<PDFDocumentProxy>();
  const [records, setRecords] = useState<MeetingRecord[]>([]);
  const [items, setItems] = useState<SidebarItem[]>([]);
  const [jumpTo, setJumpTo] = useState<{ page: number }>();
  // Bumped when a follow-up changes status, so the sidebar asks the background again.
  const [linksVersion, setLinksVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    let opened: PDFDocumentProxy | undefined;
    const load = async () => {
      const bytes = await fetchPdf(src, controller.signal);
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
      const parsed = parseAgendaText(text.text, { url: src });
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
  }, [src]);

  useLinkedItems(records, linkAgenda, setItems, linksVersion);
  const onSetActionStatus = (actionId: string, status: 'done' | 'dropped') =>
    void setActionStatus?.(actionId, status).then(() => setLinksVersion((version) => version + 1));

  return (
    <div class="viewer">
      <ItemsSidebar
        items={items}
        status={<StageStatus stage={stage} />}
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

/** Asks the background what it knows of each agenda's items and adds it to the sidebar entries. */
function useLinkedItems(
  records: MeetingRecord[],
  linkAgenda: ViewerProps['linkAgenda'],
  setItems: (update: (items: SidebarItem[]) => SidebarItem[]) => void,
  version: number,
) {
  useEffect(() => {
    if (!linkAgenda) return;
    let current = true;
    records.forEach((record, recordIndex) => {
      if (record.role !== 'agenda') return;
      linkAgenda(record)
        .then((links) => {
          if (!current) return;
          const byNumber = new Map(links.items.map((item) => [item.number, item]));
          setItems((items) =>
            items.map((item) =>
              item.recordIndex === recordIndex ? { ...item, links: byNumber.get(item.number) } : item,
            ),
          );
        })
        .catch(() => undefined); // The list stays usable without the index; the overlay reports index errors.
    });
    return () => {
      current = false;
    };
  }, [records, linkAgenda, setItems, version]);
}

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

function StageStatus({ stage }: { stage: Stage }) {
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
    case 'failed':
      return (
        <p class="warn" role="alert">
          {stage.message}
        </p>
      );
  }
}
