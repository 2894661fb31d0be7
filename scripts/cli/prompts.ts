/**
 * How `upfront` asks a person at the terminal: every question shows its choices and default, a
 * wrong answer is asked again with the reason (the answers before it are kept), and the update
 * message is typed at the prompt or, when the person chose an editor, written in one that opens
 * with instructions. A message may span lines and is ended by an empty line; pasted text keeps its
 * blank lines. Without a terminal nothing is asked: a missing value is an error.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { CliError } from './cli-support.ts';

/** A parsed answer, or why it is wrong. */
export type Answer<T> = { ok: true; value: T } | { ok: false; message: string };

/** `parse` as an Answer: a CliError it throws becomes the reason to ask again. */
export function attempt<T>(parse: () => T): Answer<T> {
  try {
    return { ok: true, value: parse() };
  } catch (e) {
    if (e instanceof CliError) return { ok: false, message: e.message };
    throw e;
  }
}

/** A line from the terminal, with when it arrived (to tell a paste from typing). */
interface Line {
  text: string;
  at: number;
}

// One line reader for the whole command: it queues lines, so answers typed or pasted ahead of
// their question are kept. The command ends with process.exit, which closes it.
let reader: { lines: Line[]; ended: boolean; wake: () => void } | undefined;

function terminalLines(): NonNullable<typeof reader> {
  if (reader) return reader;
  const lines = { lines: [] as Line[], ended: false, wake: () => {} };
  const input = createInterface({ input: process.stdin, terminal: false });
  input.on('line', (text) => {
    lines.lines.push({ text, at: performance.now() });
    lines.wake();
  });
  input.on('close', () => {
    lines.ended = true;
    lines.wake();
  });
  reader = lines;
  return lines;
}

/** Waits until a line is queued, the input ends, or `deadline` (a performance.now() time) passes. */
function queued(deadline = Infinity): Promise<void> {
  const lines = terminalLines();
  if (lines.lines.length > 0 || lines.ended) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = deadline === Infinity ? undefined : setTimeout(() => resolve(), Math.max(0, deadline - performance.now()));
    lines.wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });
}

/** The next line, or undefined at the end of input. */
async function nextLine(): Promise<Line | undefined> {
  await queued();
  return terminalLines().lines.shift();
}

/** Asks a question at the terminal; the answer is trimmed, and empty at the end of input. */
export async function ask(question: string): Promise<string> {
  process.stderr.write(`${question} `);
  const line = await nextLine();
  if (!line) throw new CliError('input ended before the question was answered; nothing was written', 2);
  return line.text.trim();
}

// Bracketed paste (xterm, and every common terminal since): pasted text arrives between these
// markers, so a blank line inside a paste is not the end of the message.
const PASTE_ON = '\x1b[?2004h';
const PASTE_OFF = '\x1b[?2004l';
const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';
/**
 * Lines that arrive within this time of each other came in one burst, a paste in a terminal
 * without bracketed paste: no one types a line and the next in 30 ms.
 */
const BURST_MS = 30;

/**
 * A message of one or more lines, ended by an empty line; a paste keeps its blank lines, whether
 * the terminal brackets it or it arrives as one burst. Empty when the first line is empty.
 */
async function askLines(question: string): Promise<string> {
  process.stderr.write(`${question} ${PASTE_ON}`);
  const kept: string[] = [];
  let pasting = false;
  try {
    for (;;) {
      const line = await nextLine();
      // Ctrl-D ends the message as an empty line would; before any text, nothing was answered.
      if (!line) {
        if (kept.length > 0) break;
        throw new CliError('input ended before the question was answered; nothing was written', 2);
      }
      const startsPaste = line.text.includes(PASTE_START);
      const endsPaste = line.text.includes(PASTE_END);
      const text = line.text.replaceAll(PASTE_START, '').replaceAll(PASTE_END, '').trimEnd();
      // Empty as the person typed it: not a blank line inside a paste. A paste that ended with a
      // newline leaves its end marker alone on the next line, and the Enter after it is theirs.
      const typedEmpty = text === '' && !startsPaste && (!pasting || endsPaste);
      pasting = (pasting || startsPaste) && !endsPaste;
      if (typedEmpty && (kept.length === 0 || !(await followsAtOnce(line)))) break;
      kept.push(text);
    }
  } finally {
    process.stderr.write(PASTE_OFF);
  }
  return kept.join('\n').trim();
}

/** Whether another line came in the same burst as `line`, waiting the burst's time for it. */
async function followsAtOnce(line: Line): Promise<boolean> {
  await queued(line.at + BURST_MS);
  const next = terminalLines().lines[0];
  return next !== undefined && next.at - line.at <= BURST_MS;
}

/** One value a command needs. */
export interface Question<T> {
  flag: string;
  /** The flag's value, when given: parsed, and a usage error when wrong (nothing is asked). */
  given: string | undefined;
  question: string;
  /** Taken for an empty answer, and without a terminal when `defaultWithoutTerminal`. */
  fallback?: string;
  parse: (text: string) => Answer<T>;
  /** True when a person is at the keyboard and may be asked. */
  interactive: boolean;
  /** Without a terminal, take the fallback rather than fail. */
  defaultWithoutTerminal?: boolean;
  /** Said after "is required when there is no terminal to ask at", such as how to give defaults. */
  missingHint?: string;
}

/**
 * The value of `q`: the flag when given, else asked for until it is right (a wrong answer is
 * asked again with the reason, never ending the command), else the fallback where allowed.
 */
export async function answer<T>(q: Question<T>): Promise<T> {
  if (q.given !== undefined) {
    const parsed = q.parse(q.given);
    if (!parsed.ok) throw new CliError(`--${q.flag}: ${parsed.message}`, 2);
    return parsed.value;
  }
  if (!q.interactive) {
    if (q.fallback !== undefined && q.defaultWithoutTerminal) return fallbackValue(q);
    throw new CliError(`--${q.flag} is required when there is no terminal to ask at${q.missingHint ?? ''}`, 2);
  }
  for (;;) {
    const text = (await ask(q.fallback === undefined ? `${q.question}:` : `${q.question} [${q.fallback}]:`)) || q.fallback;
    if (text === undefined || text === '') {
      process.stderr.write('  ✗ an answer is needed\n');
      continue;
    }
    const parsed = q.parse(text);
    if (parsed.ok) return parsed.value;
    process.stderr.write(`  ✗ ${parsed.message}\n`);
  }
}

function fallbackValue<T>(q: Question<T>): T {
  const parsed = q.parse(q.fallback!);
  if (!parsed.ok) throw new Error(`the default of --${q.flag} is wrong: ${parsed.message}`);
  return parsed.value;
}

/** What the person is writing: shown as the editor's instructions and as the terminal's question. */
export interface MessageRequest {
  /** Such as "the update on “API errors” (Identified): what customers notice, …". */
  what: string;
  /** Taken when nothing is written (cancel and complete have a standard text). */
  fallback?: string;
  /** `--editor`: open the editor even when none was chosen in the environment. */
  editor?: boolean;
  interactive: boolean;
}

const GUIDE = 'Markdown works.';
/** What an update should say, for `MessageRequest.what`. */
export const UPDATE_GUIDE = 'what customers notice, what you are doing, and what they can do meanwhile';
const REMOVED = 'This comment is removed.';
/** The instructions comment, even when the person edited inside it. */
const INSTRUCTIONS = new RegExp(`<!--(?:(?!-->)[\\s\\S])*${REMOVED.replace('.', '\\.')}\\s*-->`);

/**
 * The editor the person chose: `VISUAL`, or `EDITOR` unless it is npm's own default (`npx` and
 * `npm run` set `EDITOR=vi` when it is unset, which is no choice); with `--editor`, also `vi`.
 */
export function chosenEditor(env: NodeJS.ProcessEnv, forced: boolean): string | undefined {
  if (env.VISUAL?.trim()) return env.VISUAL.trim();
  const editor = env.EDITOR?.trim();
  const setByNpm = editor === 'vi' && Boolean(env.npm_config_user_agent || env.npm_lifecycle_event || env.npm_execpath);
  if (editor && !setByNpm) return editor;
  return forced ? editor || 'vi' : undefined;
}

/**
 * The update text, when no `--message` was given: piped standard input in scripts; at a
 * terminal, the chosen editor (opened with instructions, which are removed) or else a question.
 */
export async function readMessage(request: MessageRequest): Promise<string> {
  if (!request.interactive) {
    const piped = process.stdin.isTTY ? '' : readFileSync(0, 'utf8').trim();
    if (piped) return piped;
    if (request.fallback) return request.fallback;
    throw new CliError('the update needs a message: give --message "…" or pipe the text in (no terminal to ask at)', 2);
  }
  const editor = chosenEditor(process.env, Boolean(request.editor));
  const written = editor ? editMessage(editor, request) : '';
  if (written) return written;
  const hint = request.fallback ? ` [${request.fallback}]` : '';
  process.stderr.write(`${editor ? 'The editor left no message. ' : ''}Message for ${request.what}. ${GUIDE} Paste or type it; an empty line ends it.\n`);
  for (;;) {
    const typed = (await askLines(`Message${hint}:`)) || request.fallback;
    if (typed) return typed;
    process.stderr.write('  ✗ customers need a message; type it, then an empty line (Markdown works)\n');
  }
}

/** Opens `editor` on a file holding the instructions, and returns what was written below them. */
function editMessage(editor: string, request: MessageRequest): string {
  const dir = mkdtempSync(join(tmpdir(), 'upfront-message-'));
  const file = join(dir, 'UPDATE.md');
  const instructions = `<!--\nBelow this comment, write ${request.what}. Then save and close.\n${GUIDE}\n${request.fallback ? `Leave it empty for: ${request.fallback}\n` : 'Leave it empty to type it at the terminal instead.\n'}${REMOVED}\n-->\n\n`;
  writeFileSync(file, instructions);
  try {
    // One command line for the shell (an editor may be `code --wait`): passing arguments beside
    // `shell: true` is deprecated (DEP0190), and the path is quoted for the shell.
    const run = spawnSync(`${editor} '${file.replace(/'/g, `'\\''`)}'`, { stdio: 'inherit', shell: true });
    if (run.status !== 0) process.stderr.write(`the editor (${editor}) ended with an error; nothing was taken from it\n`);
    const text = run.status === 0 ? readFileSync(file, 'utf8') : '';
    return text.replace(INSTRUCTIONS, '').trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
