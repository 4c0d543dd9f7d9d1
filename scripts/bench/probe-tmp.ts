import { readFileSync } from 'node:fs';
import { KINGSTON_HOST, launchBrowser, startBenchSite } from './browser/site';
import { sharedPath } from './shared';

const path = '/ieListDocuments.aspx?CId=711&MId=10159';
const html = readFileSync(sharedPath('fixtures/moderngov/kingston-neighbourhood-cttee-2025-11-18-ielistdocuments.html'), 'utf8');
const site = await startBenchSite();
site.overrides.set(path, () => html);
const session = await launchBrowser(site, true);
const page = await session.context.newPage();
const rows: Record<string, number[]> = {};
for (let r = 0; r < 12; r++) {
  await page.goto(`http://${KINGSTON_HOST}${path}`);
  await page.waitForFunction(() => document.documentElement.dataset.lensReady !== undefined, null, { timeout: 30000 });
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const out: Record<string, number> = { dclStart: nav.domContentLoadedEventStart, dclEnd: nav.domContentLoadedEventEnd, domInteractive: nav.domInteractive };
    for (const e of performance.getEntriesByType('mark')) out['mark ' + e.name] = e.startTime;
    for (const e of performance.getEntriesByType('measure')) { out['m ' + e.name + ' start'] = e.startTime; out['m ' + e.name + ' dur'] = e.duration; }
    for (const e of performance.getEntriesByType('resource')) if (e.name.includes('overlay')) { out['res overlay start'] = e.startTime; out['res overlay end'] = e.responseEnd; }
    return out;
  });
  if (r === 0) continue;
  for (const [k, v] of Object.entries(t)) (rows[k] ??= []).push(Math.round(v - (k.endsWith('dur') ? 0 : t.dclEnd)));
}
for (const [k, v] of Object.entries(rows)) { v.sort((a, b) => a - b); console.log(k.padEnd(45), 'median', v[v.length >> 1], ' all', v.join(' ')); }
await session.close(); site.close();
