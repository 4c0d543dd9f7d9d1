import { createServer, type Server } from 'node:http';
import { binsPage, findMeeting, homePage, meetingListPage, meetingPage, webServiceMeetings } from './render';

/** The demo council site, served on localhost for `npm start` and the e2e tests. */
export const DEMO_HOST = 'democracy.riverside.example.gov.uk';

interface Answer {
  body: string;
  type: string;
}

function route(url: URL): Answer | null {
  const page = routePage(url);
  if (page) return { body: page, type: 'text/html; charset=utf-8' };
  if (url.pathname.toLowerCase() === '/mgwebservice.asmx/getmeetings') {
    return { body: webServiceMeetings(), type: 'text/xml; charset=utf-8' };
  }
  return null;
}

function routePage(url: URL): string | null {
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
    const answer = override ? { body: override(), type: 'text/html; charset=utf-8' } : route(url);
    res.writeHead(answer ? 200 : 404, {
      'content-type': answer?.type ?? 'text/html',
      'cache-control': 'no-store',
    });
    res.end(answer?.body ?? '<!DOCTYPE html><title>Not found</title><h1>Page not found</h1>');
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
