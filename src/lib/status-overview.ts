/** The page's state at `now`: component statuses, overall indicator, open events and uptime. */
import { worseImpact, worseStatus, type ComponentStatus, type Impact } from '../schemas/status-vocabulary.ts';
import type { ComponentCatalog, ComponentGroup, Component } from '../schemas/components-schema.ts';
import type { EventEntry, IncidentData, MaintenanceData } from '../schemas/incident-schema.ts';
import { affectedComponents, eventIntervals, isEventActive, maintenanceState, postedAt, type StatusInterval } from './event-state.ts';
import { componentUptime, dayBuckets, groupUptime, type UptimeSummary } from './uptime.ts';

/** Days of history shown as uptime bars. */
export const UPTIME_DAYS = 90;
/** Days of recent incidents listed on the home page. */
export const RECENT_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The overall indicator and its description, in Statuspage's words. */
export interface OverallStatus {
  indicator: Impact;
  description: string;
  /** How the banner looks: the indicator, or `maintenance` when maintenance is all that is going on. */
  tone: Impact | 'maintenance';
}

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
export interface StatusOverview {
  overall: OverallStatus;
  groups: GroupOverview[];
  openIncidents: EventEntry<IncidentData>[];
  activeMaintenance: EventEntry<MaintenanceData>[];
  upcomingMaintenance: EventEntry<MaintenanceData>[];
  /** Incidents and maintenance posted in the last RECENT_DAYS days, newest first. */
  recent: EventEntry[];
}

const isIncident = (e: EventEntry): e is EventEntry<IncidentData> => e.data.kind === 'incident';
const isMaintenance = (e: EventEntry): e is EventEntry<MaintenanceData> => e.data.kind === 'maintenance';

/** Each component's current status: the worst among active events affecting it. */
export function currentComponentStatuses(events: readonly EventEntry[], now: Date): Map<string, ComponentStatus> {
  const statuses = new Map<string, ComponentStatus>();
  for (const { data } of events) {
    if (!isEventActive(data, now)) continue;
    for (const [id, status] of affectedComponents(data)) statuses.set(id, worseStatus(statuses.get(id) ?? 'operational', status));
  }
  return statuses;
}

const STATUS_INDICATOR: Record<ComponentStatus, Impact> = {
  operational: 'none',
  under_maintenance: 'none',
  degraded_performance: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
};

const INDICATOR_DESCRIPTION: Record<Impact, string> = {
  none: 'All Systems Operational',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major System Outage',
};

/** The overall indicator: the worst of open incidents' impacts and of component statuses. */
export function overallStatus(statuses: ReadonlyMap<string, ComponentStatus>, openIncidents: readonly EventEntry<IncidentData>[]): OverallStatus {
  let indicator: Impact = 'none';
  for (const incident of openIncidents) indicator = worseImpact(indicator, incident.data.impact);
  for (const status of statuses.values()) indicator = worseImpact(indicator, STATUS_INDICATOR[status]);
  const underMaintenance = [...statuses.values()].includes('under_maintenance');
  const maintenanceOnly = indicator === 'none' && underMaintenance;
  return { indicator, description: maintenanceOnly ? 'Service Under Maintenance' : INDICATOR_DESCRIPTION[indicator], tone: maintenanceOnly ? 'maintenance' : indicator };
}

/** Status intervals per component for the events that may overlap [since, now]. */
export function intervalsByComponent(events: readonly EventEntry[], since: Date, now: Date): Map<string, StatusInterval[]> {
  const byComponent = new Map<string, StatusInterval[]>();
  for (const { data } of events) {
    for (const [id, interval] of eventIntervals(data, now)) {
      if (interval.end <= since) continue;
      const list = byComponent.get(id) ?? [];
      list.push(interval);
      byComponent.set(id, list);
    }
  }
  return byComponent;
}

/** The whole home-page state at `now`, with days cut in `zone`. Events must be newest first. */
export function statusOverview(catalog: ComponentCatalog, events: readonly EventEntry[], now: Date, zone: string): StatusOverview {
  const statuses = currentComponentStatuses(events, now);
  const buckets = dayBuckets(now, zone, UPTIME_DAYS);
  const intervals = intervalsByComponent(events, buckets[0].start, now);
  const groups = catalog.groups.map((group) => {
    const components = group.components.map((component) => ({
      component,
      status: statuses.get(component.id) ?? 'operational',
      uptime: componentUptime(intervals.get(component.id) ?? [], buckets),
    }));
    return {
      group,
      components,
      status: components.map((c) => c.status).reduce(worseStatus),
      uptime: groupUptime(components.map((c) => c.uptime)),
    };
  });
  const openIncidents = events.filter(isIncident).filter((e) => isEventActive(e.data, now));
  const maintenance = events.filter(isMaintenance);
  const phases = new Map(maintenance.map((e) => [e.id, maintenanceState(e.data, now).phase]));
  const recentSince = now.getTime() - RECENT_DAYS * DAY_MS;
  return {
    overall: overallStatus(statuses, openIncidents),
    groups,
    openIncidents,
    activeMaintenance: maintenance.filter((e) => ['in_progress', 'verifying'].includes(phases.get(e.id) ?? '')),
    upcomingMaintenance: maintenance
      .filter((e) => phases.get(e.id) === 'upcoming')
      .sort((a, b) => a.data.scheduled_for.getTime() - b.data.scheduled_for.getTime()),
    recent: events.filter((e) => postedAt(e.data).getTime() >= recentSince),
  };
}
