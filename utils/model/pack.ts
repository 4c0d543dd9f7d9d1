import { z } from 'zod';
import { RecordSchema, type MeetingRecord } from './record';

/**
 * An index pack: records built elsewhere (`cli pack`) for the options page to import. Versioned
 * so that a later format is refused by name rather than misread.
 */
export const PACK_FORMAT = 'agenda-lens-pack';
export const PACK_VERSION = 1;

export const PackSourceSchema = z.object({
  url: z.string().min(1),
  /** ISO date-time the source was read. */
  readAt: z.string().min(1),
  contentHash: z.string().min(1),
  /** Positions in `records` of the records read from this source. */
  records: z.array(z.number().int().nonnegative()),
});

export const PackSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.literal(PACK_VERSION),
    createdAt: z.string().min(1),
    records: z.array(RecordSchema),
    sources: z.array(PackSourceSchema),
  })
  .superRefine((pack, ctx) => {
    pack.sources.forEach((source, s) =>
      source.records.forEach((position, r) => {
        if (position >= pack.records.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['sources', s, 'records', r],
            message: `no record ${position}`,
          });
        }
      }),
    );
  });

export type PackSource = z.infer<typeof PackSourceSchema>;
export type Pack = z.infer<typeof PackSchema>;

export type PackResult = { ok: true; pack: Pack } | { ok: false; error: string };

/** Validates a parsed JSON value; the error names where the problem is ("records[3].meeting.date: …"). */
export function parsePack(json: unknown): PackResult {
  const header = z.object({ format: z.string(), version: z.number() }).safeParse(json);
  if (header.success && header.data.format === PACK_FORMAT && header.data.version !== PACK_VERSION) {
    return {
      ok: false,
      error: `pack version ${header.data.version} is not supported (this build reads ${PACK_VERSION})`,
    };
  }
  const parsed = PackSchema.safeParse(json);
  if (parsed.success) return { ok: true, pack: parsed.data };
  const problems = parsed.error.issues.slice(0, 5).map((issue) => `${pathOf(issue.path)}: ${issue.message}`);
  const more = parsed.error.issues.length - problems.length;
  return {
    ok: false,
    error: `not a valid index pack: ${problems.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`,
  };
}

function pathOf(path: PropertyKey[]): string {
  return (
    path
      .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
      .join('') || '(top level)'
  );
}

export function createPack(records: MeetingRecord[], sources: PackSource[], createdAt: string): Pack {
  return { format: PACK_FORMAT, version: PACK_VERSION, createdAt, records, sources };
}
