/**
 * The `upfront` command line. For now: `upfront check [--format text|github]`, which validates
 * the content folder (UPFRONT_CONTENT or the repository root) and exits 1 on any error.
 */
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, hasErrors, summarize, type DiagnosticFormat } from '../src/lib/diagnostics.ts';
import { loadContent } from '../src/lib/load-content.ts';
import { resolveContentDir, resolveNow } from '../src/lib/runtime-env.ts';
import { parseArgsOrExit } from './cli-args.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'usage: upfront check [--format text|github]';

async function check(args: string[]): Promise<number> {
  const { values } = parseArgsOrExit({ args, options: { format: { type: 'string', default: 'text' } }, strict: true }, USAGE);
  if (values.format !== 'text' && values.format !== 'github') {
    console.error(`error  --format must be \`text\` or \`github\`, not \`${values.format}\``);
    return 2;
  }
  const clock = resolveNow(process.env);
  if ('error' in clock) {
    console.error(`error  ${clock.error}`);
    return 2;
  }
  const contentDir = resolveContentDir(process.env, repoRoot);
  const content = await loadContent(contentDir, clock.now);
  for (const diagnostic of content.diagnostics) console.log(formatDiagnostic(diagnostic, values.format as DiagnosticFormat));
  console.log(`${hasErrors(content.diagnostics) ? '✗' : '✓'} ${summarize(content.diagnostics, content.fileCount)}`);
  return hasErrors(content.diagnostics) ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'check') return check(rest);
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    // Anything thrown here is our bug, but an engineer mid-outage still gets one readable line.
    console.error(`error  ${e.message}\n${USAGE}`);
    process.exit(2);
  },
);
