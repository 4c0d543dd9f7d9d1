import type { DocumentLink } from '../utils/model/record';
import { Popover, type PopoverButton } from './Popover';

export interface ItemPapersProps {
  itemNumber: string;
  /** The item's PDF papers (reports, appendices) the page links to. */
  papers: DocumentLink[];
  /** Open one in the Agenda Lens viewer. */
  onOpen(url: string): void;
}

/** The papers' button: "PDF" or "3 PDFs", or none without papers. */
export function papersButton(itemNumber: string, papers: number): PopoverButton | null {
  if (papers === 0) return null;
  return {
    id: `${itemNumber}-papers`,
    label: papers === 1 ? 'PDF' : `${papers} PDFs`,
    // Its own class: ".badge" is the item's history badge, one per item, and tests find it by that.
    buttonClass: 'papers',
    buttonLabel: `Agenda Lens, item ${itemNumber}: read its papers in the Agenda Lens viewer`,
  };
}

/**
 * "PDF" beside an agenda item whose papers are PDFs: the browser's own PDF viewer runs no
 * extension code, so this is how a councillor reads a report with its history, highlights and notes.
 */
export function ItemPapers({ itemNumber, papers, onOpen }: ItemPapersProps) {
  const button = papersButton(itemNumber, papers.length);
  if (!button) return null;
  return (
    <Popover {...button} panelLabel={`Agenda Lens: papers of item ${itemNumber}`}>
      <ul>
        {papers.map((paper) => (
          <li key={paper.url}>
            <p class="quote">{paper.title}</p>
            <div class="actions">
              <button
                class="small"
                aria-label={`Open ${paper.title} in the Agenda Lens viewer`}
                onClick={() => onOpen(paper.url)}
              >
                Open in Agenda Lens viewer
              </button>
            </div>
          </li>
        ))}
      </ul>
      <p class="why">
        The viewer lists the paper's agenda items with their history and keeps your highlights.
      </p>
    </Popover>
  );
}
