/**
 * `npm start`: build the extension, serve the demo council site, and open Chromium with the
 * extension loaded on the demo agenda. Without a display it says so and what to do instead.
 */
import { spawnSync } from 'node:child_process';
import { startDemoServer, DEMO_HOST, demoMeetingPath } from './demo-site/serve';
import { launch } from './e2e/harness';
import { MEETINGS } from './demo-site/data';

const PORT = Number(process.env.DEMO_PORT ?? 8787);

async function main(): Promise<void> {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error(
      'npm start opens a browser window, and this machine has no display ($DISPLAY is not set).\n' +
        'Run it under a virtual display:  sudo apt-get install -y xvfb && xvfb-run -a npm start\n' +
        'or run the tests, which drive a headless Chromium:  npm test',
    );
    process.exit(1);
  }
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const { server, port } = await startDemoServer(PORT);
  const session = await launch({ headless: false, hostMap: { [DEMO_HOST]: port } });
  const agenda = MEETINGS.find((m) => m.status === 'agenda')!;
  const minutes = MEETINGS.filter((m) => m.status === 'minutes');
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  // Read the earlier minutes first, so the agenda has history to show.
  for (const meeting of minutes) await page.goto(`http://${DEMO_HOST}${demoMeetingPath(meeting.id)}`);
  await page.goto(`http://${DEMO_HOST}${demoMeetingPath(agenda.id)}`);
  console.log(
    `Demo council site: http://${DEMO_HOST}/ (served on 127.0.0.1:${port}). Close the browser to stop.`,
  );
  session.context.on('close', () => server.close());
}

void main();
