/**
 * What every `upfront` authoring command shares: finding incidents and components by prefix,
 * reading times and durations in the site's zone, validating a change before it is written, and
 * writing atomically (a temporary file renamed into place).
 */
import { parseTypedTime } from './typed-time.ts';
import { createPatch } from 'diff';
import { existsSync, linkSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../src/core/diagnostics.ts';
import { liveNow } from '../../src/status/live-now.ts';
import { checkEventText, contentTextProblem, eventRules, MAX_FILE_BYTES, tooLarge, type SiteContent } from '../../src/content/load-content.ts';
import { normalizeText } from '../../src/content/markdown-file.ts';
import { closestMatch } from '../../src/schemas/suggest.ts';
import { zoneOffset } from '../../src/schemas/timestamps.ts';
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
  if (broken.length === 1)
    refuseOnErrors(
      context.content.diagnostics.filter((d) => d.file === broken[0]),
      `${broken[0]} has errors; fix them (npm run check) before adding to it`,
    );
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
  const suggestion =
    closestMatch(input, ids) ??
    closestMatch(
      input,
      ids.map((id) => id.slice(11)),
    );
  const live = liveNow(context.content.events, context.now);
  const open = [...live.incidents, ...live.active, ...live.upcoming].filter((e) => !kind || e.data.kind === kind);
  const openText = open.length > 0 ? `Open now: ${open.map((e) => e.id).join(', ')}` : 'Nothing is open now';
  throw new CliError(`no ${what} \`${input}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} ${openText} (\`upfront list\` shows them)`);
}

/** A duration as it is typed in answer to a question, such as `2h` or `1d4h30m`. */
export function typedDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const parts: Array<[number, string]> = [
    [Math.floor(minutes / 1440), 'd'],
    [Math.floor(minutes / 60) % 24, 'h'],
    [minutes % 60, 'm'],
  ];
  return (
    parts
      .filter(([amount]) => amount > 0)
      .map(([amount, unit]) => `${amount}${unit}`)
      .join('') || '0m'
  );
}

/** The site's time zone, in which the CLI reads times given without a zone and writes times. */
export function siteZone(context: CliContext): string {
  return context.content.settings?.time_zone ?? 'UTC';
}

/** `America/New_York, now -05:00`: the zone a bare time is read in, for questions and hints. */
export function zoneHint(context: CliContext): string {
  const zone = siteZone(context);
  return zone === 'UTC' ? 'UTC' : `${zone}, now ${zoneOffset(context.now, zone)}`;
}

/**
 * A time as people type it (typed-time.ts): a duration after now (or after a window's `start`,
 * when given), a time of day, or a timestamp; one written without a zone is in the site's time
 * zone (configuration, not a guess).
 */
export function parseWhen(context: CliContext, input: string, start?: Date): Date {
  const parsed = parseTypedTime(input, { now: context.now, zone: siteZone(context), from: start });
  if (parsed.ok) return parsed.date;
  throw new CliError(`${parsed.message}, or give a duration from ${start ? 'the start' : 'now'} such as \`30m\` or \`2h\``);
}

/** Problems a new text of an event file would have, found as the build finds them; nothing is written when there are any. */
export function validateEventText(context: CliContext, file: string, id: string, text: string): Diagnostic[] {
  // Checked as the build reads it: without a byte-order mark, with LF line endings.
  const normalized = normalizeText(text);
  const size = Buffer.byteLength(normalized);
  if (size > MAX_FILE_BYTES) return [tooLarge(file, size)];
  const problem = contentTextProblem(file, normalized);
  if (problem) return [problem];
  const { catalog } = context.content;
  return checkEventText(file, id, normalized, catalog && eventRules(catalog, context.now, context.content.settings)).diagnostics;
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
