/** The page's state at `now`: component statuses, overall indicator, open events and uptime. */
import { worseStatus, type ComponentStatus } from '../schemas/status-vocabulary.ts';
import type { ComponentCatalog, ComponentGroup, Component } from '../schemas/components-schema.ts';
import type { EventEntry, IncidentData, MaintenanceData } from '../schemas/incident-schema.ts';
import { currentComponentStatuses, overallStatus, type OverallStatus } from '../core/current-status.ts';
import { eventIntervals, maintenanceState, postedAt } from '../core/event-state.ts';
import { byEventTime, componentHistories, type ComponentHistory } from './event-history.ts';
import { liveNow } from './live-now.ts';
import type { WatchStarts } from '../core/watched-time.ts';
import { componentUptime, dayPeriods, groupUptime, monthPeriods, type EventInterval, type Period, type PeriodUptime, type UptimeSummary } from './uptime.ts';

/** Days of history shown as uptime bars. */
export const UPTIME_DAYS = 90;
/** Days of recent incidents listed on the home page. */
export const RECENT_DAYS = 14;
/** Months in the uptime report and on component pages. */
export const REPORT_MONTHS = 12;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A component with its current status and uptime. */
export interface ComponentOverview {
  component: Component;
  status: ComponentStatus;
  uptime: UptimeSummary;
}

/** A group with its members, worst status and uptime. */
export interface GroupOverview {
  group: ComponentGroup;
  status: ComponentStatus;
  uptime: UptimeSummary;
  components: ComponentOverview[];
}

/** Everything the home page shows. */
/** One component as its pages show it: its group, its uptime by day and by month, and its history. */
export interface ComponentRow {
  group: GroupOverview;
  daily: ComponentOverview;
  monthly: ComponentOverview;
  history: ComponentHistory;
}

/** One month of the uptime report: each group's figures and its components'. */
export interface ReportMonth {
  period: Period;
  /** The month in progress, whose figures are so far. */
  current: boolean;
  groups: Array<{ group: ComponentGroup; period: PeriodUptime; components: Array<{ component: Component; period: PeriodUptime }> }>;
}

/** The report's months, newest first, each holding the groups and components of that month; none before monitoring began. */
function uptimeReport(monthly: readonly GroupOverview[]): ReportMonth[] {
  const months = monthly[0]?.uptime.periods ?? [];
  return months
    .map((period, index) => ({
      watched: monthly.some(({ uptime }) => uptime.periods[index].watchedMs > 0),
      period,
      current: index === months.length - 1,
      groups: monthly.map(({ group, uptime, components }) => ({
        group,
        period: uptime.periods[index],
        components: components.map(({ component, uptime: own }) => ({ component, period: own.periods[index] })),
      })),
    }))
    .filter(({ watched }) => watched)
    .map(({ watched: _, ...month }) => month)
    .toReversed();
}

/** Each component with its daily and monthly figures and its history, paired once here rather than by index in pages. */
function componentRows(groups: readonly GroupOverview[], monthly: readonly GroupOverview[], histories: ReadonlyMap<string, ComponentHistory>): ComponentRow[] {
  return groups.flatMap((group, g) =>
    group.components.map((daily, c) => ({
      group,
      daily,
      monthly: monthly[g].components[c],
      history: histories.get(daily.component.id) ?? { recent: [], years: [] },
    })),
  );
}

export interface StatusOverview {
  overall: OverallStatus;
  /** Uptime by day over the last UPTIME_DAYS days. */
  groups: GroupOverview[];
  /** Uptime by month over the last REPORT_MONTHS months. */
  monthly: GroupOverview[];
  /** Every component with what its page shows, in catalogue order. */
  components: ComponentRow[];
  /** The uptime report, one month each, the current month first. */
  report: ReportMonth[];
  openIncidents: EventEntry<IncidentData>[];
  /** In progress first, then upcoming soonest first. */
  maintenance: EventEntry<MaintenanceData>[];
  /** Completed and cancelled windows scheduled within the last UPTIME_DAYS days, latest first. */
  pastMaintenance: EventEntry<MaintenanceData>[];
  /** How many completed and cancelled windows were scheduled before those days (the history lists them). */
  olderMaintenance: number;
  /** Incidents and maintenance posted in the last RECENT_DAYS days, newest first. */
  recent: EventEntry[];
  /** Open incidents and maintenance not yet over: the events whose state can change with time alone. */
  live: EventEntry[];
  /** Each component's history by the days of its bar and by year (components nothing affected have none). */
  histories: Map<string, ComponentHistory>;
}

const isMaintenance = (e: EventEntry): e is EventEntry<MaintenanceData> => e.data.kind === 'maintenance';

/** Status intervals per component, each naming its event, for the events that may overlap [since, now]. */
export function intervalsByComponent(events: readonly EventEntry[], since: Date, now: Date): Map<string, EventInterval[]> {
  const byComponent = new Map<string, EventInterval[]>();
  for (const { id: eventId, data } of events) {
    for (const [id, interval] of eventIntervals(data, now)) {
      if (interval.end <= since) continue;
      const list = byComponent.get(id) ?? [];
      list.push({ ...interval, eventId });
      byComponent.set(id, list);
    }
  }
  return byComponent;
}

/** Every group and component with its status and its uptime over `periods`, counted from each one's watch start. */
function catalogOverview(
  catalog: ComponentCatalog,
  events: readonly EventEntry[],
  statuses: ReadonlyMap<string, ComponentStatus>,
  periods: Period[],
  now: Date,
  watchedFrom: WatchStarts,
): GroupOverview[] {
  const intervals = intervalsByComponent(events, periods[0].start, now);
  return catalog.groups.map((group) => {
    const components = group.components.map((component) => ({
      component,
      status: statuses.get(component.id) ?? 'operational',
      uptime: componentUptime(intervals.get(component.id) ?? [], periods, watchedFrom(component)),
    }));
    return {
      group,
      components,
      status: components.map((c) => c.status).reduce(worseStatus),
      uptime: groupUptime(components.map((c) => c.uptime)),
    };
  });
}

/** The whole site's state at `now`, with days and months cut in `zone`, uptime counted from each component's watch start. Events must be newest first. */
export function statusOverview(
  catalog: ComponentCatalog,
  events: readonly EventEntry[],
  now: Date,
  zone: string,
  watchedFrom: WatchStarts = () => undefined,
): StatusOverview {
  const statuses = currentComponentStatuses(events, now);
  const live = liveNow(events, now);
  const openIncidents = live.incidents;
  const maintenance = [...live.active, ...live.upcoming];
  const recentSince = now.getTime() - RECENT_DAYS * DAY_MS;
  const days = dayPeriods(now, zone, UPTIME_DAYS);
  const past = events
    .filter(isMaintenance)
    .filter((e) => ['completed', 'cancelled'].includes(maintenanceState(e.data, now).phase))
    .sort(byEventTime);
  const recentPast = past.filter((e) => e.data.scheduled_for >= days[0].start);
  const groups = catalogOverview(catalog, events, statuses, days, now, watchedFrom);
  const monthly = catalogOverview(catalog, events, statuses, monthPeriods(now, zone, REPORT_MONTHS), now, watchedFrom);
  const histories = componentHistories(events, days[0].start, zone);
  return {
    overall: overallStatus(statuses, openIncidents),
    groups,
    monthly,
    components: componentRows(groups, monthly, histories),
    report: uptimeReport(monthly),
    openIncidents,
    maintenance,
    pastMaintenance: recentPast,
    olderMaintenance: past.length - recentPast.length,
    recent: events.filter((e) => {
      // An incident is recent from its first post; a window only once its time has come, so one
      // announced today for next week is upcoming maintenance and nothing else.
      const at = e.data.kind === 'incident' ? postedAt(e.data) : e.data.scheduled_for;
      return at.getTime() >= recentSince && at <= now;
    }),
    live: [...openIncidents, ...maintenance],
    histories,
  };
}
