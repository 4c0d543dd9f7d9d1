/** Browsers run side by side: launched together, loaded one after another. */

interface Closable {
  close(): Promise<void>;
}

/** Every browser launched, or none left running: those that started are closed if one failed. */
export async function allLaunched<Launches extends readonly Promise<Closable>[]>(
  launches: Launches,
): Promise<{ [K in keyof Launches]: Awaited<Launches[K]> }> {
  const settled = await Promise.allSettled(launches);
  const failed = settled.find((result) => result.status === 'rejected');
  const started = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  if (failed) {
    await Promise.all(started.map((browser) => browser.close()));
    throw failed.reason;
  }
  return started as { [K in keyof Launches]: Awaited<Launches[K]> };
}

/**
 * One load of each, one after another, starting with load `round % n`, so that over the rounds
 * each goes first as often as the others; the results in the loads' order.
 */
export async function loadsInTurn<Results extends unknown[]>(
  round: number,
  loads: { [K in keyof Results]: () => Promise<Results[K]> },
): Promise<Results> {
  const results: unknown[] = new Array(loads.length);
  for (let i = 0; i < loads.length; i++) {
    const which = (((round + i) % loads.length) + loads.length) % loads.length; // a warm-up round is -1
    results[which] = await loads[which]!();
  }
  return results as Results;
}
