/** Command line of `npm run bench`: --quick, --check, --only NAME (substring), --repeats N. */
export interface BenchArgs {
  quick: boolean;
  check: boolean;
  only?: string;
  repeats?: number;
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { quick: false, check: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') args.quick = true;
    else if (arg === '--check') args.check = true;
    else if (arg === '--only') args.only = valueOf(argv, ++i, arg);
    else if (arg === '--repeats') args.repeats = positiveInteger(valueOf(argv, ++i, arg));
    else throw new Error(`Unknown option ${arg}. Options: --quick, --check, --only NAME, --repeats N`);
  }
  return args;
}

function valueOf(argv: readonly string[], i: number, option: string): string {
  const value = argv[i];
  if (value === undefined) throw new Error(`${option} needs a value`);
  return value;
}

function positiveInteger(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--repeats needs a positive integer, not ${text}`);
  return n;
}
