/** Runs the real `upfront` command for tests: piped, at a pseudo-terminal, or in the background. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './run-build.ts';

/** The command line's entry point. */
export const CLI = join(REPO_ROOT, 'scripts/upfront.ts');

/** How a run sees the world: its content folder (`UPFRONT_CONTENT`), working folder, environment and input. */
export interface CliOptions {
  /** The content folder; unset, the command finds the site from `cwd` as a person's shell would. */
  content?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Piped standard input (default: none, so nothing waits for it). */
  input?: string;
}

/** What a finished run printed. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

// A person's environment: no pinned clock, no editor, no CI annotations unless a test sets them,
// and no VITEST (Astro's dev server serves nothing when it sees it; a terminal never has it).
const { VITEST: _vitest, ...parentEnv } = process.env;
const environment = (options: CliOptions): NodeJS.ProcessEnv => ({
  ...parentEnv,
  UPFRONT_NOW: '',
  EDITOR: '',
  VISUAL: '',
  GITHUB_ACTIONS: '',
  GITHUB_EVENT_PATH: '',
  GITHUB_STEP_SUMMARY: '',
  UPFRONT_CONTENT: options.content ?? '',
  ...options.env,
});

/** Runs `upfront args` to its end with piped input. */
export function upfront(args: readonly string[], options: CliOptions = {}): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? REPO_ROOT, env: environment(options), input: options.input ?? '', encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Starts `upfront args` in the background (a server, or a run that must not block the test's own servers). */
export function startUpfront(args: readonly string[], options: CliOptions = {}): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? REPO_ROOT, env: environment(options) });
}

/** Waits for a background run to end and returns what it printed. */
export async function finished(child: ChildProcess): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stdout, stderr };
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * Runs `upfront args` at a real pseudo-terminal (`script`), as a person's shell would, with
 * `answers` typed one per line; returns the screen (what the person saw) and the exit status.
 */
export function atTerminal(args: readonly string[], answers: readonly string[], options: CliOptions = {}): { status: number | null; screen: string } {
  const command = [process.execPath, CLI, ...args].map(quote).join(' ');
  const run = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: options.cwd ?? REPO_ROOT,
    input: answers.map((a) => `${a}\n`).join(''),
    encoding: 'utf8',
    env: { ...environment(options), TERM: 'dumb' },
  });
  return { status: run.status, screen: run.stdout.replace(/\r/g, '') };
}
