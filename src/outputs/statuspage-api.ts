/**
 * The JSON of Atlassian Statuspage's public API v2, built from Upfront content, so that
 * existing clients, monitors and integrations work unchanged. Field names, enums and nesting
 * follow https://metastatuspage.com/api/v2/ ; ids are Upfront's own, stable across builds.
 */
import { createHash } from 'node:crypto';
import type { ComponentCatalog } from '../schemas/components-schema.ts';
import type { EventData, EventEntry, IncidentData, MaintenanceData } from '../schemas/incident-schema.ts';
import type { SiteSettings } from '../schemas/site-settings-schema.ts';
import { worseStatus, type ComponentStatus, type MaintenancePhase } from '../schemas/status-vocabulary.ts';
import { currentComponentStatuses, overallStatus, type OverallStatus } from '../core/current-status.ts';
import { affectedComponents, incidentState, maintenanceState, postedAt, statusesAfterUpdates } from '../core/event-state.ts';
import { absoluteUrl, eventPath, sitePath, updateAnchor } from '../core/site-paths.ts';
import { byEventTime } from '../status/event-history.ts';
import { liveNow } from '../status/live-now.ts';
import { watchDay, watchStarts } from '../core/watched-time.ts';

/** The API's files, below `/api/v2/`. */
export const API_FILES = [
  'summary.json',
  'status.json',
  'components.json',
  'incidents.json',
  'incidents/unresolved.json',
  'scheduled-maintenances.json',
  'scheduled-maintenances/upcoming.json',
  'scheduled-maintenances/active.json',
] as const;

/** The name of one API file. */
export type ApiFile = (typeof API_FILES)[number];

/** How many incidents or maintenances the list endpoints return, as Statuspage does. */
export const API_LIST_LIMIT = 50;

type Json = Record<string, unknown>;

/** Everything the API is built from. */
export interface ApiInput {
  settings: SiteSettings;
  catalog: ComponentCatalog;
  /** Newest first. */
  events: readonly EventEntry[];
  now: Date;
}

const iso = (date: Date) => date.toISOString();

/** The page id: a hash of the site's address, so it stays the same from build to build. */
export function pageId(settings: SiteSettings): string {
  return createHash('sha256').update(`${settings.url}${settings.base}`).digest('hex').slice(0, 12);
}

/**
 * `status.description` as Statuspage writes it, in English whatever the site's language: clients
 * and monitors match on these strings as on the enums, so they are part of the API, not words.
 */
const STATUSPAGE_DESCRIPTIONS: Record<OverallStatus['tone'], string> = {
  none: 'All Systems Operational',
  maintenance: 'Service Under Maintenance',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major System Outage',
};

const MAINTENANCE_STATUS: Record<MaintenancePhase, string> = {
  upcoming: 'scheduled',
  in_progress: 'in_progress',
  verifying: 'verifying',
  completed: 'completed',
  // Statuspage has no cancelled state; a cancelled window is over, with its update saying why.
  cancelled: 'completed',
};

/** Statuspage's own words for the updates it posts by itself when a window starts or ends on schedule. */
export const AUTOMATIC_UPDATE_BODIES = {
  in_progress: 'Scheduled maintenance is currently in progress. We will provide updates as necessary.',
  completed: 'The scheduled maintenance has been completed.',
} as const;

/** One update as the API lists it. */
export interface ApiUpdate {
  status: string;
  at: Date;
  body: string;
  quiet: boolean;
  /** Posted by the clock, as Statuspage posts it, rather than written in the file. */
  automatic: boolean;
}

/**
 * The updates of an event as Statuspage lists them, newest first, so that the newest always
 * carries the event's status: a window that the clock alone started or ended gets the automatic
 * updates Statuspage would post (at the scheduled start and end), and a cancelled window's last
 * update says `completed`, Statuspage's state for a window that is over.
 */
export function apiUpdates(data: EventData, now: Date): ApiUpdate[] {
  const posted: ApiUpdate[] = data.updates.map((u) => ({ status: u.status, at: u.at, body: u.message, quiet: u.quiet, automatic: false }));
  if (data.kind === 'incident') return posted;
  const { phase } = maintenanceState(data, now);
  if (phase === 'cancelled') return [{ ...posted[0], status: MAINTENANCE_STATUS.cancelled }, ...posted.slice(1)];
  const automatic = (status: keyof typeof AUTOMATIC_UPDATE_BODIES, at: Date): ApiUpdate => ({
    status,
    at,
    body: AUTOMATIC_UPDATE_BODIES[status],
    quiet: data.quiet,
    automatic: true,
  });
  // Only an update still saying `scheduled` leaves the start (and the end) to the clock.
  if (posted[0].status !== 'scheduled') return posted;
  if (phase === 'in_progress') return [automatic('in_progress', data.scheduled_for), ...posted];
  if (phase === 'completed') return [automatic('completed', data.scheduled_until), automatic('in_progress', data.scheduled_for), ...posted];
  return posted;
}

/** A component's change of status made by one update. */
export interface ComponentChange {
  componentId: string;
  old_status: ComponentStatus;
  new_status: ComponentStatus;
}

const WINDOW_COMPONENT_STATUS: Record<string, ComponentStatus | undefined> = {
  in_progress: 'under_maintenance',
  verifying: 'under_maintenance',
  completed: 'operational',
};

/**
 * Statuspage's `affected_components` of each of `updates` (as `apiUpdates` lists them, newest
 * first): exactly the changes that update made, so the first one of an incident sets its
 * components' statuses, a later one only what it changed, and the resolution returns them to
 * operational; a window's start puts its components under maintenance and its end takes them out.
 */
export function componentChangesByUpdate(data: EventData, updates: readonly ApiUpdate[]): ComponentChange[][] {
  const after: ReadonlyArray<Readonly<Record<string, ComponentStatus>>> =
    data.kind === 'incident'
      ? statusesAfterUpdates(data)
      : updates
          .toReversed()
          .reduce<Array<Record<string, ComponentStatus>>>((list, update) => {
            const before = list.at(-1) ?? Object.fromEntries(data.components.map((id) => [id, 'operational' as const]));
            const status = WINDOW_COMPONENT_STATUS[update.status];
            list.push(status ? Object.fromEntries(data.components.map((id) => [id, status])) : before);
            return list;
          }, [])
          .toReversed();
  return after.map((statuses, index) => {
    const before = after[index + 1] ?? {};
    return Object.entries(statuses)
      .map(([componentId, status]) => ({ componentId, old_status: before[componentId] ?? 'operational', new_status: status }))
      .filter((change) => change.old_status !== change.new_status);
  });
}

/** The objects the API files and the webhook payloads are made of, built once. */
export interface StatuspageObjects {
  page: Json;
  /** `{ indicator, description }` of the whole page at `now`. */
  status: { indicator: string; description: string };
  /** Groups, each followed by its members. */
  components: Json[];
  componentById: ReadonlyMap<string, Json>;
  /** An incident or maintenance as the API shows it. */
  eventObject(entry: EventEntry): Json;
  /** Incidents open at `now`, newest first. */
  unresolved: EventEntry<IncidentData>[];
}

/** The shared objects of the API at `now`. */
export function statuspageObjects({ settings, catalog, events, now }: ApiInput): StatuspageObjects {
  const page_id = pageId(settings);
  const statuses = currentComponentStatuses(events, now);
  const times = events.flatMap((e) => e.data.updates.map((u) => u.at.getTime()));
  const firstTime = new Date(Math.min(now.getTime(), ...times));
  const page = {
    id: page_id,
    name: settings.name,
    url: absoluteUrl(settings.url, sitePath(settings.base)),
    time_zone: settings.time_zone,
    updated_at: iso(new Date(Math.max(firstTime.getTime(), ...times))),
  };
  const lastChange = (componentId: string, created: Date) => {
    const touching = events.filter((e) => affectedComponents(e.data).some(([id]) => id === componentId));
    return new Date(Math.max(created.getTime(), ...touching.map((e) => e.data.updates[0].at.getTime())));
  };
  // A component exists from when it was first watched (Statuspage's `start_date`), else from the first post.
  const started = watchStarts(settings.tracking_since, settings.time_zone);

  const componentObjects: Json[] = [];
  const byId = new Map<string, Json>();
  catalog.groups.forEach((group, groupIndex) => {
    const members = group.components.map((component, index) => {
      const created = started(component) ?? firstTime;
      const object = {
        id: component.id,
        name: component.name,
        status: statuses.get(component.id) ?? 'operational',
        created_at: iso(created),
        updated_at: iso(lastChange(component.id, created)),
        position: index + 1,
        description: component.description ?? null,
        showcase: true,
        start_date: watchDay(component, settings.tracking_since) ?? null,
        group_id: group.id,
        page_id,
        group: false,
        only_show_if_degraded: false,
      };
      byId.set(component.id, object);
      return object;
    });
    const latest = members
      .map((m) => m.updated_at)
      .sort()
      .at(-1)!;
    componentObjects.push(
      {
        id: group.id,
        name: group.name,
        status: members.map((m) => m.status as ComponentStatus).reduce(worseStatus),
        created_at: members.map((m) => m.created_at).sort()[0],
        updated_at: latest,
        position: groupIndex + 1,
        description: group.description ?? null,
        showcase: false,
        start_date: null,
        group_id: null,
        page_id,
        group: true,
        only_show_if_degraded: false,
        components: members.map((m) => m.id),
      },
      ...members,
    );
  });

  const eventObject = ({ id, data }: EventEntry): Json => {
    const incident = data.kind === 'incident' ? incidentState(data, now) : undefined;
    const maintenance = data.kind === 'maintenance' ? maintenanceState(data, now) : undefined;
    const affected = affectedComponents(data);
    const monitoring = data.updates.find((u) => u.status === 'monitoring');
    const updates = apiUpdates(data, now);
    const changes = componentChangesByUpdate(data, updates);
    const object: Json = {
      id,
      name: data.title,
      status: incident ? incident.status : MAINTENANCE_STATUS[maintenance!.phase],
      created_at: iso(postedAt(data)),
      updated_at: iso(updates[0].at),
      monitoring_at: monitoring ? iso(monitoring.at) : null,
      resolved_at: incident?.resolvedAt
        ? iso(incident.resolvedAt)
        : maintenance?.phase === 'completed' || maintenance?.phase === 'cancelled'
          ? iso(maintenance.activeUntil)
          : null,
      impact: data.kind === 'incident' ? data.impact : 'maintenance',
      shortlink: absoluteUrl(settings.url, eventPath(settings.base, id)),
      started_at: iso(incident ? incident.startedAt : maintenance!.activeFrom),
      page_id,
      incident_updates: updates.map((update, index) => ({
        id: `${id}-${updateAnchor(update.at)}${update.automatic ? '-automatic' : ''}`,
        status: update.status,
        body: update.body,
        incident_id: id,
        created_at: iso(update.at),
        updated_at: iso(update.at),
        display_at: iso(update.at),
        // Statuspage writes null for an update that changed no component.
        affected_components:
          changes[index].length === 0
            ? null
            : changes[index].map(({ componentId, ...change }) => ({
                code: componentId,
                name: (byId.get(componentId)?.name as string) ?? componentId,
                ...change,
              })),
        deliver_notifications: !data.quiet && !update.quiet,
        custom_tweet: null,
        tweet_id: null,
      })),
      components: affected.map(([componentId]) => byId.get(componentId)).filter((c): c is Json => c !== undefined),
    };
    if (data.kind === 'maintenance') Object.assign(object, { scheduled_for: iso(data.scheduled_for), scheduled_until: iso(data.scheduled_until) });
    // Upfront's own field (docs/feeds-and-api.md): Statuspage clients ignore fields they do not know.
    else object.compensation = data.compensation ?? null;
    return object;
  };

  const unresolved = liveNow(events, now).incidents;
  const overall = overallStatus(statuses, unresolved);
  return {
    page,
    status: { indicator: overall.indicator, description: STATUSPAGE_DESCRIPTIONS[overall.tone] },
    components: componentObjects,
    componentById: byId,
    eventObject,
    unresolved,
  };
}

/** The API built once for all its endpoints. */
export function statuspageApi(input: ApiInput): Record<ApiFile, Json> {
  const { events, now } = input;
  const { page, status, components: componentObjects, eventObject, unresolved } = statuspageObjects(input);
  const incidents = events.filter((e): e is EventEntry<IncidentData> => e.data.kind === 'incident');
  // Latest scheduled start first: history's order for maintenance.
  const maintenances = events.filter((e): e is EventEntry<MaintenanceData> => e.data.kind === 'maintenance').sort(byEventTime);
  const { active, upcoming } = liveNow(events, now);

  return {
    'summary.json': {
      page,
      components: componentObjects,
      incidents: unresolved.map(eventObject),
      scheduled_maintenances: [...active, ...upcoming].map(eventObject),
      status,
    },
    'status.json': { page, status },
    'components.json': { page, components: componentObjects },
    'incidents.json': { page, incidents: incidents.slice(0, API_LIST_LIMIT).map(eventObject) },
    'incidents/unresolved.json': { page, incidents: unresolved.map(eventObject) },
    'scheduled-maintenances.json': { page, scheduled_maintenances: maintenances.slice(0, API_LIST_LIMIT).map(eventObject) },
    'scheduled-maintenances/upcoming.json': { page, scheduled_maintenances: upcoming.map(eventObject) },
    'scheduled-maintenances/active.json': { page, scheduled_maintenances: active.map(eventObject) },
  };
}

/** The API's files, by path below `/api/v2/`. */
export type StatuspageApi = Record<ApiFile, Json>;
