/** Checks on a parsed incident or maintenance that the schema alone cannot express. */
import { error, warning, type Diagnostic } from '../core/diagnostics.ts';
import { affectedComponents, incidentState } from '../core/event-state.ts';
import { didYouMean } from '../schemas/suggest.ts';
import { formatTimestampUtc, MAX_YEARS_AHEAD } from '../schemas/timestamps.ts';
import type { EventEntry } from '../schemas/incident-schema.ts';
import type { EventSource } from './parse-event-file.ts';

/** Clock skew tolerated before a timestamp counts as "in the future". */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** What the checks need to know beyond the file itself. */
export interface EventCheckContext {
  now: Date;
  componentIds: readonly string[];
  /** Each group's component ids, to explain a group id used where a component belongs. */
  groupMembers?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Unknown component ids in a `components` field, as written (a map for incidents, a list for
 * maintenance). Works on raw frontmatter too, so that these are reported with schema errors.
 */
export function checkComponentReferences(
  components: unknown,
  source: EventSource,
  componentIds: readonly string[],
  groupMembers: ReadonlyMap<string, readonly string[]> = new Map(),
): Diagnostic[] {
  const written: Array<[id: string, path: PropertyKey[]]> = Array.isArray(components)
    ? components.flatMap((id, index) => (typeof id === 'string' ? [[id, ['components', index]] as [string, PropertyKey[]]] : []))
    : components && typeof components === 'object'
      ? Object.keys(components).map((id) => [id, ['components', id]])
      : [];
  return written
    .filter(([id]) => !componentIds.includes(id))
    .map(([id, path]) => {
      const { line, column } = source.field(path);
      return error(source.file, line, column, unknownComponent(id, componentIds, groupMembers));
    });
}

/** What is wrong with `id`, which names no component. */
function unknownComponent(id: string, componentIds: readonly string[], groupMembers: ReadonlyMap<string, readonly string[]>): string {
  const members = groupMembers.get(id);
  if (members) return `\`${id}\` is a group, not a component; name the affected components of it instead (${members.join(', ')})`;
  return `unknown component \`${id}\`.${didYouMean(id, componentIds)} Components are listed in components/components.yml`;
}

/** All semantic problems of one event, located in its file. */
export function checkEvent(entry: EventEntry, source: EventSource, context: EventCheckContext): Diagnostic[] {
  const { data } = entry;
  const { file } = source;
  const diagnostics: Diagnostic[] = [];
  const fieldError = (path: PropertyKey[], message: string) => {
    const { line, column } = source.field(path);
    diagnostics.push(error(file, line, column, message));
  };
  const updateError = (index: number, message: string) => {
    const { line, column } = source.update(index);
    diagnostics.push(error(file, line, column, message));
  };

  diagnostics.push(...checkComponentReferences(data.components, source, context.componentIds, context.groupMembers));

  const final = data.kind === 'incident' ? 'resolved' : 'completed';
  data.updates.forEach((update, index) => {
    const older = data.updates[index + 1];
    if (older && update.at.getTime() === older.at.getTime()) {
      updateError(index + 1, `two updates at ${formatTimestampUtc(update.at)}; give each update its own time`);
    } else if (older && update.at < older.at) {
      updateError(
        index + 1,
        `updates must be newest first, but this one (${formatTimestampUtc(older.at)}) is newer than the one above it (${formatTimestampUtc(update.at)}); move it up`,
      );
    }
    if (index > 0 && update.status === final) {
      updateError(
        index - 1,
        `an update after the \`${final}\` one (${formatTimestampUtc(update.at)}); the \`${final}\` update must be the newest. If the problem came back, open a new ${data.kind}`,
      );
    }
    const changes = Object.entries('components' in update ? update.components : {});
    for (const [id] of changes.filter(([id]) => !context.componentIds.includes(id)))
      updateError(index, unknownComponent(id, context.componentIds, context.groupMembers ?? new Map()));
    const stillAffected = changes.filter(([, status]) => status !== 'operational');
    if (update.status === 'resolved' && stillAffected.length > 0) {
      updateError(
        index,
        `the \`resolved\` update returns every component to operational, but sets ${stillAffected.map(([id, status]) => `\`${id}: ${status}\``).join(', ')}; remove that, or post \`monitoring\` while ${stillAffected.length === 1 ? 'it is' : 'they are'} still affected`,
      );
    }
    if (update.at.getTime() > context.now.getTime() + CLOCK_SKEW_MS) {
      updateError(
        index,
        `update time ${formatTimestampUtc(update.at)} is in the future (now is ${formatTimestampUtc(context.now)}); check the date and the zone`,
      );
    }
  });

  const firstPost = data.updates[data.updates.length - 1].at;
  if (data.kind === 'incident' && data.started) {
    if (data.started > firstPost) {
      fieldError(
        ['started'],
        `\`started\` (${formatTimestampUtc(data.started)}) is after the first update (${formatTimestampUtc(firstPost)}); it is when the outage began, at or before the first post. Remove it if the outage began when you posted`,
      );
    } else if (data.started.getTime() > context.now.getTime() + CLOCK_SKEW_MS) {
      fieldError(['started'], `\`started\` (${formatTimestampUtc(data.started)}) is in the future; check the date and the zone`);
    }
  }
  const latest = new Date(context.now);
  latest.setUTCFullYear(latest.getUTCFullYear() + MAX_YEARS_AHEAD);
  const planned: Array<[field: string, date: Date | undefined]> =
    data.kind === 'maintenance'
      ? [
          ['scheduled_for', data.scheduled_for],
          ['scheduled_until', data.scheduled_until],
        ]
      : [
          ['next_update', data.next_update],
          ['eta', data.eta],
        ];
  for (const [field, date] of planned) {
    if (date && date > latest) {
      fieldError([field], `\`${field}\` (${formatTimestampUtc(date)}) is more than ${MAX_YEARS_AHEAD} years ahead; check the year`);
    }
  }
  if (data.kind === 'maintenance' && data.scheduled_until <= data.scheduled_for) {
    fieldError(
      ['scheduled_until'],
      `\`scheduled_until\` (${formatTimestampUtc(data.scheduled_until)}) must be after \`scheduled_for\` (${formatTimestampUtc(data.scheduled_for)})`,
    );
  }
  return diagnostics;
}

/** When a component's monitoring began, and where the site says so. */
export interface WatchedFrom {
  start: Date;
  /** Such as `` `tracking_since: 2026-05-01` in site.yml ``. */
  said: string;
}

/**
 * Warnings for an event that began before monitoring of a component it affects: a warning, not an
 * error, because history written after the fact belongs on the page; but its time before then is
 * not counted in uptime, and the author should know that (or move the start earlier).
 */
export function checkWatchedTime(entry: EventEntry, source: EventSource, watchedFrom: ReadonlyMap<string, WatchedFrom>): Diagnostic[] {
  const { data } = entry;
  const began = data.kind === 'incident' ? incidentState(data, data.updates[0].at).startedAt : data.scheduled_for;
  const where =
    data.kind === 'maintenance' ? source.field(['scheduled_for']) : data.started ? source.field(['started']) : source.update(data.updates.length - 1);
  return affectedComponents(data).flatMap(([id]) => {
    const watched = watchedFrom.get(id);
    if (!watched || began >= watched.start) return [];
    return [
      warning(
        source.file,
        where.line,
        where.column,
        `began ${formatTimestampUtc(began)}, before monitoring of \`${id}\` began (${watched.said}): it stays in the history, but uptime counts only time from then on. If you were watching \`${id}\` then, move that date earlier`,
      ),
    ];
  });
}
