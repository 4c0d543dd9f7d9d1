import { describeBudget } from './stats';
import type { Figure } from './types';

export interface Measured {
  figure: Figure;
  status: 'ok' | 'over';
  median: number;
  p95: number;
  runs: number[];
}
export interface NotMeasured {
  figure: Figure;
  status: 'skipped' | 'error';
  reason: string;
}
export type Outcome = Measured | NotMeasured;

export function isMeasured(outcome: Outcome): outcome is Measured {
  return outcome.status === 'ok' || outcome.status === 'over';
}

/** Three significant digits at most, so a table of ms, MB/s and KB stays readable. */
export function formatNumber(value: number): string {
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function row(outcome: Outcome): string[] {
  const { figure } = outcome;
  const budget = describeBudget(figure.budget);
  if (!isMeasured(outcome))
    return [figure.name, '', '', figure.unit, budget, `${outcome.status}: ${outcome.reason}`];
  const ok = outcome.status === 'ok' ? (figure.budget ? 'ok' : '') : 'OVER BUDGET';
  return [figure.name, formatNumber(outcome.median), formatNumber(outcome.p95), figure.unit, budget, ok];
}

export function printTable(outcomes: Outcome[]): void {
  const rows = [['figure', 'median', 'p95', 'unit', 'budget', 'ok'], ...outcomes.map(row)];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => (col === 5 ? 0 : r[col]!.length))));
  for (const r of rows)
    console.log(r.map((cell, col) => (col === 5 ? cell : cell.padEnd(widths[col]!))).join('  '));
}
