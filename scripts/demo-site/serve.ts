import { createServer, type Server } from 'node:http';
import { binsPage, findMeeting, homePage, meetingListPage, meetingPage } from './render';

/** The demo council site, served on localhost for `npm start` and the e2e tests. */
export const DEMO_HOST = 'democracy.riverside.example.gov.uk';

function route(url: URL): string | null {
  const path = url.pathname.toLowerCase();
  if (path === '/' || path === '/index.html') return homePage();
  if (path === '/bins.html') return binsPage();
  if (path === '/ielistmeetings.aspx') return meetingListPage();
  if (path === '/ielistdocuments.aspx') {
    const meeting = findMeeting(Number(url.searchParams.get('MId')));
    return meeting ? meetingPage(meeting) : null;
  }
  return null;
}

/** Extra pages a test can add at run time (e.g. a changed copy of a meeting page). */
export type PageOverrides = Map<string, () => string>;

export function startDemoServer(
  port = 0,
  overrides: PageOverrides = new Map(),
): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const override = overrides.get(url.pathname + url.search);
    const body = override ? override() : route(url);
    res.writeHead(body ? 200 : 404, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end(body ?? '<!DOCTYPE html><title>Not found</title><h1>Page not found</h1>');
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : port });
    }),
  );
}

export function demoMeetingPath(meetingId: number): string {
  return `/ieListDocuments.aspx?CId=412&MId=${meetingId}`;
}
