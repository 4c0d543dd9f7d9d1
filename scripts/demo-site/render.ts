import {
  COMMITTEE,
  COMMITTEE_ID,
  COUNCIL,
  MEETINGS,
  CANCELLED,
  type DemoItem,
  type DemoMeeting,
} from './data';

/** Renders the demo council's pages in the markup ModernGov uses (mgItemTable, mgSubItemTitleTxt …). */
const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)} - ${esc(COUNCIL)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:Arial,sans-serif;margin:0;color:#222}header{background:#00594f;color:#fff;padding:12px 24px}
header a{color:#fff}main{max-width:960px;margin:0 auto;padding:16px 24px}.mgItemTable{border-collapse:collapse;width:100%}
.mgItemTable td{vertical-align:top;padding:8px;border-top:1px solid #ddd}.mgItemNumberCell{width:3em;font-weight:bold}
.mgAiTitleTxt{font-weight:bold;margin:0 0 6px}.mgSubItemTitleTxt{font-weight:bold;color:#555;margin:8px 0 2px}
.mgFileSize{color:#666;font-size:85%}
</style></head>
<body><header><a href="/">${esc(COUNCIL)}</a> · Councillors, committees and meetings</header>
<main><div id="modgov">${body}</div></main>
<footer style="padding:24px;color:#666">Powered by the demo Modern.Gov-style site of Agenda Lens.</footer></body></html>`;
}

const meetingUrl = (m: DemoMeeting): string => `ieListDocuments.aspx?CId=${COMMITTEE_ID}&amp;MId=${m.id}`;

function paragraphs(lines: string[]): string {
  return `<div class="mgWordPara"><div class="WordSection1">${lines.map((l) => `<p class="MsoNormal">${esc(l)}</p>`).join('\n')}</div></div>`;
}

function itemRow(item: DemoItem, meeting: DemoMeeting): string {
  const doc = item.documents?.[0];
  const title = doc
    ? `<a class="mgAiTitleLnk" href="${esc(doc.path)}">${esc(item.title)} <span class="mgFileSize">PDF ${doc.sizeKb} KB</span></a>`
    : esc(item.title);
  const parts = [`<p class="mgAiTitleTxt">${title}</p>`];
  if (item.summary) parts.push(paragraphs([item.summary]));
  if (meeting.status === 'minutes' && item.decision) {
    parts.push('<p class="mgSubItemTitleTxt">Decision:</p>', paragraphs(item.decision));
  }
  if (meeting.status === 'minutes' && item.minutes) {
    parts.push('<p class="mgSubItemTitleTxt">Minutes:</p>', paragraphs(item.minutes));
  }
  const aiId = meeting.id * 10 + Number(item.number);
  parts.push(
    `<p>&nbsp;...&nbsp; <a href="mgAi.aspx?ID=${aiId}">view the full minutes text for item ${esc(item.number)}.</a></p>`,
  );
  return `<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt"><a name="AI${aiId}"></a>${esc(item.number)}.</p></td>
<td>${parts.join('\n')}</td></tr>`;
}

export function meetingPage(meeting: DemoMeeting): string {
  const heading = `${COMMITTEE} - ${meeting.weekday} ${meeting.dateText} ${meeting.time}`;
  const kind = meeting.status === 'minutes' ? 'Agenda, decisions and minutes' : 'Agenda and draft minutes';
  const cancelled =
    meeting.status === 'cancelled' ? '<p class="mgCancelledTxt">This meeting has been cancelled.</p>' : '';
  const items = meeting.items.length
    ? `<table class="mgItemTable" id="mgItemTable" summary="Table of agenda items"><caption class="mgSectionTitle">Items</caption>
${meeting.items.map((i) => itemRow(i, meeting)).join('\n')}</table>`
    : '';
  return page(
    `Agenda for ${COMMITTEE} on ${meeting.weekday} ${meeting.dateText}, ${meeting.time}`,
    `<div class="mgHeader"><h1 class="mgMainTitleTxt">${kind}</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt"><a href="mgCommitteeDetails.aspx?ID=${COMMITTEE_ID}">${esc(heading)}</a></h2></div>
${cancelled}
<div class="mgLinks"><ul class="mgActionList">
<li><a href="documents/g${meeting.id}/Agenda frontsheet.pdf">Agenda frontsheet <span class="mgFileSize">PDF 120 KB</span></a></li>
${meeting.status === 'minutes' ? '<li><a href="documents/g' + meeting.id + '/Printed minutes.pdf">Printed minutes <span class="mgFileSize">PDF 90 KB</span></a></li>' : ''}
</ul></div>
<div class="mgContent"><p><span class="mgLabel">Venue: </span>${esc(meeting.venue)}</p>
<p><span class="mgLabel">Contact: </span>Democratic Services, 01234 567890</p>
${items}</div>`,
  );
}

export function meetingListPage(): string {
  const rows = [...MEETINGS, CANCELLED]
    .map(
      (m) =>
        `<li><a class="mgMeetingTableLnk" href="${meetingUrl(m)}">${m.dateText} ${m.time}${m.status === 'cancelled' ? ' CANCELLED' : ''}</a></li>`,
    )
    .join('\n');
  return page(
    `Browse meetings - ${COMMITTEE}`,
    `<div class="mgHeader"><h1 class="mgMainTitleTxt">Browse meetings - ${esc(COMMITTEE)}</h1></div><ul class="mgBulletList">${rows}</ul>`,
  );
}

export function homePage(): string {
  const links = [...MEETINGS, CANCELLED]
    .map((m) => `<li><a href="${meetingUrl(m)}">${esc(COMMITTEE)}, ${m.dateText} (${m.status})</a></li>`)
    .join('\n');
  return page(
    'Home',
    `<h1>Welcome to ${esc(COUNCIL)}</h1><p>Pay your council tax, report a pothole, or check your bin day.</p>
<h2>Meetings of the ${esc(COMMITTEE)}</h2><ul>${links}</ul>
<p><a href="ieListMeetings.aspx?CommitteeId=${COMMITTEE_ID}">Browse all meetings</a> · <a href="bins.html">Bin collections</a></p>`,
  );
}

export function binsPage(): string {
  return page(
    'Bin collection days',
    `<h1>Bin collection days</h1><ol><li>Green bin: Monday 19 January 2026</li><li>Blue bin: Monday 26 January 2026</li></ol>
<p>It was agreed by residents that collections move to Mondays.</p>`,
  );
}

export function findMeeting(id: number): DemoMeeting | undefined {
  return [...MEETINGS, CANCELLED].find((m) => m.id === id);
}

/** mgWebService.asmx/GetMeetings, as ModernGov answers it (dates dd/mm/yyyy), for backfill. */
export function webServiceMeetings(): string {
  const ukDate = (iso: string) => iso.split('-').reverse().join('/');
  const meetings = [...MEETINGS, CANCELLED]
    .map(
      (m) => `      <meeting>
        <meetingid>${m.id}</meetingid>
        <meetingdate>${ukDate(m.date)}</meetingdate>
        <meetingstatus>${m.status === 'cancelled' ? 'Cancelled' : 'Confirmed'}</meetingstatus>
        <meetingtime>${esc(m.time)}</meetingtime>
      </meeting>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<getmeetings>
  <committee>
    <committeeid>${COMMITTEE_ID}</committeeid>
    <committeetitle>${esc(COMMITTEE)}</committeetitle>
    <committeemeetings>
${meetings}
    </committeemeetings>
  </committee>
</getmeetings>`;
}
