import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { councilPdfOpener, openCouncilPdfsItem, type AutoOpenDeps } from '../../../utils/ext/pdf-auto-open';

const PACK = 'https://democracy.example.gov.uk/documents/g10223/Public reports pack.pdf';
const ALLOWED = 'https://democracy.example.gov.uk';

/** The browser's side: the real setting (fake storage), sites allowed by origin, tabs sent to the viewer. */
function fakes(allowed: string[] = [ALLOWED]) {
  const shown: [number, string][] = [];
  const deps: AutoOpenDeps = {
    enabled: () => openCouncilPdfsItem.getValue(),
    siteAllowed: async (url) => allowed.includes(new URL(url).origin),
    show: async (tabId, url) => shown.push([tabId, url]),
  };
  return { deps, shown };
}

describe('opening council PDFs in the viewer by themselves', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is off until the user turns it on', async () => {
    const { deps, shown } = fakes();
    expect(await openCouncilPdfsItem.getValue()).toBe(false);
    expect(await councilPdfOpener(deps)(1, PACK)).toBe(false);
    expect(shown).toEqual([]);
  });

  it('shows a council PDF of an allowed site in the viewer once turned on', async () => {
    await openCouncilPdfsItem.setValue(true);
    const { deps, shown } = fakes();
    expect(await councilPdfOpener(deps)(7, PACK)).toBe(true);
    expect(shown).toEqual([[7, PACK]]);
  });

  it.each([
    ['another PDF on a council site', 'https://democracy.example.gov.uk/leaflets/bins.docx'],
    ['a council PDF on a site the user did not allow', 'https://other.example.gov.uk/papers/pack.pdf'],
    ['a page that is no PDF', 'https://democracy.example.gov.uk/ieListDocuments.aspx?MId=1'],
    ['a tab event without a URL', undefined],
  ])('never takes over %s', async (_, url) => {
    await openCouncilPdfsItem.setValue(true);
    const { deps, shown } = fakes();
    expect(await councilPdfOpener(deps)(1, url)).toBe(false);
    expect(shown).toEqual([]);
  });

  it('leaves a tab on the PDF when the user goes back to it from the viewer', async () => {
    await openCouncilPdfsItem.setValue(true);
    const { deps, shown } = fakes();
    const open = councilPdfOpener(deps);
    expect(await open(3, PACK)).toBe(true);
    expect(await open(3, PACK)).toBe(false); // Back: the browser's own viewer.
    expect(await open(3, PACK)).toBe(true); // Opened again later: the viewer again.
    expect(shown).toHaveLength(2);
  });
});
