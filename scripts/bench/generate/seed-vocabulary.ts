import type { MeetingRecord } from '../../../utils/model/record';
import { importLanded } from '../landed';
import { readSeeds } from '../shared';
import { Skip } from '../types';
import { vocabularyFrom, type Vocabulary } from './corpus';

let vocabulary: Promise<Vocabulary> | undefined;

/** The seeds read by the project's own text parser: titles, decisions and actions to recombine. */
export function seedVocabulary(): Promise<Vocabulary> {
  vocabulary ??= (async () => {
    const { parseAgendaText } = await importLanded(() => import('../../../utils/parse/index'));
    const records: MeetingRecord[] = [...readSeeds().values()].flatMap(
      (text) => parseAgendaText(text).records,
    );
    const found = vocabularyFrom(records);
    if (found.titles.length === 0 || found.decisions.length === 0) {
      throw new Skip('the parser found no item titles or decisions in the seeds');
    }
    return found;
  })();
  return vocabulary;
}
