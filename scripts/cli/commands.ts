export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(args: string[]): Promise<number>;
}

/** Commands register here; each lives in its own file under scripts/cli/. */
export const COMMANDS: Command[] = [];
