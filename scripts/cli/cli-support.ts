/**
 * What every `upfront` authoring command shares: finding incidents and components by prefix,
 * reading times and durations, asking for what was not given, validating a change before it is
 * written, and writing atomically (a temporary file renamed into place).
 */
import { createPatch } from 'diff';
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../src/lib/diagnostics.ts';
import { checkEvent } from '../../src/lib/event-checks.ts';
import { isEventActive, maintenanceState } from '../../src/lib/event-state.ts';
import type { SiteContent } from '../../src/lib/load-content.ts';
import { normalizeText } from '../../src/lib/markdown-file.ts';
import { parseEventFile } from '../../src/lib/parse-event-file.ts';
import { closestMatch } from '../../src/lib/suggest.ts';
import { parseTimestamp } from '../../src/lib/timestamps.ts';
import type { EventEntry } from '../../src/schemas/incident-schema.ts';

/** A problem the user can fix; printed as one line, with exit code 1 (2 for usage). */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** What a command runs against. */
export interface CliContext {
  contentDir: string;
  content: SiteContent;
  now: Date;
  dryRun: boolean;
  /** True when a person is at the keyboard and may be asked. */
  interactive: boolean;
}

/** The one of `candidates` that `input` names exactly or by unambiguous prefix; otherwise a clear error. */
export function pickOne(what: string, input: string, candidates: readonly string[]): string {
  const text = input.trim().toLowerCase();
  if (candidates.includes(text)) return text;
  const prefixed = candidates.filter((c) => c.startsWith(text));
  if (text && prefixed.length === 1) return prefixed[0];
  if (text && prefixed.length > 1) throw new CliError(`\`${input}\` could be any ${what} of: ${prefixed.join(', ')}; type more of it`);
  const suggestion = closestMatch(text, candidates);
  throw new CliError(`unknown ${what} \`${input}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} Known: ${candidates.join(', ')}`);
}

/** The event named by `input` (its id or an unambiguous prefix, with or without the date). */
export function findEvent(context: CliContext, input: string, kind?: 'incident' | 'maintenance'): EventEntry {
  // A file with errors is not among the events; say so rather than call it unknown.
  const broken = [...new Set(context.content.diagnostics.map((d) => d.file))].filter((file) => {
    const id = file.split('/').pop()!.replace(/\.md$/, '');
    return file.endsWith('.md') && !file.endsWith('.postmortem.md') && (id.startsWith(input) || id.slice(11).startsWith(input));
  });
  if (broken.length === 1) refuseOnErrors(context.content.diagnostics.filter((d) => d.file === broken[0]), `${broken[0]} has errors; fix them (npm run check) before adding to it`);
  const candidates = context.content.events.filter((e) => !kind || e.data.kind === kind);
  const ids = candidates.map((e) => e.id);
  const byPrefix = ids.includes(input) ? [input] : ids.filter((id) => id.startsWith(input) || id.slice(11).startsWith(input));
  if (byPrefix.length === 1) return candidates.find((e) => e.id === byPrefix[0])!;
  const what = kind ?? 'incident or maintenance window';
  if (byPrefix.length > 1) {
    const shown = byPrefix.slice(0, 8).join(', ') + (byPrefix.length > 8 ? `, and ${byPrefix.length - 8} more` : '');
    throw new CliError(`\`${input}\` could be any ${what} of: ${shown}; type more of it`);
  }
  // A site has years of history: name only what is open now, the likely target mid-outage.
  const suggestion = closestMatch(input, ids) ?? closestMatch(input, ids.map((id) => id.slice(11)));
  const open = candidates.filter((e) => isEventActive(e.data, context.now) || (e.data.kind === 'maintenance' && maintenanceState(e.data, context.now).phase === 'upcoming'));
  const openText = open.length > 0 ? `Open now: ${open.map((e) => e.id).join(', ')}` : 'Nothing is open now';
  throw new CliError(`no ${what} \`${input}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} ${openText} (\`upfront list\` shows them)`);
}

const DURATION = /^(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?$/i;

/** `30m`, `2h`, `1h30m`, `1d` from `now`, or an absolute timestamp with a zone. */
export function parseWhen(flag: string, input: string, now: Date): Date {
  const duration = DURATION.exec(input.trim());
  if (duration && input.trim()) {
    const [, days = '0', hours = '0', minutes = '0'] = duration;
    return new Date(now.getTime() + ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60_000);
  }
  const parsed = parseTimestamp(input);
  if (parsed.ok) return parsed.date;
  throw new CliError(`--${flag}: ${parsed.message}, or give a duration from now such as \`30m\` or \`2h\``);
}

// One line reader for the whole command: its iterator queues lines, so answers typed or pasted
// ahead of their question are kept. The command ends with process.exit, which closes it.
let answers: AsyncIterator<string> | undefined;

/** Asks a question at the terminal. */
export async function ask(question: string): Promise<string> {
  process.stderr.write(`${question} `);
  answers ??= createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
  const answer = await answers.next();
  return answer.done ? '' : answer.value.trim();
}

/** A value given as a flag, or asked for when a person is at the keyboard; an error in scripts. */
export async function required(context: CliContext, flag: string, value: string | undefined, question: string): Promise<string> {
  if (value?.trim()) return value.trim();
  if (context.interactive) {
    const answer = await ask(question);
    if (answer) return answer;
  }
  throw new CliError(`--${flag} is required${context.interactive ? '' : ' (no terminal to ask at)'}`, 2);
}

/**
 * The update text: `--message`, else standard input when it is piped, else $EDITOR when set,
 * else a question at the terminal.
 */
export async function readMessage(context: CliContext, flag: string | undefined, fallback?: string): Promise<string> {
  if (flag?.trim()) return flag.trim();
  if (!process.stdin.isTTY && !context.interactive) {
    const piped = readFileSync(0, 'utf8').trim();
    if (piped) return piped;
  } else if (process.env.EDITOR) {
    const dir = mkdtempSync(join(tmpdir(), 'upfront-message-'));
    const file = join(dir, 'UPDATE.md');
    writeFileSync(file, '');
    spawnSync(process.env.EDITOR, [file], { stdio: 'inherit', shell: true });
    const written = readFileSync(file, 'utf8').trim();
    rmSync(dir, { recursive: true, force: true });
    if (written) return written;
  } else if (context.interactive) {
    const answer = await ask('Message (what customers should know, one paragraph):');
    if (answer) return answer;
  }
  if (fallback) return fallback;
  throw new CliError('the update needs a message: --message "…", piped text, or $EDITOR', 2);
}

/** Problems a new text of an event file would have; nothing is written when there are any. */
export function validateEventText(context: CliContext, file: string, id: string, text: string): Diagnostic[] {
  // Checked as the build reads it: without a byte-order mark, with LF line endings.
  const parsed = parseEventFile(file, id, normalizeText(text));
  if (!parsed.entry || !parsed.source) return parsed.diagnostics;
  const componentIds = context.content.catalog?.groups.flatMap((g) => g.components.map((c) => c.id)) ?? [];
  return [...parsed.diagnostics, ...checkEvent(parsed.entry, parsed.source, { now: context.now, componentIds })];
}

/** Refuses to go on when `diagnostics` hold errors, listing them. */
export function refuseOnErrors(diagnostics: readonly Diagnostic[], what: string): void {
  if (hasErrors(diagnostics)) throw new CliError(`${what}:\n${diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
}

function writeTemporary(path: string, text: string): string {
  const temporary = join(dirname(path), `.${Date.now()}-${process.pid}.upfront-tmp`);
  writeFileSync(temporary, text, { flag: 'wx' });
  return temporary;
}

/** Creates `path` with `text`, never overwriting; with --dry-run prints the file instead. */
export function createFile(context: CliContext, relativePath: string, text: string): void {
  if (context.dryRun) {
    process.stdout.write(`would create ${relativePath}:\n${text}`);
    return;
  }
  const path = join(context.contentDir, relativePath);
  // git keeps no empty folders, so a fresh clone of a new site may have no incidents/ yet.
  mkdirSync(dirname(path), { recursive: true });
  const temporary = writeTemporary(path, text);
  try {
    // A hard link fails if the name exists, so a file made in the meantime is never replaced.
    linkSync(temporary, path);
  } finally {
    unlinkSync(temporary);
  }
}

/** Replaces the file's text atomically; with --dry-run prints the change as a diff instead. */
export function replaceFile(context: CliContext, relativePath: string, before: string, after: string): void {
  if (context.dryRun) {
    process.stdout.write(createPatch(relativePath, before, after, 'now', 'after this command'));
    return;
  }
  const path = join(context.contentDir, relativePath);
  const temporary = writeTemporary(path, after);
  renameSync(temporary, path);
}

/** The first free name `incidents/<date>-<slug>[-n].md`. */
export function freeEventPath(context: CliContext, date: string, slug: string): { id: string; path: string } {
  for (let n = 1; ; n++) {
    const id = `${date}-${slug}${n === 1 ? '' : `-${n}`}`;
    const path = `incidents/${id}.md`;
    const taken = existsSync(join(context.contentDir, path)) || context.content.events.some((e) => e.id === id);
    if (!taken) return { id, path };
  }
}
