/**
 * The commands that write content: `new`, `update`, `resolve`, `maintenance`, `reschedule`,
 * `cancel`, `complete` and `postmortem`. Each gathers its values (flags, or questions at a
 * terminal that ask again until the answer is right), builds the new text, validates it with
 * the same checks as the build, and only then writes it; each prints the path it wrote and any
 * communication warning about the file it wrote.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import {
  COMPONENT_STATUSES,
  IMPACTS,
  INCIDENT_UPDATE_STATUSES,
  MAINTENANCE_UPDATE_STATUSES,
  type MaintenanceUpdateStatus,
} from '../../src/schemas/status-vocabulary.ts';
import type { EventEntry, IncidentData, MaintenanceData } from '../../src/schemas/incident-schema.ts';
import { communicationWarnings } from '../../src/content/communication-checks.ts';
import { editEventFile, newIncidentFile, newMaintenanceFile, slugify, updateSection, type FieldChange } from '../../src/content/content-edits.ts';
import { headingWord } from '../../src/content/update-heading.ts';
import { formatDiagnostic, type Diagnostic } from '../../src/core/diagnostics.ts';
import { incidentState, maintenanceState } from '../../src/core/event-state.ts';
import { AUTHOR_REGION, formatDuration, formatRelative, formatTimeRange } from '../../src/core/format-time.ts';
import { siteLocale } from '../../src/core/site-locale.ts';
import { checkEventText, checkPostmortemText, eventRules } from '../../src/content/load-content.ts';
import { liveNow, type LiveNow } from '../../src/status/live-now.ts';
import { normalizeText } from '../../src/content/markdown-file.ts';
import { postmortemScaffold, UNPUBLISHED_LINE } from '../../src/content/postmortem-scaffold.ts';
import { formatTimestampInZone } from '../../src/schemas/timestamps.ts';
import {
  CliError,
  createFile,
  findEvent,
  freeEventPath,
  pickOne,
  refuseOnErrors,
  replaceFile,
  siteZone,
  validateEventText,
  typedDuration,
  type CliContext,
} from './cli-support.ts';
import type { ParsedFlags } from './command-table.ts';
import { answer, attempt, readMessage, UPDATE_GUIDE } from './prompts.ts';
import {
  choice,
  componentChanges,
  componentChoices,
  componentIds,
  componentSteps,
  estimateAnswer,
  nextUpdate,
  parseFlag,
  timeAnswer,
  timeQuestion,
  textAnswer,
} from './authoring-questions.ts';

/** The flags of the authoring commands, as parsed. */
export type AuthoringFlags = Pick<
  ParsedFlags,
  | 'title'
  | 'impact'
  | 'component'
  | 'status'
  | 'message'
  | 'workaround'
  | 'compensation'
  | 'next-update'
  | 'eta'
  | 'started'
  | 'start'
  | 'end'
  | 'duration'
  | 'quiet'
  | 'editor'
  | 'force'
>;

/** What a command wrote: the path, the communication warnings about the new text, and how the change is proposed. */
export interface Written extends Said {
  path: string;
  /** The incident or window written. */
  id: string;
  warnings: string[];
}

/** How a change is told: the commit's subject and pull request's title, its description, and what to do next. */
export interface Said {
  summary: string;
  body: string;
  next: string[];
}

/** How `new` and `update` tell an incident's change: the next step is the promised next update. */
function incidentSaid(context: CliContext, id: string, title: string, status: string, message: string, next: Date | null | undefined): Said {
  // No time promised: the site's own interval is what `check` holds the incident to.
  const interval = (context.content.settings?.checks.update_interval_minutes ?? 60) * 60_000;
  const due = next
    ? `at ${formatTimestampInZone(next, siteZone(context))} (${formatRelative(next, context.now, AUTHOR_REGION)})`
    : `within ${formatDuration(interval, AUTHOR_REGION)}`;
  return { summary: `${title}: ${headingWord(status).toLowerCase()}`, body: message, next: [`post the next update ${due}: upfront update ${id}`] };
}

/** The site's language and formats, in which the CLI writes what customers read. */
function locale(context: CliContext) {
  return siteLocale(context.content.settings ?? { language: 'en' });
}

/** The date of the file name: the day of `at` in the site's zone, as readers see it. */
function fileDate(context: CliContext, at: Date): string {
  return DateTime.fromJSDate(at, { zone: siteZone(context) }).toFormat('yyyy-MM-dd');
}

/**
 * The communication warnings about `text` as it will be (the same `check` reports), so that an
 * engineer hears "says too little" now, from the command that wrote it, and not later in CI.
 */
function warningsAbout(context: CliContext, path: string, id: string, text: string): string[] {
  return diagnosticsAbout(context, path, id, text).diagnostics.map((d) => formatDiagnostic(d));
}

/** The diagnostics of `text` as `check` finds them, and the line of its newest update. */
function diagnosticsAbout(context: CliContext, path: string, id: string, text: string): { diagnostics: Diagnostic[]; newestLine?: number } {
  const { catalog, settings, postmortems } = context.content;
  if (!catalog || !settings) return { diagnostics: [] };
  const checked = checkEventText(path, id, normalizeText(text), eventRules(catalog, context.now, settings));
  if (!checked.entry) return { diagnostics: [] };
  const sources = new Map([[id, checked.source]]);
  const warnings = communicationWarnings({ events: [checked.entry], postmortems, sources, thresholds: settings.checks, now: context.now });
  return { diagnostics: [...checked.diagnostics, ...warnings], newestLine: checked.source.update(0).line };
}

/** What `check` would warn about the update `update` once added to `entry`: said before it is written. */
function warningsAboutNewUpdate(context: CliContext, entry: EventEntry, update: string): string[] {
  const path = entry.filePath!;
  const after = editEventFile(readFileSync(join(context.contentDir, path), 'utf8'), [], update);
  if (after === undefined) return [];
  const { diagnostics, newestLine } = diagnosticsAbout(context, path, entry.id, after);
  return diagnostics.filter((d) => d.severity === 'warning' && d.line === newestLine).map((d) => d.message);
}

/** Creates a new event's file, refusing when it would not be valid. */
export function writeNew(context: CliContext, title: string, at: Date, build: (zone: string) => string, said: (id: string) => Said): Written {
  const { id, path } = freeEventPath(context, fileDate(context, at), slugify(title, 'incident'));
  const text = build(siteZone(context));
  refuseOnErrors(validateEventText(context, path, id, text), `${path} would not be valid, so nothing was written`);
  createFile(context, path, text);
  return { path, id, warnings: warningsAbout(context, path, id, text), ...said(id) };
}

/** Applies an edit to an event's file, refusing when the file is invalid now or would be after. */
export function editEvent(context: CliContext, entry: EventEntry, changes: FieldChange[], update: string | undefined, said: Said): Written {
  const path = entry.filePath!;
  const before = readFileSync(join(context.contentDir, path), 'utf8');
  refuseOnErrors(
    context.content.diagnostics.filter((d) => d.file === path),
    `${path} has errors; fix them (npm run check) before adding to it`,
  );
  const after = editEventFile(before, changes, update);
  if (after === undefined) throw new CliError(`${path} has no frontmatter to edit`);
  refuseOnErrors(validateEventText(context, path, entry.id, after), `the change would make ${path} invalid, so nothing was written`);
  replaceFile(context, path, before, after);
  return { path, id: entry.id, warnings: warningsAbout(context, path, entry.id, after), ...said };
}

/** Which events a command without an id offers, and how it names them. */
interface Target {
  kind: 'incident' | 'maintenance' | undefined;
  /** What the command acts on, for "nothing to …": such as "open incident". */
  what: string;
  /** The events offered, in the order they are listed. */
  offered: (live: LiveNow) => EventEntry[];
}

/**
 * The event a command acts on: the one its id names, else (at a terminal) the one open event
 * offered for a yes, or a numbered list of them to choose from.
 */
async function chooseEvent(context: CliContext, command: string, input: string | undefined, target: Target): Promise<EventEntry> {
  if (input) return findEvent(context, input, target.kind);
  const open = target.offered(liveNow(context.content.events, context.now));
  if (!context.interactive)
    throw new CliError(`\`upfront ${command}\` needs the id of the ${target.what} (a prefix is enough; \`upfront list\` shows them)`, 2);
  if (open.length === 0) throw new CliError(`there is no ${target.what} to ${command}; \`upfront list\` shows what is open`);
  const label = (e: EventEntry) => `${e.id} (“${e.data.title}”, ${headingWord(e.data.updates[0].status).toLowerCase()})`;
  if (open.length === 1) {
    const verb = command === 'postmortem' ? 'The postmortem of' : `${command[0].toUpperCase()}${command.slice(1)}`;
    const yes = await answer({
      flag: 'id',
      given: undefined,
      question: `${verb} ${label(open[0])}? (yes, or no to stop)`,
      fallback: 'yes',
      parse: choice('answer', ['yes', 'no'] as const),
      interactive: true,
    });
    if (yes === 'no') throw new CliError('nothing was written');
    return open[0];
  }
  process.stderr.write(open.map((e, i) => `  ${i + 1}. ${label(e)}\n`).join(''));
  const numbers = open.map((_, i) => String(i + 1));
  return answer({
    flag: 'id',
    given: undefined,
    question: `Which ${target.what}? (a number from 1 to ${open.length}, or an id)`,
    parse: (text) => attempt(() => (numbers.includes(text) ? open[Number(text) - 1] : findEvent(context, text, target.kind))),
    interactive: true,
  });
}

const windowsNotOver = (live: LiveNow) => [...live.active, ...live.upcoming];

const OPEN_STATUSES = INCIDENT_UPDATE_STATUSES.filter((s) => s !== 'resolved');
const WINDOW_STATUSES = MAINTENANCE_UPDATE_STATUSES.filter((s) => s !== 'completed');

/** The status of an update that keeps the incident open; `resolved` is refused with `why`, which says what to run instead. */
const openStatus = (why: string) => (text: string) =>
  text.trim().toLowerCase() === 'resolved' ? { ok: false as const, message: `\`resolved\` ${why}` } : choice('status', OPEN_STATUSES)(text);

/** `upfront new`: opens an incident. */
export async function newIncident(context: CliContext, flags: AuthoringFlags): Promise<Written> {
  const asking = { interactive: context.interactive };
  const title = await answer({
    ...asking,
    flag: 'title',
    given: flags.title,
    question: 'Title (what customers notice, such as "Elevated API error rates")',
    parse: (t) => ({ ok: true, value: t.trim() }),
  });
  const impact = await answer({ ...asking, flag: 'impact', given: flags.impact, question: `Impact (${IMPACTS.join(', ')})`, parse: choice('impact', IMPACTS) });
  const components = await answer({
    ...asking,
    flag: 'component',
    given: flags.component?.join(' '),
    question: `Affected components as id=status, separated by spaces, such as api=major_outage\n  components: ${componentChoices(context)}\n  statuses: ${COMPONENT_STATUSES.join(', ')} (a prefix is enough)\n`,
    parse: (t) => componentChanges(context, t),
  });
  const status = await answer({
    ...asking,
    flag: 'status',
    given: flags.status,
    question: `Status (${OPEN_STATUSES.join(', ')})`,
    fallback: 'investigating',
    defaultWithoutTerminal: true,
    parse: openStatus('would open an incident already closed: post it open, then run `upfront resolve <id> --message …` with what was fixed'),
  });
  const message =
    flags.message?.trim() ||
    (await readMessage({ what: `the first update on “${title}”: ${UPDATE_GUIDE}`, editor: flags.editor, interactive: context.interactive }));
  const workaround = await textAnswer(context, 'workaround', flags.workaround);
  const next_update = await nextUpdate(context, flags['next-update']);
  const eta = await estimateAnswer(context, flags.eta);
  const started = flags.started === undefined ? undefined : parseFlag('started', timeAnswer(context)(flags.started));
  return writeNew(
    context,
    title,
    context.now,
    (zone) =>
      newIncidentFile({
        title,
        impact,
        components,
        status,
        message,
        at: context.now,
        started,
        workaround: workaround ?? undefined,
        next_update: next_update ?? undefined,
        eta: eta ?? undefined,
        quiet: flags.quiet,
        zone,
      }),
    (id) => incidentSaid(context, id, title, status, message, next_update),
  );
}

/** The frontmatter changes of an update: the next update (null removes it), the estimate, the workaround, the compensation (each undefined: unchanged). */
function incidentChanges(
  context: CliContext,
  next: Date | null | undefined,
  eta: Date | null | undefined,
  texts: { workaround: string | null | undefined; compensation: string | null | undefined },
): FieldChange[] {
  const zone = siteZone(context);
  const changes: FieldChange[] = [];
  if (next !== undefined) changes.push([['next_update'], next ? formatTimestampInZone(next, zone) : undefined]);
  if (eta !== undefined) changes.push([['eta'], eta ? formatTimestampInZone(eta, zone) : undefined]);
  for (const [field, text] of Object.entries(texts)) if (text !== undefined) changes.push([[field], text ?? undefined]);
  return changes;
}

/** `upfront update [id]`: adds an update to an open incident, or to a maintenance window not yet over. */
export async function updateEvent(context: CliContext, input: string | undefined, flags: AuthoringFlags): Promise<Written> {
  const entry = await chooseEvent(context, 'update', input, {
    kind: undefined,
    what: 'open incident or maintenance window',
    offered: (live) => [...live.incidents, ...windowsNotOver(live)],
  });
  if (entry.data.kind === 'maintenance') return updateWindow(context, entry as EventEntry<MaintenanceData>, flags);
  if (entry.data.updates[0].status === 'resolved' && flags.compensation !== undefined) return compensate(context, entry as EventEntry<IncidentData>, flags);
  const incident = openIncident(entry);
  const status = await answer({
    flag: 'status',
    given: flags.status,
    question: `Status (${OPEN_STATUSES.join(', ')})`,
    fallback: incident.data.updates[0].status,
    defaultWithoutTerminal: true,
    parse: openStatus(`closes the incident: run \`upfront resolve ${incident.id} --message …\` with what was fixed`),
    interactive: context.interactive,
  });
  const message =
    flags.message?.trim() ||
    (await readMessage({
      what: `the update on “${incident.data.title}” (${headingWord(status)}): ${UPDATE_GUIDE}`,
      editor: flags.editor,
      interactive: context.interactive,
    }));
  // Written in the update's heading, from its time on: what came before keeps its statuses.
  const components = await componentSteps(context, incident, flags.component);
  const workaround = await textAnswer(context, 'workaround', flags.workaround, incident.data.workaround);
  const next = await nextUpdate(context, flags['next-update']);
  const eta = await estimateAnswer(context, flags.eta, incident.data.eta);
  const said = incidentSaid(context, incident.id, incident.data.title, status, message, next === undefined ? incident.data.next_update : next);
  return editEvent(
    context,
    incident,
    // Compensation is set from its flag only: no question about it in the middle of an outage.
    incidentChanges(context, next, eta, { workaround, compensation: flags.compensation === undefined ? undefined : flags.compensation.trim() || null }),
    updateSection(status, context.now, message, siteZone(context), flags.quiet, components),
    said,
  );
}

/**
 * `upfront update <resolved id> --compensation "…"`: what customers receive is often decided after
 * the fix, so a resolved incident takes it alone, with no new update (and so no new notification).
 */
function compensate(context: CliContext, incident: EventEntry<IncidentData>, flags: AuthoringFlags): Written {
  const other = (['status', 'message', 'component', 'workaround', 'next-update', 'eta'] as const).find((flag) => flags[flag] !== undefined);
  if (other) throw new CliError(`--${other} is for open incidents; ${incident.id} is resolved, and takes --compensation alone`, 2);
  const text = flags.compensation!.trim();
  return editEvent(context, incident, [[['compensation'], text || undefined]], undefined, {
    summary: `${incident.data.title}: compensation ${text ? 'set' : 'removed'}`,
    body: text,
    next: [`publish it: the incident page, its postmortem and the API show it once merged`],
  });
}

function openIncident(entry: EventEntry): EventEntry<IncidentData> {
  if (entry.data.updates[0].status === 'resolved')
    throw new CliError(
      `${entry.id} is already resolved; if the problem is back, open a new incident with \`upfront new\`. To say what customers receive for it: \`upfront update ${entry.id} --compensation "…"\``,
    );
  return entry as EventEntry<IncidentData>;
}

/** `upfront update <window>`: the work started, is being verified, or a note before it starts. */
async function updateWindow(context: CliContext, entry: EventEntry<MaintenanceData>, flags: AuthoringFlags): Promise<Written> {
  const window = activeWindow(entry);
  for (const flag of ['next-update', 'eta', 'component'] as const) {
    if (flags[flag] !== undefined)
      throw new CliError(
        `--${flag} is for incidents; a maintenance window has its times (\`upfront reschedule ${entry.id}\`) and its components in its file`,
        2,
      );
  }
  const status = await answer<MaintenanceUpdateStatus>({
    flag: 'status',
    given: flags.status,
    question: `Status (${WINDOW_STATUSES.join(', ')})`,
    fallback: window.data.updates[0].status,
    defaultWithoutTerminal: true,
    parse: (text) =>
      text.trim().toLowerCase() === 'completed'
        ? { ok: false, message: `\`completed\` ends the window: run \`upfront complete ${entry.id}\`` }
        : choice('maintenance status', WINDOW_STATUSES)(text),
    interactive: context.interactive,
  });
  const message =
    flags.message?.trim() ||
    (await readMessage({
      what: `the update on “${window.data.title}” (${headingWord(status)}): what is happening, and what customers should expect`,
      editor: flags.editor,
      interactive: context.interactive,
    }));
  const changes: FieldChange[] = flags.workaround === undefined ? [] : [[['workaround'], flags.workaround || undefined]];
  return editEvent(context, window, changes, updateSection(status, context.now, message, siteZone(context), flags.quiet), {
    summary: `${window.data.title}: ${headingWord(status).toLowerCase()}`,
    body: message,
    next: [
      status === 'scheduled' ? `when the work starts: upfront update ${window.id} --status in_progress` : `when it is done: upfront complete ${window.id}`,
    ],
  });
}

/**
 * `upfront resolve [id]`: the resolved update; the promises of a next update and an estimate are
 * kept, so they go. A resolution `check` would warn about (too short to say what happened) is
 * asked again at a terminal and refused in scripts, before anything is written; `--force` writes it.
 */
export async function resolveIncident(context: CliContext, input: string | undefined, flags: AuthoringFlags): Promise<Written> {
  const entry = openIncident(await chooseEvent(context, 'resolve', input, { kind: 'incident', what: 'open incident', offered: (live) => live.incidents }));
  const zone = siteZone(context);
  let message: string;
  let update: string;
  for (;;) {
    message =
      flags.message?.trim() ||
      (await readMessage({ what: `the resolution of “${entry.data.title}”: ${RESOLUTION_GUIDE}`, editor: flags.editor, interactive: context.interactive }));
    update = updateSection('resolved', context.now, message, zone, flags.quiet);
    const weak = flags.force ? [] : warningsAboutNewUpdate(context, entry, update);
    if (weak.length === 0) break;
    if (flags.message !== undefined || !context.interactive) {
      throw new CliError(
        `the resolution would be published with a warning, so nothing was written:\n${weak.map((w) => `  ${w}`).join('\n')}\nSay ${RESOLUTION_GUIDE} in --message, or add --force to write it as it is`,
      );
    }
    process.stderr.write(weak.map((w) => `  ✗ ${w}\n`).join(''));
  }
  const changes: FieldChange[] = [
    [['next_update'], undefined],
    [['eta'], undefined],
  ];
  if (flags.workaround !== undefined) changes.push([['workaround'], flags.workaround || undefined]);
  else if ((await keepsWorkaround(context, entry)) === false) changes.push([['workaround'], undefined]);
  const compensation = await textAnswer(context, 'compensation', flags.compensation, entry.data.compensation);
  if (compensation !== undefined) changes.push([['compensation'], compensation ?? undefined]);
  const serious = entry.data.impact === 'major' || entry.data.impact === 'critical';
  return editEvent(context, entry, changes, update, {
    summary: `${entry.data.title}: resolved`,
    body: message,
    next: [
      `${serious ? 'write the postmortem (a major or critical incident needs one)' : 'if customers should learn what happened, write a postmortem'}: upfront postmortem ${entry.id}`,
    ],
  });
}

/** What a resolution should say, for the message question and the refusal. */
const RESOLUTION_GUIDE = 'what was fixed, an apology, and whether customers need to do anything';

/**
 * Whether a resolved incident keeps its workaround, shown from now on only as collapsed history
 * ("While it lasted: …"): at a terminal the question decides, and otherwise it stays (`--workaround ""`
 * removes it). Undefined when there is none.
 */
async function keepsWorkaround(context: CliContext, entry: EventEntry<IncidentData>): Promise<boolean | undefined> {
  if (!entry.data.workaround) return undefined;
  const keep = await answer({
    flag: 'workaround',
    given: undefined,
    question: 'Keep the workaround on the page, collapsed as history ("While it lasted: …")? (yes, or no to remove it)',
    fallback: 'yes',
    defaultWithoutTerminal: true,
    parse: choice('answer', ['yes', 'no'] as const),
    interactive: context.interactive,
  });
  return keep === 'yes';
}

/** The window's start and end: from the flags, or asked for; the end may be a duration from the start. */
async function windowTimes(context: CliContext, flags: AuthoringFlags, current?: MaintenanceData): Promise<{ start: Date; end: Date }> {
  const started = current && maintenanceState(current, context.now).phase !== 'upcoming';
  if (started && flags.start !== undefined)
    throw new CliError(`the window has started, so its start cannot move; give only --end or --duration to change when it ends`);
  const start = started
    ? current.scheduled_for
    : await answer({
        flag: 'start',
        given: flags.start,
        question: timeQuestion(context, 'Starts at'),
        parse: timeAnswer(context),
        interactive: context.interactive,
        fallback: current && formatTimestampInZone(current.scheduled_for, siteZone(context)),
      });
  if (flags.duration !== undefined && flags.end !== undefined) throw new CliError('give --end or --duration, not both', 2);
  const end = await answer({
    flag: flags.duration !== undefined ? 'duration' : 'end',
    given: flags.duration ?? flags.end,
    question: timeQuestion(context, 'Ends at', 'the start'),
    fallback: current && typedDuration(current.scheduled_until.getTime() - current.scheduled_for.getTime()),
    parse: (text) => {
      const parsed = timeAnswer(context, start)(text);
      if (parsed.ok && parsed.value <= start)
        return { ok: false, message: `the end must be after the start (${formatTimestampInZone(start, siteZone(context))})` };
      return parsed;
    },
    interactive: context.interactive,
  });
  return { start, end };
}

/** `upfront maintenance`: schedules a window. */
export async function scheduleMaintenance(context: CliContext, flags: AuthoringFlags): Promise<Written> {
  const asking = { interactive: context.interactive };
  const title = await answer({
    ...asking,
    flag: 'title',
    given: flags.title,
    question: 'Title (such as "Database upgrade")',
    parse: (t) => ({ ok: true, value: t.trim() }),
  });
  const { start, end } = await windowTimes(context, flags);
  const components = await answer({
    ...asking,
    flag: 'component',
    given: flags.component?.join(' '),
    question: `Components affected, separated by spaces\n  components: ${componentChoices(context)}\n`,
    parse: (text) =>
      attempt(() =>
        text
          .split(/[\s,]+/)
          .filter(Boolean)
          .map((id) => pickOne('component', id, componentIds(context))),
      ),
  });
  const message =
    flags.message?.trim() ||
    (await readMessage({
      what: `the announcement of “${title}”: what changes, and what customers should expect`,
      editor: flags.editor,
      interactive: context.interactive,
    }));
  return writeNew(
    context,
    title,
    start,
    (zone) =>
      newMaintenanceFile({
        title,
        components,
        scheduled_for: start,
        scheduled_until: end,
        message,
        at: context.now,
        workaround: flags.workaround,
        quiet: flags.quiet,
        zone,
      }),
    (id) => ({ summary: `Maintenance: ${title}`, body: message, next: [`when the work starts: upfront update ${id} --status in_progress`] }),
  );
}

function activeWindow(entry: EventEntry): EventEntry<MaintenanceData> {
  const window = entry as EventEntry<MaintenanceData>;
  if (window.data.cancelled) throw new CliError(`${entry.id} is cancelled; to hold it after all, schedule it again with \`upfront maintenance\``);
  if (window.data.updates[0].status === 'completed') throw new CliError(`${entry.id} is already completed`);
  return window;
}

const windowTarget = (what: string, offered = windowsNotOver): Target => ({ kind: 'maintenance', what, offered });

/** `upfront reschedule [id]`: moves a window (or, once started, its end), with the update that says so; calendars take the new times. */
export async function rescheduleMaintenance(context: CliContext, input: string | undefined, flags: AuthoringFlags): Promise<Written> {
  const window = activeWindow(await chooseEvent(context, 'reschedule', input, windowTarget('maintenance window not yet over')));
  const { start, end } = await windowTimes(context, flags, window.data);
  const zone = siteZone(context);
  const { MAINTENANCE_NOTES: notes, region } = locale(context);
  // Dates as the pages write them, in the site's zone and language.
  const moved = notes.rescheduled(
    formatTimeRange(start, end, zone, region),
    formatTimeRange(window.data.scheduled_for, window.data.scheduled_until, zone, region),
  );
  const message = flags.message?.trim() || moved;
  const changes: FieldChange[] = [
    [['scheduled_for'], formatTimestampInZone(start, zone)],
    [['scheduled_until'], formatTimestampInZone(end, zone)],
  ];
  return editEvent(context, window, changes, updateSection(window.data.updates[0].status, context.now, message, zone, flags.quiet), {
    summary: `${window.data.title}: rescheduled`,
    body: message,
    next: [],
  });
}

/** `upfront cancel [id]`: cancels a window that has not started, with an update saying so. */
export async function cancelMaintenance(context: CliContext, input: string | undefined, flags: AuthoringFlags): Promise<Written> {
  const window = activeWindow(
    await chooseEvent(
      context,
      'cancel',
      input,
      windowTarget('upcoming maintenance window', (live) => live.upcoming),
    ),
  );
  // Started by an update or by the clock alone: either way customers were told it is under way.
  const state = maintenanceState(window.data, context.now);
  if (state.phase !== 'upcoming') {
    throw new CliError(
      `${window.id} has started (at ${formatTimestampInZone(state.activeFrom, siteZone(context))}), so it can no longer be cancelled; finish it with \`upfront complete ${window.id}\`, or say what happens next with \`upfront update ${window.id}\``,
    );
  }
  const fallback = locale(context).MAINTENANCE_NOTES.cancelled;
  const message =
    flags.message?.trim() ||
    (await readMessage({ what: `why “${window.data.title}” is cancelled`, fallback, editor: flags.editor, interactive: context.interactive }));
  return editEvent(context, window, [[['cancelled'], true]], updateSection('scheduled', context.now, message, siteZone(context), flags.quiet), {
    summary: `${window.data.title}: cancelled`,
    body: message,
    next: [],
  });
}

/** `upfront complete [id]`: marks a window completed; before its start only with --force. */
export async function completeMaintenance(context: CliContext, input: string | undefined, flags: AuthoringFlags): Promise<Written> {
  const window = activeWindow(await chooseEvent(context, 'complete', input, windowTarget('maintenance window not yet over')));
  if (maintenanceState(window.data, context.now).phase === 'upcoming' && !flags.force) {
    const until = formatDuration(window.data.scheduled_for.getTime() - context.now.getTime(), AUTHOR_REGION);
    throw new CliError(
      `${window.id} has not started (it starts at ${formatTimestampInZone(window.data.scheduled_for, siteZone(context))}, in ${until}); cancel it with \`upfront cancel ${window.id}\`, move it with \`upfront reschedule ${window.id}\`, or add --force if the work really is done`,
    );
  }
  const message =
    flags.message?.trim() ||
    (await readMessage({
      what: `the end of “${window.data.title}”`,
      fallback: locale(context).MAINTENANCE_NOTES.completed,
      editor: flags.editor,
      interactive: context.interactive,
    }));
  return editEvent(context, window, [], updateSection('completed', context.now, message, siteZone(context), flags.quiet), {
    summary: `${window.data.title}: completed`,
    body: message,
    next: [],
  });
}

/**
 * `upfront postmortem [id]`: scaffolds the postmortem of a resolved incident as a draft; with
 * `--publish`, once every section is written, sets its `published` time to now, so that the
 * report is announced when it is merged, however long it took to write.
 */
export async function postmortem(context: CliContext, input: string | undefined, publish: boolean): Promise<Written> {
  const hasFile = (e: EventEntry) => existsSync(join(context.contentDir, postmortemPath(e)));
  // Not what is live, but what is resolved and still lacks a (published) postmortem.
  const candidates = context.content.events.filter(
    (e) =>
      e.data.kind === 'incident' &&
      !incidentState(e.data, context.now).isOpen &&
      (publish ? hasFile(e) && !context.content.postmortems.some((p) => p.id === e.id) : !hasFile(e)),
  );
  const what = publish ? 'draft postmortem' : 'resolved incident without a postmortem';
  const entry = (await chooseEvent(context, 'postmortem', input, { kind: 'incident', what, offered: () => candidates })) as EventEntry<IncidentData>;
  const path = postmortemPath(entry);
  if (context.content.postmortems.some((p) => p.id === entry.id)) throw new CliError(`${entry.id} already has a published postmortem; edit ${path}`);
  if (!publish) {
    if (hasFile(entry)) throw new CliError(`${path} exists (a draft); write its sections, then run \`upfront postmortem ${entry.id} --publish\``);
    createFile(context, path, postmortemScaffold(entry.data, context.now, siteZone(context), locale(context)));
    return {
      path,
      id: entry.id,
      warnings: [],
      summary: `Postmortem draft: ${entry.data.title}`,
      body: 'A draft: its sections are still to be written. It is published (and announced) once `upfront postmortem --publish` sets its time.',
      next: [`write its sections, then: upfront postmortem ${entry.id} --publish`],
    };
  }
  if (!hasFile(entry)) throw new CliError(`${entry.id} has no postmortem to publish; start one with \`upfront postmortem ${entry.id}\``);
  const before = readFileSync(join(context.contentDir, path), 'utf8');
  const published = formatTimestampInZone(context.now, siteZone(context));
  // The scaffold's placeholder line becomes the field, in its place; otherwise the field is added.
  const after = before.includes(UNPUBLISHED_LINE)
    ? before.replace(UNPUBLISHED_LINE, `published: ${published}`)
    : editEventFile(before, [[['published'], published]]);
  if (after === undefined) throw new CliError(`${path} has no frontmatter to edit`);
  const checked = checkPostmortemText(path, entry.id, normalizeText(after));
  refuseOnErrors(checked.diagnostics, `${path} is not ready to publish, so nothing was written`);
  replaceFile(context, path, before, after);
  return {
    path,
    id: entry.id,
    warnings: [],
    summary: `Postmortem: ${entry.data.title}`,
    body: 'The postmortem is complete; merging publishes it and announces it to subscribers.',
    next: [],
  };
}

function postmortemPath(entry: EventEntry): string {
  return entry.filePath!.replace(/\.md$/, '.postmortem.md');
}
