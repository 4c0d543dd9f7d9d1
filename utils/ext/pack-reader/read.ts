import { parseAgendaText } from '../../parse/index';
import { fetchPdf, readPdfBytes } from '../pdf-reader';
import { MAX_PACK_RECORDS, type PackRead } from './protocol';

/** A pack that takes longer to arrive is abandoned (a 300-page pack is a few MB). */
export const FETCH_TIMEOUT_MS = 60_000;

/**
 * Runs in the pack reader: fetches one council PDF, reads its text with pdf.js and parses it
 * into records. Every way it can go wrong comes back as a failure with a message for the user.
 */
export async function readPack(url: string): Promise<PackRead> {
  const started = performance.now();
  const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const bytes = await fetchPdf(url, signal);
  if (!bytes.ok)
    return signal.aborted
      ? {
          ok: false,
          failure: 'timeout',
          message: `The council's site did not send this PDF within ${FETCH_TIMEOUT_MS / 1000} s.`,
        }
      : bytes;
  if (!isPdf(bytes.data))
    return { ok: false, failure: 'not-pdf', message: 'This link gave a web page or other file, not a PDF.' };
  const text = await readPdfBytes(bytes.data);
  if (!text.ok) return text;
  const { records } = parseAgendaText(text.text, { url });
  return {
    ok: true,
    records: records.slice(0, MAX_PACK_RECORDS),
    pages: text.pageTexts.length,
    ms: Math.round(performance.now() - started),
  };
}

/** "%PDF-" within the first kilobyte, where PDF readers look for it. */
function isPdf(data: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(data.subarray(0, 1024)).includes('%PDF-');
}
