/**
 * What the authoring commands ask, and how each answer (or the flag that answers it) is read:
 * components and their statuses, times as people type them (said back at a terminal), and the
 * keep, change or remove questions of an update.
 */
import { DateTime } from 'luxon';
import { COMPONENT_STATUSES, type ComponentStatus } from '../../src/schemas/status-vocabulary.ts';
import type { EventEntry, IncidentData } from '../../src/schemas/incident-schema.ts';
import { statusesAfterUpdates } from '../../src/core/event-state.ts';
import { AUTHOR_REGION, formatRelative } from '../../src/core/format-time.ts';
import { catalogIndex } from '../../src/core/catalog.ts';
import { formatTimestampInZone, formatTimestampUtc } from '../../src/schemas/timestamps.ts';
import { CliError, parseWhen, pickOne, siteZone, zoneHint, type CliContext } from './cli-support.ts';
import { answer, attempt, type Answer } from './prompts.ts';

/** The catalogue's components, ids with names, in its order. */
function catalogueComponents(context: CliContext): Array<{ id: string; name: string }> {
  return context.content.catalog ? catalogIndex(context.content.catalog).components : [];
}

/** The catalogue's component ids. */
export function componentIds(context: CliContext): string[] {
  return catalogueComponents(context).map((c) => c.id);
}

/** `api (API)`: a component as questions name it, its id with the name people know. */
function componentLabel({ id, name }: { id: string; name: string }): string {
  return name === id ? id : `${id} (${name})`;
}

/** `api (API), website (Website)`: the ids a question accepts, with the names people know. */
export function componentChoices(context: CliContext): string {
  return catalogueComponents(context).map(componentLabel).join(', ');
}

/** `api=major` → [`api`, `major_outage`]; ids and statuses may be prefixes. */
function componentChange(context: CliContext, text: string): [string, ComponentStatus] {
  const [id, status] = text.split('=');
  if (!status) throw new CliError(`\`${text}\` needs a status, such as \`${id || 'api'}=major_outage\` (statuses: ${COMPONENT_STATUSES.join(', ')})`);
  return [pickOne('component', id, componentIds(context)), pickOne('component status', status, COMPONENT_STATUSES) as ComponentStatus];
}

/** Several `id=status` separated by spaces or commas, as flags or one answer. */
export function componentChanges(context: CliContext, text: string): Answer<Record<string, ComponentStatus>> {
  return attempt(() =>
    Object.fromEntries(
      text
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((item) => componentChange(context, item)),
    ),
  );
}

/** An answer that is one of `choices` (or an unambiguous prefix), with a suggestion when it is none. */
export const choice =
  <T extends string>(what: string, choices: readonly T[]) =>
  (text: string) =>
    attempt(() => pickOne(what, text, choices) as T);

/**
 * A time answer (or flag): a timestamp, a time of day, or a duration after `start`, in the site's
 * zone when it names none. At a terminal it says how it understood the time, so a misreading is
 * caught before anything is written.
 */
export const timeAnswer = (context: CliContext, start?: Date) => (text: string) =>
  attempt(() => {
    const date = parseWhen(context, text, start);
    if (context.interactive) process.stderr.write(`  = ${understoodTime(date, siteZone(context), context.now)}\n`);
    return date;
  });

/** `2026-12-06 18:45 +01:00 (Europe/Berlin) = 17:45 UTC, in 25 min`: how a typed time was read. */
function understoodTime(date: Date, zone: string, now: Date): string {
  return `${formatTimestampInZone(date, zone)} (${zone}) = ${formatTimestampUtc(date)}, ${formatRelative(date, now, AUTHOR_REGION)}`;
}

/** A next-update or estimate answer: a time, or `none` (null) for no promise. */
const optionalTimeAnswer =
  (context: CliContext) =>
  (text: string): Answer<Date | null> =>
    isNone(text) ? { ok: true, value: null } : timeAnswer(context)(text);

/** `(a time in America/New_York, now -05:00, such as 2026-12-03 02:00, or 2h from now)`. */
export function timeQuestion(context: CliContext, what: string, from = 'now'): string {
  const example = DateTime.fromJSDate(context.now, { zone: siteZone(context) })
    .plus({ days: 1 })
    .set({ hour: 2, minute: 0 })
    .toFormat('yyyy-MM-dd HH:mm');
  return `${what} (a time in ${zoneHint(context)}, such as ${example}, 18:45, 6:45pm or tomorrow 09:00, or a duration from ${from} such as 2h)`;
}

/**
 * The next update: asked for at a terminal with the site's usual interval as the default, in
 * scripts only when given (undefined: leave it); null for `none`, no promise.
 */
export async function nextUpdate(context: CliContext, given: string | undefined): Promise<Date | null | undefined> {
  if (given === undefined && !context.interactive) return undefined;
  const interval = context.content.settings?.checks.update_interval_minutes ?? 60;
  return answer<Date | null>({
    flag: 'next-update',
    given,
    question: `${timeQuestion(context, 'Next update', 'now')}, or none`,
    fallback: interval % 60 === 0 ? `${interval / 60}h` : `${interval}m`,
    parse: optionalTimeAnswer(context),
    interactive: context.interactive,
  });
}

/** A flag's parsed value, or a usage error naming the flag. */
export function parseFlag<T>(flag: string, parsed: Answer<T>): T {
  if (!parsed.ok) throw new CliError(`--${flag}: ${parsed.message}`, 2);
  return parsed.value;
}

/** `keep` (or an empty answer where keeping is the default): the current value stays. */
const KEEP = 'keep';
/** Whether an answer says to keep the current value. */
const isKeep = (text: string) => text.trim().toLowerCase() === KEEP;
/** Whether an answer says there is none. */
const isNone = (text: string) => text.trim().toLowerCase() === 'none';

/** The optional texts of an incident that the commands ask for, each with what it is for. */
const TEXT_FIELDS = {
  workaround: 'Workaround, what customers can do meanwhile',
  compensation: 'Compensation, what affected customers receive and whether they need to do anything, or that none applies and why',
} as const;

/**
 * The text a command leaves in an optional field (the workaround, the compensation): a text, null
 * to remove it, undefined to keep what there is. Its flag decides (empty removes it); else at a
 * terminal it is asked, showing the current one.
 */
export async function textAnswer(
  context: CliContext,
  flag: keyof typeof TEXT_FIELDS,
  given: string | undefined,
  current?: string,
): Promise<string | null | undefined> {
  if (given !== undefined) return given.trim() || null;
  if (!context.interactive) return undefined;
  return answer<string | null | undefined>({
    flag,
    given: undefined,
    question: current ? `${TEXT_FIELDS[flag]}; now “${current}” (keep, a new text, or none to remove it)` : `${TEXT_FIELDS[flag]} (a text, or none)`,
    fallback: current ? KEEP : 'none',
    // With nothing to keep, `keep` means none: it is never written as the field's text.
    parse: (text) => ({ ok: true, value: isKeep(text) ? (current ? undefined : null) : isNone(text) ? null : text.trim() }),
    interactive: true,
  });
}

/**
 * The estimate of the fix an update leaves: a time, null to clear it, undefined to keep what there
 * is. `--eta` decides (`none` clears it); else at a terminal it is asked, showing the current one.
 */
export async function estimateAnswer(context: CliContext, given: string | undefined, current?: Date): Promise<Date | null | undefined> {
  if (given !== undefined) return parseFlag('eta', optionalTimeAnswer(context)(given));
  if (!context.interactive) return undefined;
  const now = current && `; now ${formatTimestampInZone(current, siteZone(context))}`;
  return answer<Date | null | undefined>({
    flag: 'eta',
    given: undefined,
    question: `${timeQuestion(context, 'Estimated fix')}${now ? `${now} (keep, a new time, or none to clear it)` : ', or none'}`,
    fallback: current ? KEEP : 'none',
    parse: (text) => (isKeep(text) && current ? { ok: true, value: undefined } : optionalTimeAnswer(context)(text)),
    interactive: true,
  });
}

/**
 * The component statuses an update sets from its time on: `--component` decides; else at a
 * terminal each affected component is asked (keep or a new status), then any newly affected.
 * Only what changes is returned.
 */
export async function componentSteps(
  context: CliContext,
  incident: EventEntry<IncidentData>,
  given: string[] | undefined,
): Promise<Record<string, ComponentStatus>> {
  if (given?.length) return parseFlag('component', componentChanges(context, given.join(' ')));
  if (!context.interactive) return {};
  const current = statusesAfterUpdates(incident.data)[0];
  const names = new Map(catalogueComponents(context).map((c) => [c.id, c.name]));
  const changes: Record<string, ComponentStatus> = {};
  for (const [id, status] of Object.entries(current)) {
    const next = await answer<ComponentStatus>({
      flag: 'component',
      given: undefined,
      question: `${componentLabel({ id, name: names.get(id) ?? id })} is ${status} (keep, or ${COMPONENT_STATUSES.filter((s) => s !== status).join(', ')})`,
      fallback: KEEP,
      parse: (text) => (isKeep(text) ? { ok: true, value: status } : choice('component status', COMPONENT_STATUSES)(text)),
      interactive: true,
    });
    if (next !== status) changes[id] = next;
  }
  const others = catalogueComponents(context).filter((c) => !(c.id in current));
  if (others.length === 0) return changes;
  const added = await answer({
    flag: 'component',
    given: undefined,
    question: `Other components affected now, as id=status separated by spaces (${others.map((c) => c.id).join(', ')}), or none`,
    fallback: 'none',
    parse: (text) => (isNone(text) ? { ok: true as const, value: {} } : componentChanges(context, text)),
    interactive: true,
  });
  return { ...changes, ...added };
}
