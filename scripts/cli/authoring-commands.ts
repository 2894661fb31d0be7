/**
 * The commands that write content: `new`, `update`, `resolve`, `maintenance`, `cancel`,
 * `complete` and `postmortem`. Each builds the new text, validates it with the same checks as
 * the build, and only then writes it; each prints the path it wrote.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import {
  COMPONENT_STATUSES,
  IMPACTS,
  INCIDENT_UPDATE_STATUSES,
  type ComponentStatus,
  type IncidentUpdateStatus,
} from '../../src/schemas/status-vocabulary.ts';
import type { EventEntry, IncidentData, MaintenanceData } from '../../src/schemas/incident-schema.ts';
import { editEventFile, newIncidentFile, newMaintenanceFile, slugify, updateSection, type FieldChange } from '../../src/lib/content-edits.ts';
import { postmortemScaffold } from '../../src/lib/postmortem-scaffold.ts';
import { formatTimestampUtc } from '../../src/lib/timestamps.ts';
import {
  CliError,
  createFile,
  findEvent,
  freeEventPath,
  parseWhen,
  pickOne,
  readMessage,
  refuseOnErrors,
  replaceFile,
  required,
  validateEventText,
  type CliContext,
} from './cli-support.ts';

/** The flags of the authoring commands, as parsed. */
export interface AuthoringFlags {
  title?: string;
  impact?: string;
  component?: string[];
  status?: string;
  message?: string;
  workaround?: string;
  'next-update'?: string;
  eta?: string;
  started?: string;
  start?: string;
  end?: string;
  duration?: string;
  /** Post the update without notifying anyone (`· quiet`). */
  quiet?: boolean;
}

function componentIds(context: CliContext): string[] {
  return context.content.catalog?.groups.flatMap((g) => g.components.map((c) => c.id)) ?? [];
}

/** `api=major` → [`api`, `major_outage`]; ids and statuses may be prefixes. */
function componentChange(context: CliContext, text: string): [string, ComponentStatus] {
  const [id, status] = text.split('=');
  if (!status) throw new CliError(`--component \`${text}\` needs a status, such as \`api=major_outage\` (statuses: ${COMPONENT_STATUSES.join(', ')})`, 2);
  return [pickOne('component', id, componentIds(context)), pickOne('component status', status, COMPONENT_STATUSES) as ComponentStatus];
}

function when(context: CliContext, flag: string, value: string | undefined): Date | undefined {
  return value === undefined ? undefined : parseWhen(flag, value, context.now);
}

/** The date of the file name: the day of `at` in the display zone, as readers see it. */
function fileDate(context: CliContext, at: Date): string {
  return DateTime.fromJSDate(at, { zone: context.content.settings?.time_zone ?? 'UTC' }).toFormat('yyyy-MM-dd');
}

function writeNew(context: CliContext, title: string, at: Date, build: () => string): string {
  const { id, path } = freeEventPath(context, fileDate(context, at), slugify(title, 'incident'));
  const text = build();
  refuseOnErrors(validateEventText(context, path, id, text), `${path} would not be valid, so nothing was written`);
  createFile(context, path, text);
  return path;
}

const OPEN_STATUSES = INCIDENT_UPDATE_STATUSES.filter((s) => s !== 'resolved');

/** The status of an update that keeps the incident open; `resolved` is refused with `why`, which says what to run instead. */
function openStatus(input: string, why: string): IncidentUpdateStatus {
  if (input.trim().toLowerCase() === 'resolved') throw new CliError(`\`--status resolved\` ${why}`);
  return pickOne('status', input, OPEN_STATUSES) as IncidentUpdateStatus;
}

/** `upfront new`: opens an incident. */
export async function newIncident(context: CliContext, flags: AuthoringFlags): Promise<string> {
  const title = await required(context, 'title', flags.title, 'Title (what customers notice, such as "Elevated API error rates"):');
  const impact = pickOne('impact', await required(context, 'impact', flags.impact, `Impact (${IMPACTS.join(', ')}):`), IMPACTS);
  const componentFlags = flags.component?.length
    ? flags.component
    : (await required(context, 'component', undefined, 'Affected components as id=status, separated by spaces (such as "api=major_outage"):')).split(/\s+/);
  const components = Object.fromEntries(componentFlags.map((text) => componentChange(context, text)));
  const status = openStatus(flags.status ?? 'investigating', 'would open an incident already closed: post it open, then run `upfront resolve <id> --message …` with what was fixed');
  const message = await readMessage(context, flags.message);
  const nextUpdate = flags['next-update'] ?? (context.interactive ? (await required(context, 'next-update', undefined, 'Next update in (such as 30m):')) : undefined);
  return writeNew(context, title, context.now, () =>
    newIncidentFile({
      title,
      impact,
      components,
      status,
      message,
      at: context.now,
      started: when(context, 'started', flags.started),
      workaround: flags.workaround,
      next_update: when(context, 'next-update', nextUpdate),
      eta: when(context, 'eta', flags.eta),
      quiet: flags.quiet,
    }),
  );
}

/** Applies an edit to an event's file, refusing when the file is invalid now or would be after. */
function editEvent(context: CliContext, entry: EventEntry, changes: FieldChange[], update: string): string {
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
  return path;
}

function openIncident(context: CliContext, input: string): EventEntry<IncidentData> {
  const entry = findEvent(context, input, 'incident') as EventEntry<IncidentData>;
  if (entry.data.updates[0].status === 'resolved') throw new CliError(`${entry.id} is already resolved; if the problem is back, open a new incident with \`upfront new\``);
  return entry;
}

function incidentChanges(context: CliContext, flags: AuthoringFlags): FieldChange[] {
  const changes: FieldChange[] = (flags.component ?? []).map((text) => {
    const [id, status] = componentChange(context, text);
    return [['components', id], status];
  });
  const stamp = (flag: string, value: string | undefined) => (value === undefined ? [] : [[[flag.replace('-', '_')], formatTimestampUtc(parseWhen(flag, value, context.now))] as FieldChange]);
  changes.push(...stamp('next-update', flags['next-update']), ...stamp('eta', flags.eta));
  if (flags.workaround !== undefined) changes.push([['workaround'], flags.workaround || undefined]);
  return changes;
}

/** `upfront update <id>`: adds an update to an open incident. */
export async function updateIncident(context: CliContext, input: string, flags: AuthoringFlags): Promise<string> {
  const entry = openIncident(context, input);
  const status = openStatus(flags.status ?? entry.data.updates[0].status, `closes the incident: run \`upfront resolve ${entry.id} --message …\` with what was fixed`);
  const message = await readMessage(context, flags.message);
  return editEvent(context, entry, incidentChanges(context, flags), updateSection(status, context.now, message, flags.quiet));
}

/** `upfront resolve <id>`: the resolved update; the promises of a next update and an estimate are kept, so they go. */
export async function resolveIncident(context: CliContext, input: string, flags: AuthoringFlags): Promise<string> {
  const entry = openIncident(context, input);
  const message = await readMessage(context, flags.message);
  const changes: FieldChange[] = [...incidentChanges(context, { component: flags.component }), [['next_update'], undefined], [['eta'], undefined]];
  return editEvent(context, entry, changes, updateSection('resolved', context.now, message, flags.quiet));
}

/** `upfront maintenance`: schedules a window. */
export async function scheduleMaintenance(context: CliContext, flags: AuthoringFlags): Promise<string> {
  const title = await required(context, 'title', flags.title, 'Title (such as "Database upgrade"):');
  const start = parseWhen('start', await required(context, 'start', flags.start, 'Starts at (such as 2026-12-01 02:00 UTC):'), context.now);
  const end = flags.duration
    ? parseWhen('duration', flags.duration, start)
    : parseWhen('end', await required(context, 'end', flags.end, 'Ends at (or give --duration):'), context.now);
  const componentFlags = flags.component?.length ? flags.component : (await required(context, 'component', undefined, 'Components affected, separated by spaces:')).split(/\s+/);
  const components = componentFlags.map((id) => pickOne('component', id, componentIds(context)));
  const message = await readMessage(context, flags.message);
  return writeNew(context, title, start, () =>
    newMaintenanceFile({ title, components, scheduled_for: start, scheduled_until: end, message, at: context.now, workaround: flags.workaround, quiet: flags.quiet }),
  );
}

function activeWindow(context: CliContext, input: string): EventEntry<MaintenanceData> {
  const entry = findEvent(context, input, 'maintenance') as EventEntry<MaintenanceData>;
  if (entry.data.cancelled) throw new CliError(`${entry.id} is already cancelled`);
  if (entry.data.updates[0].status === 'completed') throw new CliError(`${entry.id} is already completed`);
  return entry;
}

/** `upfront cancel <id>`: cancels a window, with an update saying so. */
export async function cancelMaintenance(context: CliContext, input: string, flags: AuthoringFlags): Promise<string> {
  const entry = activeWindow(context, input);
  if (entry.data.updates[0].status !== 'scheduled') throw new CliError(`the work on ${entry.id} has started; finish it with \`upfront complete ${entry.id}\` instead`);
  const message = await readMessage(context, flags.message, 'This maintenance is cancelled. Nothing will change.');
  return editEvent(context, entry, [[['cancelled'], true]], updateSection('scheduled', context.now, message, flags.quiet));
}

/** `upfront complete <id>`: marks a window completed. */
export async function completeMaintenance(context: CliContext, input: string, flags: AuthoringFlags): Promise<string> {
  const entry = activeWindow(context, input);
  const message = await readMessage(context, flags.message, 'The maintenance is complete.');
  return editEvent(context, entry, [], updateSection('completed', context.now, message, flags.quiet));
}

/** `upfront postmortem <id>`: scaffolds the postmortem of an incident. */
export async function scaffoldPostmortem(context: CliContext, input: string): Promise<string> {
  const entry = findEvent(context, input, 'incident') as EventEntry<IncidentData>;
  if (context.content.postmortems.some((p) => p.id === entry.id)) throw new CliError(`${entry.id} already has a postmortem; edit incidents/${entry.id}.postmortem.md`);
  const path = entry.filePath!.replace(/\.md$/, '.postmortem.md');
  createFile(context, path, postmortemScaffold(entry.data, context.now, context.content.settings?.time_zone ?? 'UTC'));
  return path;
}
