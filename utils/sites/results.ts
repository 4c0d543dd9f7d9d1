import type { ExtractResult } from '../model/record';
import type { Detection } from './types';

/** Pages that are not one meeting (lists, committees, search) hold no records: say why. */
export function noRecords(found: Detection | null, system: string): ExtractResult {
  const what = found
    ? `${found.system} ${found.kind} page (${found.reason})`
    : `not a ${system} meeting page`;
  return { records: [], warnings: [`${what}: no meeting records`] };
}
