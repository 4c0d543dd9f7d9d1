import { parsePack } from '../../model/pack';
import type { IndexDb } from './open';
import { recordTx, writeSource } from './write';

export type ImportOutcome = { ok: true; meetings: number; sources: number } | { ok: false; error: string };

/**
 * Imports an index pack (options page). A pack that does not validate is refused with the
 * reason and nothing is written; a valid one is written in one transaction, so a failure
 * half-way leaves the index as it was.
 */
export async function importPack(db: IndexDb, json: unknown): Promise<ImportOutcome> {
  const parsed = parsePack(json);
  if (!parsed.ok) return parsed;
  const { records, sources } = parsed.pack;
  const tx = recordTx(db);
  let meetings = 0;
  for (const source of sources) {
    const outcome = await writeSource(
      tx,
      source.records.map((position) => records[position]!),
      { url: source.url, contentHash: source.contentHash, readAt: Date.parse(source.readAt) || Date.now() },
    );
    meetings += outcome.meetings;
  }
  await tx.done;
  return { ok: true, meetings, sources: sources.length };
}
