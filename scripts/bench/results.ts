/** A figure as bench/results.json holds it: its name, and its value or why it has none. */
export type StoredFigure = { name: string } & Record<string, unknown>;

/**
 * The figures to write: this run's, and those measured before and not in this run (a quick
 * check, one --only figure) if the suite still has them, so that a renamed or removed figure's
 * old value is not reported as current. In the suite's order (`names`).
 */
export function mergeFigures(
  earlier: StoredFigure[],
  measured: StoredFigure[],
  names: string[],
): StoredFigure[] {
  const order = new Map(names.map((name, i) => [name, i]));
  const now = new Set(measured.map((f) => f.name));
  const kept = earlier.filter((f) => order.has(f.name) && !now.has(f.name));
  return [...kept, ...measured].sort((a, b) => order.get(a.name)! - order.get(b.name)!);
}
