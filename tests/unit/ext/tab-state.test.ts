import { describe, expect, it } from 'vitest';
import { stateOfCurrentPage, type TabState } from '../../../utils/ext/tab-state';

const AGENDA = 'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=412&MId=9900';
const state: TabState = {
  url: AGENDA,
  detection: { system: 'moderngov', kind: 'agenda', confidence: 0.9, reason: 'ieListDocuments page' },
  itemsRead: 12,
  itemsLinked: 3,
};

describe('the popup describes the page the tab shows now, not one it showed before', () => {
  it('keeps the state of the page the tab still shows', () => {
    expect(stateOfCurrentPage(state, AGENDA)).toBe(state);
  });

  it('keeps it when the tab only followed a link within the page', () => {
    expect(stateOfCurrentPage(state, `${AGENDA}#item5`)).toBe(state);
    expect(stateOfCurrentPage({ ...state, url: `${AGENDA}#top` }, AGENDA)).toEqual({
      ...state,
      url: `${AGENDA}#top`,
    });
  });

  it('drops a meeting page’s state once the tab shows another page (a site Agenda Lens does not read, a PDF)', () => {
    expect(stateOfCurrentPage(state, 'https://www.bbc.co.uk/news')).toBeNull();
    expect(
      stateOfCurrentPage(state, 'https://democracy.example.gov.uk/documents/g9900/Agenda.pdf'),
    ).toBeNull();
    expect(stateOfCurrentPage(state, AGENDA.replace('9900', '9901'))).toBeNull();
  });

  it('takes the state as it is when the tab’s address is unknown (no access to the tab), and nothing as nothing', () => {
    expect(stateOfCurrentPage(state, undefined)).toBe(state);
    expect(stateOfCurrentPage(null, AGENDA)).toBeNull();
  });
});
