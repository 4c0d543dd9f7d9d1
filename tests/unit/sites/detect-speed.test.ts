import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../utils/sites/detect';
import { HAS_SHARED, SHARED_MISSING } from '../shared-dir';
import { fixturePages } from './fixture-pages';

const RUNS = 15;
/** Generous for linkedom in Node (slower at selectors than a browser); the extension's budget is 1 ms. */
const MEDIAN_BOUND_MS = 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe.skipIf(!HAS_SHARED)(
  `detection speed (${HAS_SHARED ? 'every real HTML/XML fixture' : SHARED_MISSING})`,
  () => {
    it(`the median page is detected within ${MEDIAN_BOUND_MS} ms`, () => {
      const perPage: { path: string; ms: number }[] = [];
      for (const { path, url, parse } of fixturePages()) {
        const doc = parse();
        detectPage(url, doc); // warm up: the first selector compile is not what each page costs
        const times: number[] = [];
        for (let run = 0; run < RUNS; run++) {
          const start = performance.now();
          detectPage(url, doc);
          times.push(performance.now() - start);
        }
        perPage.push({ path, ms: median(times) });
      }
      const overall = median(perPage.map((page) => page.ms));
      const slowest = [...perPage].sort((a, b) => b.ms - a.ms).slice(0, 3);
      console.log(
        `detect: median ${overall.toFixed(3)} ms per page over ${perPage.length} pages; slowest ${slowest
          .map((page) => `${page.path} ${page.ms.toFixed(2)} ms`)
          .join(', ')}`,
      );
      expect(overall).toBeLessThan(MEDIAN_BOUND_MS);
    });
  },
);
