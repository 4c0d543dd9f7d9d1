/** Minimal flag parsing: positional arguments, and --name value / --name=value options (repeatable). */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string[]>;
}

export function parseArgs(argv: string[], valueFlags: string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string[]>();
  let current: string | null = null;
  for (const arg of argv) {
    const eq = arg.match(/^--?([\w-]+)=(.*)$/s);
    if (eq) {
      push(options, eq[1]!, eq[2]!);
      current = null;
    } else if (/^--?[\w-]+$/.test(arg)) {
      const name = arg.replace(/^--?/, '');
      if (valueFlags.includes(name)) current = name;
      else push(options, name, 'true');
    } else if (current) {
      push(options, current, arg);
      // A flag such as --index takes every following value up to the next flag.
      if (!MULTI_VALUE.has(current)) current = null;
    } else positional.push(arg);
  }
  return { positional, options };
}

const MULTI_VALUE = new Set(['index']);

function push(map: Map<string, string[]>, key: string, value: string): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

export class UsageError extends Error {}

export function fail(message: string, code: number): number {
  process.stderr.write(`agenda-lens: ${message}\n`);
  return code;
}
