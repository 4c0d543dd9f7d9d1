/** A budget is a ceiling (page cost, latency, bytes) or a floor (throughput). */
export type Budget = { atMost: number } | { atLeast: number };

export interface RunContext {
  /** How many measurements the figure should take (it may take a warm-up run first). */
  repeats: number;
}

/** One number the suite reports: measured `repeats` times, summarised by median and p95. */
export interface Figure {
  name: string;
  unit: string;
  /** Absent for figures that are reported but not held to a budget. */
  budget?: Budget;
  /** Part of `bench:check` in CI: fast, and needs no browser. */
  quick: boolean;
  /**
   * Why `bench:check` only warns when this figure is over budget: set for figures this machine
   * cannot measure steadily enough to fail a change on (the reason is printed with the warning).
   */
  warnOnly?: string;
  /** Overrides the suite's repeat count, e.g. 1 for deterministic sizes. */
  repeats?: number;
  /** Overrides the suite's time limit for one figure, e.g. for filling an index of 100k. */
  timeoutMs?: number;
  run(context: RunContext): Promise<number[]>;
}

/** Thrown by a figure whose prerequisites are missing: reported as skipped, never as failed. */
export class Skip extends Error {}
