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
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: environment(options),
    input: options.input ?? '',
    encoding: 'utf8',
  });
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
 * What a person does at the terminal, each after the next question shows: types a line, types
 * several lines one by one (a message, pausing between them as people do), or pastes text at
 * once, bracketed by the terminal (xterm's bracketed paste) or not. Lines with `sameAnswer` go on
 * the answer before them (typed after a paste) without waiting for a question.
 */
export type Keystrokes = string | { lines: readonly string[]; sameAnswer?: boolean } | { paste: string; bracketed: boolean };

/** A question waiting for its answer: the screen ends with `…: ` (and, for a message, bracketed paste switched on). */
const QUESTION = /: (?:\x1b\[\?2004h)?$/;
/** The longest a question may take to show (a slow machine starting the command). */
const QUESTION_TIMEOUT_MS = 30_000;
/** How long a person takes between two lines of a message. */
const TYPING_PAUSE_MS = 150;

/**
 * Runs `upfront args` at a real pseudo-terminal (`script`), as a person's shell would, typing or
 * pasting each of `keystrokes` once the question it answers is on the screen; then the input
 * ends. Returns the screen (what the person saw, carriage returns removed) and the exit status.
 */
export async function atTerminal(
  args: readonly string[],
  keystrokes: readonly Keystrokes[],
  options: CliOptions = {},
): Promise<{ status: number | null; screen: string }> {
  const command = [process.execPath, CLI, ...args].map(quote).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: options.cwd ?? REPO_ROOT, env: { ...environment(options), TERM: 'dumb' } });
  let screen = '';
  let answered = 0;
  let closed = false;
  let onChange = () => {};
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    screen += chunk.replace(/\r/g, '');
    onChange();
  });
  const status = new Promise<number | null>((resolve) => {
    const end = (code: number | null) => {
      closed = true;
      onChange();
      resolve(code);
    };
    child.on('close', end);
    // No `script` to run: the screen stays empty, and the test says what it expected there.
    child.on('error', () => end(null));
  });
  // The next question: new text on the screen since the last answer, ending as a question does.
  // A question that never comes (the command waits for something else) ends the typing, and the
  // run, rather than the test's time: the screen then shows where it stood.
  const nextQuestion = () =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve(false);
      }, QUESTION_TIMEOUT_MS);
      onChange = () => {
        if (!closed && !QUESTION.test(screen.slice(answered))) return;
        clearTimeout(timer);
        resolve(!closed);
      };
      onChange();
    });
  const pause = () => new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS));
  for (const keys of keystrokes) {
    if (typeof keys === 'object' && 'sameAnswer' in keys && keys.sameAnswer) await pause();
    else if (!(await nextQuestion())) break;
    answered = screen.length;
    if (typeof keys === 'string') child.stdin.write(`${keys}\n`);
    else if ('paste' in keys) child.stdin.write(keys.bracketed ? `\x1b[200~${keys.paste}\x1b[201~` : keys.paste);
    else
      for (const line of keys.lines) {
        child.stdin.write(`${line}\n`);
        await pause();
      }
  }
  child.stdin.end();
  return { status: await status, screen };
}
