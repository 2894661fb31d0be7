/** Command-line arguments for the project's scripts: a mistyped flag gets a suggestion and a usage line, never a stack trace. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../src/schemas/suggest.ts';

/** Parses `config.args` (default: the process's) or prints the problem and `usage`, then exits with code 2. */
export function parseArgsOrExit<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    // Node appends advice about `--` for positionals, which only confuses someone who mistyped a flag.
    let message = (e as Error).message.replace(/\. To specify a positional argument[\s\S]*$/, '');
    const unknown = /^Unknown option '--([^']+)'/.exec(message);
    if (unknown) message += `.${didYouMean(unknown[1], Object.keys(config.options ?? {})).replace('`', '`--')}`.replace(/\.$/, '');
    console.error(`error  ${message}\n${usage}`);
    process.exit(2);
  }
}
