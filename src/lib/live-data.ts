/**
 * The data a page embeds so that its browser script can re-derive time-dependent state after
 * the build: the events whose state can change with time alone, stripped to what that takes.
 * Its size follows the catalogue and the maintenance not yet over, never the number of open
 * incidents, so a bad day does not make every page heavier.
 */
import type { EventEntry, IncidentData } from '../schemas/incident-schema.ts';
import { worseImpact, worseStatus } from '../schemas/status-vocabulary.ts';

/** What a page embeds. */
export interface LiveData {
  events: EventEntry[];
}

/** The id of the one record that stands for every open incident. */
export const OPEN_INCIDENTS_ID = 'open-incidents';

const DATE_FIELDS = new Set(['at', 'scheduled_for', 'scheduled_until']);

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

/** JSON for a `<script type="application/json">` element; `<` is escaped so no text can close the element. */
export function serializeLiveData(events: readonly EventEntry[]): string {
  const incidents = events.filter((e): e is EventEntry<IncidentData> => e.data.kind === 'incident');
  const windows = events.flatMap(({ id, data }) =>
    data.kind === 'maintenance'
      ? [{ id, data: { kind: data.kind, components: data.components, scheduled_for: data.scheduled_for, scheduled_until: data.scheduled_until, cancelled: data.cancelled, updates: data.updates.map(({ status, at }) => ({ status, at })) } }]
      : [],
  );
  return JSON.stringify({ events: [...foldIncidents(incidents), ...windows] }).replace(/</g, '\\u003c');
}

/** The embedded data with its timestamps turned back into dates. */
export function parseLiveData(json: string): LiveData {
  return JSON.parse(json, (key, value) => (DATE_FIELDS.has(key) && typeof value === 'string' ? new Date(value) : value)) as LiveData;
}
