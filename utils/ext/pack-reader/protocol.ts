import { z } from 'zod';
import { PACK_FAILURES } from '../../backfill/pack-queue';
import { RecordSchema } from '../../model/record';

/**
 * Between the background and the pack reader (an offscreen document in Chrome, a frame of the
 * background page in Firefox): "read this PDF" and what came of it. Both ends validate: the reader
 * also hears every message our pages and content scripts send to the background and must answer
 * only these, and the background trusts no reply it has not checked.
 */
export const PACK_READER_TARGET = 'pack-reader';

export const ReadPackRequestSchema = z.object({
  target: z.literal(PACK_READER_TARGET),
  type: z.literal('read-pack'),
  url: z
    .string()
    .max(2048)
    .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL'),
});
export type ReadPackRequest = z.infer<typeof ReadPackRequestSchema>;

/** The background indexes at most this many records of one source (utils/ext/messages.ts). */
export const MAX_PACK_RECORDS = 10;

export const PackReadSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    records: z.array(RecordSchema).max(MAX_PACK_RECORDS),
    pages: z.number().int().min(0),
    /** Fetching, reading and parsing, in the reader. */
    ms: z.number().min(0),
  }),
  z.object({ ok: z.literal(false), failure: z.enum(PACK_FAILURES), message: z.string().max(1000) }),
]);
export type PackRead = z.infer<typeof PackReadSchema>;
