import { addRecords, createLinkIndex, linkAgenda } from '../../utils/link';
import { fail, parseArgs } from './args';
import { EXIT_NOT_UNDERSTOOD, extractFile } from './extract';

/**
 * `link --index FILE... --agenda FILE [--url URL]`: the extension's linking over a throwaway
 * in-memory index of the given papers. The agenda file's own minutes (an agenda pack usually
 * carries the previous meeting's) are indexed too, as the extension would on reading it.
 */
export async function runLink(argv: string[]): Promise<number> {
  const { options } = parseArgs(argv, ['index', 'agenda', 'url']);
  const indexFiles = options.get('index') ?? [];
  const agendaFile = options.get('agenda')?.[0];
  if (!agendaFile) return fail('link needs --agenda FILE (and --index FILE... of earlier papers)', 1);

  const index = createLinkIndex();
  for (const file of indexFiles) addRecords(index, (await extractFile(file)).records);
  const { records } = await extractFile(agendaFile, options.get('url')?.[0]);
  addRecords(index, records);
  const agenda = records.find((record) => record.role === 'agenda');
  if (!agenda) return fail(`no agenda found in ${agendaFile}`, EXIT_NOT_UNDERSTOOD);

  process.stdout.write(JSON.stringify(linkAgenda(index, agenda), null, 1) + '\n');
  return 0;
}
