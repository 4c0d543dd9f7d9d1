import type { Server } from 'node:http';
import { DEMO_HOST, startDemoServer, type PageOverrides } from '../../demo-site/serve';
import { chromiumArgs, launch, type Session } from '../../e2e/harness';
import { launchBare, type BareBrowser } from './bare-cdp';
import { ensureBuild } from '../build';
import { Skip } from '../types';

/** Real council hosts the bench serves pages under, so URL-based detection is exercised. */
export const KINGSTON_HOST = 'moderngov.kingston.gov.uk';
const HOSTS = [DEMO_HOST, KINGSTON_HOST];

/** The demo council site (plus pages the figure adds) on localhost under council host names. */
export interface BenchSite {
  overrides: PageOverrides;
  hostMap: Record<string, number>;
  close(): void;
}

export async function startBenchSite(): Promise<BenchSite> {
  const overrides: PageOverrides = new Map();
  const { server, port } = await startDemoServer(0, overrides);
  return {
    overrides,
    hostMap: Object.fromEntries(HOSTS.map((host) => [host, port])),
    close: () => closeServer(server),
  };
}

function closeServer(server: Server): void {
  server.closeAllConnections();
  server.close();
}

/** A Chromium with (or, for baselines, without) the built extension; no Chromium skips. */
export function launchBrowser(site: BenchSite, withExtension: boolean): Promise<Session> {
  return skippedWithoutChromium(() => launch({ hostMap: site.hostMap, withExtension }));
}

/** The same, driven over a bare DevTools pipe rather than Playwright (browser/bare-cdp.ts). */
export function launchBareBrowser(
  site: BenchSite,
  extension: { withExtension: boolean; extensionDir?: string },
): Promise<BareBrowser> {
  return skippedWithoutChromium(() =>
    launchBare({ args: chromiumArgs({ hostMap: site.hostMap, ...extension }) }),
  );
}

async function skippedWithoutChromium<T>(start: () => Promise<T>): Promise<T> {
  await ensureBuild();
  try {
    return await start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/No Chromium found|Executable doesn't exist/.test(message)) throw new Skip(message.split('\n')[0]!);
    throw error;
  }
}
