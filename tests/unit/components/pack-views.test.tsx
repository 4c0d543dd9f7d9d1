import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { packStatusLines } from '../../../components/pack-status';
import { PopupView, type PopupViewProps } from '../../../components/PopupView';
import { htmlToDocument } from '../../../scripts/lib/dom';
import type { TabState } from '../../../utils/ext/tab-state';
import type { PackLink } from '../../../utils/sites/pack-links';

const SITE = 'https://democracy.example.gov.uk';
const PACKS: PackLink[] = [
  { url: `${SITE}/documents/g9/Pack.pdf`, kind: 'agenda-pack', title: 'Agenda reports pack' },
  { url: `${SITE}/documents/g9/Minutes.pdf`, kind: 'printed-minutes', title: 'Printed minutes' },
  { url: `${SITE}/documents/g9/Front.pdf`, kind: 'frontsheet', title: 'Agenda frontsheet' },
];
const STATE: TabState = {
  url: `${SITE}/ieListDocuments.aspx?CId=1&MId=9`,
  detection: { system: 'moderngov', kind: 'agenda', confidence: 0.95, reason: 'mgItemTable' },
  itemsRead: 6,
  packs: PACKS,
};

describe('what the popup says of a meeting’s PDF papers', () => {
  it('one line per paper with an outcome, in words', () => {
    expect(
      packStatusLines(PACKS, {
        [PACKS[0]!.url]: { status: 'read', records: 2, items: 9, pages: 1, ms: 200 },
        [PACKS[1]!.url]: {
          status: 'failed',
          failure: 'encrypted',
          message: 'This PDF is password-protected.',
        },
        [PACKS[2]!.url]: { status: 'queued' },
      }),
    ).toEqual([
      'Agenda reports pack: 2 records, 9 items read from 1 page',
      'Printed minutes: This PDF is password-protected.',
      'Agenda frontsheet: waiting to be read',
    ]);
    expect(packStatusLines(PACKS, { [PACKS[0]!.url]: { status: 'already-indexed' } })).toEqual([
      'Agenda reports pack: already in your index',
    ]);
  });

  describe('the popup', () => {
    let container: HTMLElement;
    beforeEach(() => {
      const doc = htmlToDocument('<!doctype html><html><body><div id="host"></div></body></html>');
      vi.stubGlobal('document', doc);
      container = doc.getElementById('host')!;
    });
    afterEach(() => {
      render(null, container);
      vi.unstubAllGlobals();
    });
    const show = (props: Partial<PopupViewProps>) =>
      act(() =>
        render(
          <PopupView state={STATE} siteEnabled origin={SITE} onToggleSite={() => undefined} {...props} />,
          container,
        ),
      );
    const readButton = () =>
      Array.from(container.querySelectorAll('button')).find((b) => b.textContent?.startsWith('Read this'));

    it('offers to read the papers, and says the site is not allowed when it is not', () => {
      const onReadPacks = vi.fn();
      show({ onReadPacks, packsAllowed: false });
      expect(readButton()?.textContent).toBe("Read this meeting's PDF papers (3)");
      expect(container.textContent).toContain('Agenda Lens may not fetch from democracy.example.gov.uk');
      act(() => void readButton()!.dispatchEvent(new document.defaultView!.Event('click')));
      expect(onReadPacks).toHaveBeenCalledOnce();
    });

    it('says what came of each paper, and nothing on a page without papers', () => {
      show({ onReadPacks: vi.fn(), packsAllowed: true, packLines: ['Agenda reports pack: 2 records'] });
      expect(container.textContent).not.toContain('may not fetch');
      expect(container.querySelector('[aria-label="PDF papers"]')?.textContent).toBe(
        'Agenda reports pack: 2 records',
      );
      show({ state: { ...STATE, packs: [] } });
      expect(readButton()).toBeUndefined();
      expect(container.textContent).not.toContain('PDF papers');
      // No stray "0" from an empty list of papers.
      const texts = Array.from(container.querySelector('main')!.childNodes).map((node) => node.textContent);
      expect(texts).not.toContain('0');
    });
  });
});
