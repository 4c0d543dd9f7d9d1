#!/usr/bin/env node
/**
 * Agenda Lens command line (DESIGN.md "The command line"). The same pure code as the extension,
 * run in Node. Output is JSON on stdout; problems go to stderr with a non-zero exit.
 */
import { COMMANDS } from './cli/commands';

const USAGE = `Usage: npm run --silent cli -- <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`).join('\n')}

Exit codes: 0 success, 1 usage error, 2 input not understood (no records), 3 unexpected failure.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 1;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${USAGE}\n`);
    return 1;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n  ${command.summary}\n`);
    return 0;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`agenda-lens: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
