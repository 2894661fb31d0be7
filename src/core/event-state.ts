/** What an incident or maintenance window means at a given moment: status, start, end. */
import { worseStatus, type ComponentStatus, type IncidentUpdateStatus, type MaintenancePhase } from '../schemas/status-vocabulary.ts';
import type { EventData, IncidentData, MaintenanceData } from '../schemas/incident-schema.ts';

/** An incident's derived timeline. */
export interface IncidentState {
  status: IncidentUpdateStatus;
  /** When the first update was posted. */
  postedAt: Date;
  /** When the outage began: `started`, or the first post. */
  startedAt: Date;
  /** When the resolved update was posted, if it was. */
  resolvedAt?: Date;
  isOpen: boolean;
  /** From start to resolution, or to `now` while open. */
  durationMs: number;
}

/** A maintenance window's derived state at `now`. */

/** A maintenance window's derived timeline. */
export interface MaintenanceState {
  phase: MaintenancePhase;
  postedAt: Date;
  /** When components actually went under maintenance (or will, as scheduled). */
  activeFrom: Date;
  /** When the window actually ended, or is scheduled to end. */
  activeUntil: Date;
  /** True when the work has run past `scheduled_until` without being completed. */
  isOverrunning: boolean;
}

/** The derived timeline of an incident at `now`. */
export function incidentState(data: IncidentData, now: Date): IncidentState {
  const latest = data.updates[0];
  const posted = postedAt(data);
  const startedAt = data.started ?? posted;
  const resolvedAt = latest.status === 'resolved' ? latest.at : undefined;
  const end = resolvedAt ?? now;
  return {
    status: latest.status,
    postedAt: posted,
    startedAt,
    resolvedAt,
    isOpen: resolvedAt === undefined,
    durationMs: Math.max(0, end.getTime() - startedAt.getTime()),
  };
}

/**
 * The state of a maintenance window at `now`. Updates win over the schedule: work that was
 * announced as started is in progress even before `scheduled_for`, and work not yet announced
 * as completed is still in progress after `scheduled_until` (overrunning). A window whose
 * schedule has passed with no update since the announcement counts as completed on schedule.
 */
export function maintenanceState(data: MaintenanceData, now: Date): MaintenanceState {
  const latest = data.updates[0];
  const startUpdate = data.updates.findLast((u) => u.status === 'in_progress');
  const activeFrom = startUpdate && startUpdate.at < data.scheduled_for ? startUpdate.at : data.scheduled_for;
  const base = { postedAt: postedAt(data), activeFrom, isOverrunning: false };
  if (data.cancelled) return { ...base, phase: 'cancelled', activeUntil: data.scheduled_until };
  if (latest.status === 'completed') return { ...base, phase: 'completed', activeUntil: latest.at };
  if (latest.status === 'in_progress' || latest.status === 'verifying') {
    const isOverrunning = now > data.scheduled_until;
    return { ...base, phase: latest.status, activeUntil: isOverrunning ? now : data.scheduled_until, isOverrunning };
  }
  if (now < data.scheduled_for) return { ...base, phase: 'upcoming', activeUntil: data.scheduled_until };
  if (now < data.scheduled_until) return { ...base, phase: 'in_progress', activeUntil: data.scheduled_until };
  return { ...base, phase: 'completed', activeUntil: data.scheduled_until };
}

/** A span of time during which a component was in a status other than operational. */
export interface StatusInterval {
  start: Date;
  end: Date;
  status: ComponentStatus;
}

/**
 * The status of each component an incident names after each of its updates, newest first like
 * `updates`: the frontmatter's from the start, then each update's changes from its time on;
 * a resolved update returns every component to operational, and an update reopening the
 * incident brings back the statuses it had before.
 */
export function statusesAfterUpdates(data: IncidentData): ReadonlyArray<Readonly<Record<string, ComponentStatus>>> {
  // Asked for by every page, list, feed and API object that names the incident's components: worked out once per incident.
  let known = stepsOfIncident.get(data);
  if (!known) {
    let standing: Record<string, ComponentStatus> = { ...data.components };
    const after = data.updates.toReversed().map((update) => {
      standing = { ...standing, ...update.components };
      return update.status === 'resolved' ? Object.fromEntries(Object.keys(standing).map((id) => [id, 'operational' as const])) : standing;
    });
    stepsOfIncident.set(data, (known = after.toReversed()));
  }
  return known;
}

const stepsOfIncident = new WeakMap<IncidentData, ReadonlyArray<Readonly<Record<string, ComponentStatus>>>>();

/**
 * The intervals during which each component was affected by `event`, up to `now`. An incident's
 * follow its updates, so that a later update never rewrites what came before it. Cancelled and
 * not-yet-started maintenance contributes nothing.
 */
export function eventIntervals(data: EventData, now: Date): Array<[componentId: string, interval: StatusInterval]> {
  if (data.kind === 'incident') {
    const state = incidentState(data, now);
    const after = statusesAfterUpdates(data).toReversed();
    const starts = data.updates.toReversed().map((update, index) => (index === 0 ? state.startedAt : update.at));
    return starts.flatMap((start, index) => {
      const end = starts[index + 1] ?? state.resolvedAt ?? now;
      const affected = Object.entries(after[index]).filter(([, status]) => status !== 'operational');
      return end > start ? affected.map(([id, status]): [string, StatusInterval] => [id, { start, end, status }]) : [];
    });
  }
  const state = maintenanceState(data, now);
  if (state.phase === 'cancelled' || state.activeFrom >= now) return [];
  const end = state.activeUntil < now ? state.activeUntil : now;
  return affectedComponents(data).map(([id, status]) => [id, { start: state.activeFrom, end, status }]);
}

/**
 * When a window puts its components under maintenance as far as time alone decides (the phases
 * `in_progress` and `verifying` of `maintenanceState`): from its scheduled start to its scheduled
 * end; with no bounds once an update announced the work as started (it lasts until an update
 * says otherwise); never when it is over or cancelled.
 */
export function maintenanceActiveSpan(data: MaintenanceData): { from?: Date; until?: Date } | undefined {
  const latest = data.updates[0].status;
  if (data.cancelled || latest === 'completed') return undefined;
  if (latest === 'in_progress' || latest === 'verifying') return {};
  return { from: data.scheduled_for, until: data.scheduled_until };
}

/** True while an event affects its components at `now`. */
export function isEventActive(data: EventData, now: Date): boolean {
  if (data.kind === 'incident') return incidentState(data, now).isOpen;
  const span = maintenanceActiveSpan(data);
  return span !== undefined && !(span.from && now < span.from) && !(span.until && now >= span.until);
}

/** True once an event is over: an incident resolved, a window completed or cancelled. Its workaround is history then. */
export function isEventOver(data: EventData, now: Date): boolean {
  if (data.kind === 'incident') return !incidentState(data, now).isOpen;
  const { phase } = maintenanceState(data, now);
  return phase === 'completed' || phase === 'cancelled';
}

/** When an event was first posted: the time of its oldest update. */
export function postedAt(data: EventData): Date {
  return data.updates[data.updates.length - 1].at;
}

/** Sort order of event lists: most recently posted first, then by id for stable output. */
export function newestFirst(a: { id: string; data: EventData }, b: { id: string; data: EventData }): number {
  return postedAt(b.data).getTime() - postedAt(a.data).getTime() || (a.id < b.id ? -1 : 1);
}

/**
 * The components an event names, each with the status it puts them in: an open incident's
 * current ones, a resolved incident's worst, a window's `under_maintenance` (none for a cancelled one).
 */
export function affectedComponents(data: EventData): Array<[componentId: string, status: ComponentStatus]> {
  if (data.kind === 'maintenance') return data.components.map((id) => [id, data.cancelled ? 'operational' : 'under_maintenance']);
  const after = statusesAfterUpdates(data);
  if (data.updates[0].status !== 'resolved') return Object.entries(after[0]);
  const worst: Record<string, ComponentStatus> = { ...data.components };
  for (const statuses of after) for (const [id, status] of Object.entries(statuses)) worst[id] = worseStatus(worst[id] ?? 'operational', status);
  return Object.entries(worst);
}

/** What an incident still promises readers at `now`. */
export interface StandingPromises {
  nextUpdate?: Date;
  /** The promised next update is past due. */
  overdue: boolean;
  eta?: Date;
}

/** The next update and estimate an open incident stands by; none for a resolved incident or a maintenance window. The pages and the notifications show exactly these. */
export function standingPromises(data: EventData, now: Date): StandingPromises {
  if (data.kind !== 'incident' || !incidentState(data, now).isOpen) return { overdue: false };
  return { nextUpdate: data.next_update, overdue: data.next_update !== undefined && data.next_update < now, eta: data.eta };
}

/** The status an update announces as readers see it: the newest update of a cancelled window announces the cancellation. */
export function shownStatus(data: EventData, update: EventData['updates'][number]): EventData['updates'][number]['status'] | 'cancelled' {
  return data.kind === 'maintenance' && data.cancelled && update === data.updates[0] ? 'cancelled' : update.status;
}
