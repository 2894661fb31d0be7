/**
 * The data a page embeds so that its browser script can re-derive time-dependent state after
 * the build, and only what that page shows: the maintenance windows whose phase it names, and,
 * on a page that shows current statuses or the banner, what those follow from (open incidents
 * folded into one record, and every window not yet over). A page's weight never follows the
 * number of open incidents, and a page that shows no live state embeds nothing.
 */
import type { EventEntry, IncidentData, MaintenanceData } from '../schemas/incident-schema.ts';
import { worseImpact, worseStatus } from '../schemas/status-vocabulary.ts';
import { isoUtc } from './format-time.ts';

/** What a page embeds. */
export interface LiveData {
  /** True when `events` holds everything current statuses and the banner derive from. */
  status: boolean;
  /** Windows by id for the phases the page names; with `status`, also every open window and the folded incidents. */
  events: EventEntry[];
}

/** What a page's markup asks of its browser script: the windows whose phase it names, and whether it shows statuses. */
export interface LiveNeeds {
  status: boolean;
  windowIds: ReadonlySet<string>;
}

/** The id of the one record that stands for every open incident. */
export const OPEN_INCIDENTS_ID = 'open-incidents';

const DATE_FIELDS = new Set(['at', 'scheduled_for', 'scheduled_until']);

// The attributes and class the browser script looks for (`[data-phase-of]`, `[data-component]`,
// `[data-members]`, `.banner`): what a page contains decides what it embeds, so no page can
// forget to ask for what it shows.
const PHASE_OF = /\bdata-phase-of="([^"]+)"/g;
const SHOWS_STATUS = /\bdata-(?:component|members)="|\bclass="banner[ "]/;

/** What the rendered `html` of a page's content needs from the live data. */
export function liveNeeds(html: string): LiveNeeds {
  return { status: SHOWS_STATUS.test(html), windowIds: new Set(Array.from(html.matchAll(PHASE_OF), (m) => m[1])) };
}

/**
 * Open incidents folded into one: each affected component at its worst status, and the worst
 * impact. Time alone never closes an incident, so for the component statuses and the banner the
 * browser derives, the one record means exactly what all of them do.
 */
function foldIncidents(incidents: readonly EventEntry<IncidentData>[]): Array<{ id: string; data: object }> {
  if (incidents.length === 0) return [];
  const components: Record<string, IncidentData['components'][string]> = {};
  for (const { data } of incidents) {
    for (const [id, status] of Object.entries(data.components)) components[id] = components[id] ? worseStatus(components[id], status) : status;
  }
  const impact = incidents.map((e) => e.data.impact).reduce(worseImpact);
  // One update that is not `resolved` keeps the record open; what it derives never depends on its
  // time, so a fixed one keeps every page's bytes the same whichever incidents are open.
  return [{ id: OPEN_INCIDENTS_ID, data: { kind: 'incident', impact, components, updates: [{ status: 'investigating', at: new Date(0) }] } }];
}

/**
 * A window with what its phase is derived from: the schedule, and of its updates the newest,
 * the first that started the work and the first post (see `maintenanceState`).
 */
function windowRecord({ id, data }: EventEntry<MaintenanceData>): { id: string; data: object } {
  const start = data.updates.findLast((u) => u.status === 'in_progress');
  const updates = [...new Set([data.updates[0], start, data.updates.at(-1)])].flatMap((u) => (u ? [{ status: u.status, at: u.at }] : []));
  const { kind, components, scheduled_for, scheduled_until, cancelled } = data;
  return { id, data: { kind, components, scheduled_for, scheduled_until, cancelled, updates } };
}

/**
 * The JSON for a page's `<script type="application/json">` element, from the events whose state
 * can change with time alone (open incidents, windows not yet over); `<` is escaped so that no
 * text can close the element. Dates are written to the second, as everywhere in Upfront.
 */
export function serializeLiveData(live: readonly EventEntry[], needs: LiveNeeds): string {
  const windows = live.filter((e): e is EventEntry<MaintenanceData> => e.data.kind === 'maintenance' && (needs.status || needs.windowIds.has(e.id)));
  const incidents = needs.status ? live.filter((e): e is EventEntry<IncidentData> => e.data.kind === 'incident') : [];
  const data = { status: needs.status, events: [...foldIncidents(incidents), ...windows.map(windowRecord)] };
  return JSON.stringify(data, function (key, value) {
    return DATE_FIELDS.has(key) && this[key] instanceof Date ? isoUtc(this[key]) : value;
  }).replace(/</g, '\\u003c');
}

/** The embedded data with its timestamps turned back into dates. */
export function parseLiveData(json: string): LiveData {
  return JSON.parse(json, (key, value) => (DATE_FIELDS.has(key) && typeof value === 'string' ? new Date(value) : value)) as LiveData;
}
