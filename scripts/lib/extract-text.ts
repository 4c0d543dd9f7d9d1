import type { ExtractResult } from '../../utils/model/record';
import { parseAgendaText } from '../../utils/parse/index';

/** `cli extract FILE.txt`: the text of an agenda pack or minutes (PDF text) → records. */
export function extractPlainText(text: string, url?: string): ExtractResult {
  return parseAgendaText(text, url ? { url } : {});
}
