import { z } from 'zod';
import { FollowUpSchema, HighlightSchema, NoteSchema } from '../model/notes';
import { describeZodError } from './codec';
import type { NotesData } from './markdown';

/**
 * The JSON backup: every note, follow-up and highlight with their stamps, so that importing it
 * merges like a sync from another device: it never overwrites a newer local edit and never loses
 * one (merge.ts). A malformed file is refused whole, with what is wrong, and changes nothing.
 */
export const BACKUP_FORMAT = 'agenda-lens-backup';
export const BACKUP_VERSION = 1;

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  notes: z.array(NoteSchema),
  followUps: z.array(FollowUpSchema),
  highlights: z.array(HighlightSchema),
});

export type Backup = z.infer<typeof BackupSchema>;

export function buildBackup(data: NotesData, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    ...data,
  };
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: string };

export function parseBackup(json: string): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `This file is not valid JSON (${(error as Error).message}).` };
  }
  const head = (typeof raw === 'object' && raw !== null ? raw : {}) as {
    format?: unknown;
    schemaVersion?: unknown;
  };
  if (head.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      error: `This is not an Agenda Lens backup (it has no "format": "${BACKUP_FORMAT}").`,
    };
  }
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > BACKUP_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer Agenda Lens (backup version ${head.schemaVersion}); update the extension, then import it.`,
    };
  }
  const parsed = BackupSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, error: `This backup is damaged: ${describeZodError(parsed.error)}.` };
  return { ok: true, backup: parsed.data };
}
