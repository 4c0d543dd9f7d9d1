export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(args: string[]): Promise<number>;
}

/** Each command lives in its own file under scripts/cli/ and is loaded only when called. */
export const COMMANDS: Command[] = [
  {
    name: 'extract',
    usage: 'extract FILE [--url URL]',
    summary: 'Read a .txt (PDF text), .html/.xml/.json page or .pdf into {records, warnings}.',
    run: async (args) => (await import('./extract')).runExtract(args),
  },
  {
    name: 'detect',
    usage: 'detect FILE --url URL',
    summary: 'Say whether a saved page is a meeting page: {system, kind, confidence, reason}.',
    run: async (args) => (await import('./detect')).runDetect(args),
  },
  {
    name: 'link',
    usage: 'link --index FILE... --agenda FILE [--url URL]',
    summary: 'Index the given papers, then link each item of the agenda to prior decisions and open actions.',
    run: async (args) => (await import('./link')).runLink(args),
  },
  {
    name: 'pack',
    usage: 'pack FILE... -o PACK.json',
    summary: 'Build an index pack (versioned JSON) that the options page imports.',
    run: async (args) => (await import('./pack')).runPack(args),
  },
];
