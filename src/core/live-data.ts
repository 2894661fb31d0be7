/**
 * The data a page embeds so that its browser script can re-derive time-dependent state after
 * the build, and only what that page shows: the maintenance windows whose phase it names, and,
 * on a page that shows current statuses or the banner, what those follow from, compactly (the
 * open incidents folded into one record; each window not yet over as the span in which it puts
 * its components under maintenance). A page's weight never follows the number of open
 * incidents, and a page that shows no live state embeds nothing.
 */
import type { EventEntry, IncidentData, MaintenanceData } from '../schemas/incident-schema.ts';
import { worseImpact, worseStatus, type ComponentStatus, type Impact } from '../schemas/status-vocabulary.ts';
import { affectedComponents, maintenanceActiveSpan } from './event-state.ts';
import { isoUtc } from './format-time.ts';

/** What a page embeds, as the browser script uses it: events for the pure modules the build uses too. */
export interface LiveData {
  /** On a page that shows current statuses or the banner: the events they derive from. */
  status?: EventEntry[];
  /** The windows whose phase the page names, not yet over. */
  windows: EventEntry<MaintenanceData>[];
}

/** What a page's markup asks of its browser script: the windows whose phase it names, and whether it shows statuses. */
export interface LiveNeeds {
  status: boolean;
  windowIds: ReadonlySet<string>;
}

/** The embedded form of the status part: incidents folded, windows as `[from ms, until ms, "component ids"]` (null: unbounded). */
interface CompactStatus {
  incidents?: { impact: Impact; components: Record<string, ComponentStatus> };
  windows: Array<[from: number | null, until: number | null, components: string]>;
}

/** The id of the one record that stands for every open incident. */
const OPEN_INCIDENTS_ID = 'open-incidents';

const DATE_FIELDS = new Set(['at', 'scheduled_for', 'scheduled_until']);
const EPOCH = new Date(0);

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
function foldIncidents(incidents: readonly EventEntry<IncidentData>[]): CompactStatus['incidents'] {
  if (incidents.length === 0) return undefined;
  const components: Record<string, ComponentStatus> = {};
  for (const { data } of incidents) {
    for (const [id, status] of affectedComponents(data)) components[id] = components[id] ? worseStatus(components[id], status) : status;
  }
  return { impact: incidents.map((e) => e.data.impact).reduce(worseImpact), components };
}

/** The status part: what current statuses and the banner derive from, without a word of text. */
function compactStatus(live: readonly EventEntry[]): CompactStatus {
  const windows = live.flatMap(({ data }): CompactStatus['windows'] => {
    const span = data.kind === 'maintenance' ? maintenanceActiveSpan(data) : undefined;
    return span && data.kind === 'maintenance' ? [[span.from?.getTime() ?? null, span.until?.getTime() ?? null, data.components.join(' ')]] : [];
  });
  return { incidents: foldIncidents(live.filter((e): e is EventEntry<IncidentData> => e.data.kind === 'incident')), windows };
}

/**
 * A window with what its phase is derived from: the schedule, and of its updates the newest,
 * the first that started the work and the first post (see `maintenanceState`).
 */
function windowRecord({ id, data }: EventEntry<MaintenanceData>): EventEntry<MaintenanceData> {
  const start = data.updates.findLast((u) => u.status === 'in_progress');
  const updates = [...new Set([data.updates[0], start, data.updates.at(-1)])].flatMap((u) => (u ? [{ status: u.status, at: u.at }] : []));
  const { kind, components, scheduled_for, scheduled_until, cancelled } = data;
  return { id, data: { kind, components, scheduled_for, scheduled_until, cancelled, updates } as MaintenanceData };
}

// Every page of a build serializes from the same list: its parts are worked out once, so that a
// page's cost does not follow the number of events that are live.
const indexes = new WeakMap<readonly EventEntry[], { windowsById: Map<string, EventEntry<MaintenanceData>>; status: CompactStatus }>();

function indexed(live: readonly EventEntry[]) {
  let index = indexes.get(live);
  if (!index) {
    const windows = live.filter((e): e is EventEntry<MaintenanceData> => e.data.kind === 'maintenance');
    indexes.set(live, (index = { windowsById: new Map(windows.map((e) => [e.id, windowRecord(e)])), status: compactStatus(live) }));
  }
  return index;
}

/**
 * The JSON for a page's `<script type="application/json">` element, from the events whose state
 * can change with time alone (open incidents, windows not yet over); `<` is escaped so that no
 * text can close the element. Dates are written to the second, as everywhere in Upfront.
 */
export function serializeLiveData(live: readonly EventEntry[], needs: LiveNeeds): string {
  const { windowsById, status } = indexed(live);
  const windows = [...needs.windowIds].flatMap((id) => windowsById.get(id) ?? []);
  const data = { ...(needs.status && { status }), windows };
  return JSON.stringify(data, function (key, value) {
    return DATE_FIELDS.has(key) && this[key] instanceof Date ? isoUtc(this[key]) : value;
  }).replace(/</g, '\\u003c');
}

/**
 * The status part as events the build's pure modules take: the folded incidents as one open
 * incident, each span as a window that time alone makes active exactly then.
 */
function statusEvents({ incidents, windows }: CompactStatus): EventEntry[] {
  const folded: EventEntry[] = incidents
    ? [{ id: OPEN_INCIDENTS_ID, data: { kind: 'incident', ...incidents, updates: [{ status: 'investigating', at: EPOCH }] } as unknown as IncidentData }]
    : [];
  return folded.concat(
    windows.map(([from, until, components], index) => ({
      id: `span-${index}`,
      data: {
        kind: 'maintenance',
        components: components.split(' '),
        scheduled_for: from === null ? EPOCH : new Date(from),
        scheduled_until: until === null ? EPOCH : new Date(until),
        cancelled: false,
        // A bounded span is a scheduled window; an unbounded one, work announced as started.
        updates: [{ status: from === null ? 'in_progress' : 'scheduled', at: EPOCH }],
      } as unknown as MaintenanceData,
    })),
  );
}

/** The embedded data, as the browser script uses it. */
export function parseLiveData(json: string): LiveData {
  const parsed = JSON.parse(json, (key, value) => (DATE_FIELDS.has(key) && typeof value === 'string' ? new Date(value) : value)) as {
    status?: CompactStatus;
    windows: LiveData['windows'];
  };
  return { ...(parsed.status && { status: statusEvents(parsed.status) }), windows: parsed.windows };
}
