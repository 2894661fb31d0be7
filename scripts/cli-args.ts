/** Command-line arguments for the project's scripts: a mistyped flag gets a usage line, never a stack trace. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Parses `config.args` (default: the process's) or prints the problem and `usage`, then exits with code 2. */
export function parseArgsOrExit<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    console.error(`error  ${(e as Error).message}\n${usage}`);
    process.exit(2);
  }
}
