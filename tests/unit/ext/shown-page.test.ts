import { describe, expect, it } from 'vitest';
import { shownTabState, type TabQuestions } from '../../../utils/ext/shown-page';
import type { TabState } from '../../../utils/ext/tab-state';

const AGENDA = 'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=412&MId=9900';
const STATE: TabState = {
  url: AGENDA,
  detection: { system: 'moderngov', kind: 'agenda', confidence: 0.9, reason: 'ieListDocuments page' },
  meetingKey: 'Cabinet|2026-01-19',
};

/** A tab whose page says `shown` when asked (null: no overlay in it; undefined: no answer in time). */
const tab = (shown: string | null | undefined, options: { state?: TabState | null; ours?: boolean } = {}) => {
  const asked: number[] = [];
  const questions: TabQuestions = {
    stateOf: async () => (options.state === undefined ? STATE : options.state),
    showsOurPage: async () => options.ours ?? false,
    pageShownIn: async (tabId) => {
      asked.push(tabId);
      return shown;
    },
  };
  return { questions, asked };
};

describe("the side panel's view of a tab: the state of the page it shows, not of one it showed", () => {
  it('keeps the state of the page whose overlay says it is still there, also after a link within it', async () => {
    expect(await shownTabState(3, tab(AGENDA).questions)).toBe(STATE);
    expect(await shownTabState(3, tab(`${AGENDA}#item44`).questions)).toBe(STATE);
  });

  it('drops it where no overlay answers (a site we do not read), or one on another meeting page does', async () => {
    expect(await shownTabState(3, tab(null).questions)).toBeNull();
    expect(await shownTabState(3, tab(AGENDA.replace('9900', '9899')).questions)).toBeNull();
  });

  it('takes it as it is from a page too busy to answer in time', async () => {
    expect(await shownTabState(3, tab(undefined).questions)).toBe(STATE);
  });

  it('keeps the state of our viewer’s tab without asking it, and asks nothing of a tab with no state', async () => {
    const viewer = tab(null, { ours: true });
    expect(await shownTabState(3, viewer.questions)).toBe(STATE);
    const empty = tab(AGENDA, { state: null });
    expect(await shownTabState(3, empty.questions)).toBeNull();
    expect([...viewer.asked, ...empty.asked]).toEqual([]);
  });
});
