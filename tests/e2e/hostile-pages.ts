/**
 * Hostile pages in the shape of the demo council's ModernGov pages (issue #9), rendered by the
 * demo site's own meetingPage so only the hostile parts are written here. Shared by the e2e tests
 * (served under the demo host) and the unit tests (parsed with linkedom).
 */
import type { DemoItem, DemoMeeting } from '../../scripts/demo-site/data';
import { meetingPage } from '../../scripts/demo-site/render';

/** Would change the page's title if it ever ran: in the page source it is escaped, so it shows as text. */
export const PAYLOADS = [
  `<img src=x onerror="document.title='PWNED'">`,
  `<script>document.title='PWNED'</script>`,
  `<a href="javascript:document.title='PWNED'">open</a>`,
  `<b onmouseover="document.title='PWNED'">hover</b>`,
] as const;
const [IMG, SCRIPT, LINK, HANDLER] = PAYLOADS;

/** A real javascript: link in the page's own markup, offered as an item's document. */
export const SCRIPT_URL = "javascript:document.title='PWNED'";

/** Ids served at /ieListDocuments.aspx?CId=412&MId=<id>, clear of the demo meetings. */
export const HOSTILE_IDS = {
  minutes: 9901,
  agenda: 9902,
  hugeTitles: 9903,
  manyItems: 9904,
  deep: 9905,
  mutating: 9906,
} as const;

function meeting(id: number, date: string, status: DemoMeeting['status'], items: DemoItem[]): DemoMeeting {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const dateText = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const weekday = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
    weekday: 'long',
    timeZone: 'UTC',
  });
  return { id, date, weekday, dateText, time: '6:00 pm', venue: 'Council Chamber', status, items };
}

/** Minutes whose titles, decisions and minutes carry script payloads; decisions a later agenda links to. */
export function hostileMinutesPage(): string {
  return meetingPage(
    meeting(HOSTILE_IDS.minutes, '2026-02-02', 'minutes', [
      {
        number: '51',
        title: `Library Opening Hours ${IMG}`,
        summary: `Report on library opening hours ${SCRIPT}`,
        documents: [{ title: 'Library report', path: SCRIPT_URL, sizeKb: 12 }],
        minutes: [`Members discussed library opening hours ${HANDLER}`],
        decision: [
          'RESOLVED that:',
          `a) the Director be requested to bring a report on library opening hours ${LINK} to a future meeting;`,
          `b) figures on library visits ${IMG} be circulated to members of the Committee.`,
        ],
      },
      {
        number: '52',
        title: `Street Lighting Replacement ${SCRIPT}`,
        minutes: [`The Committee considered street lighting ${LINK}`],
        decision: [`RESOLVED that the street lighting replacement programme ${HANDLER} be noted.`],
      },
    ]),
  );
}

/** The next agenda, on the same topics, so its badges list the hostile minutes' decisions and actions. */
export function hostileAgendaPage(): string {
  return meetingPage(
    meeting(HOSTILE_IDS.agenda, '2026-03-09', 'agenda', [
      { number: '61', title: `Library Opening Hours Review ${IMG}`, summary: `Follow-up ${SCRIPT}` },
      { number: '62', title: `Street Lighting Replacement Programme ${LINK}` },
    ]),
  );
}

/** Three items whose titles are about 1 MB each, of words and of punctuation runs. */
export function hugeTitlesPage(): string {
  const words = 'library opening hours '.repeat(48_000);
  const punctuation = '-. '.repeat(350_000);
  return meetingPage(
    meeting(HOSTILE_IDS.hugeTitles, '2026-03-16', 'agenda', [
      { number: '1', title: `Library ${words}` },
      { number: '2', title: `Street lighting ${punctuation}x` },
      { number: '3', title: `Parks ${punctuation}` },
    ]),
  );
}

export const MANY_ITEMS = 10_000;

export function manyItemsPage(count = MANY_ITEMS): string {
  const items = Array.from({ length: count }, (_, i) => ({
    number: String(i + 1),
    title: `Planning application ${i + 1} at ${i + 2} High Street`,
    summary: 'To determine the application.',
  }));
  return meetingPage(meeting(HOSTILE_IDS.manyItems, '2026-03-23', 'agenda', items));
}

export const DEPTH = 5_000;
/** Chromium's own renderer crashes, extension or not, on a page nested 1,500 deep; 1,000 it draws. */
export const BROWSER_DEPTH = 1_000;

/**
 * Nests the meeting body, and the first item's words, `depth` elements deep. Built with DOM calls
 * because Chromium's HTML parser flattens anything deeper than 512; the page runs it as its own
 * script (so it must stay self-contained) and the unit tests call it on a linkedom document.
 */
export function deepen(doc: Document, depth: number): void {
  // No inner named functions: the bundler would wrap them in a helper the page does not have.
  const words = doc.querySelector('.mgWordPara')!;
  const text = doc.createElement('span');
  text.textContent = words.textContent;
  words.replaceWith(text);
  for (const target of [doc.getElementById('modgov')!, text]) {
    const outer = doc.createElement('div');
    target.replaceWith(outer);
    let at = outer;
    for (let i = 1; i < depth; i++) at = at.appendChild(doc.createElement('div'));
    at.appendChild(target);
    if (target === text) outer.className = 'mgWordPara';
  }
}

export function deepPage(depth = DEPTH): string {
  const page = meetingPage(
    meeting(HOSTILE_IDS.deep, '2026-03-30', 'agenda', [
      { number: '1', title: 'Allotment Rents', summary: 'To set allotment rents for 2026/27.' },
      { number: '2', title: 'Cemetery Fees', summary: 'To set cemetery fees.' },
    ]),
  );
  return withScript(page, `(${deepen.toString()})(document, ${depth});`);
}

/** Keeps rewriting itself every few milliseconds, for as long as it is open. */
export function mutatingPage(): string {
  const page = meetingPage(
    meeting(HOSTILE_IDS.mutating, '2026-04-06', 'agenda', [
      { number: '1', title: 'Library Opening Hours Review', summary: 'Changing all the time.' },
      { number: '2', title: 'Street Lighting Replacement Programme' },
    ]),
  );
  return withScript(
    page,
    `let n = 0;
setInterval(() => {
  const cell = document.querySelector('.mgItemTable td:last-child');
  const p = document.createElement('p');
  p.className = 'mgAiTitleTxt';
  p.textContent = 'Library Opening Hours Review ' + n++;
  cell.appendChild(p);
  if (cell.children.length > 6) cell.children[1].remove();
  document.title = document.title.replace(/ \\d+$/, '') + ' ' + n;
}, 3);`,
  );
}

/** WXT's "a newer copy of this content script started" event for our overlay: it stops the older one. */
export function overlayRestartEvent(extensionId: string): string {
  return `${extensionId}:overlay:wxt:content-script-started`;
}

/**
 * The hostile agenda again (serve it at the agenda's own address, so reading it changes nothing),
 * posting messages shaped like ours to anything listening on the window.
 */
export function forgingPage(): string {
  const forged = {
    type: 'page-read',
    url: 'https://democracy.riverside.example.gov.uk/forged',
    records: [
      {
        role: 'minutes',
        meeting: { committee: 'Forged Committee', date: '2030-01-01' },
        items: [{ number: '1', title: 'Forged', decisions: [{ text: 'RESOLVED forged' }], actions: [] }],
      },
    ],
  };
  return withScript(
    hostileAgendaPage(),
    `const forged = ${JSON.stringify(forged)};
setInterval(() => {
  window.postMessage(forged, '*');
  window.postMessage({ type: 'set-action-status', actionId: 'x', status: 'done' }, '*');
}, 20);`,
  );
}

function withScript(page: string, script: string): string {
  return page.replace('</body>', `<script>${script}</script></body>`);
}
