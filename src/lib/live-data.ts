/**
 * The data a page embeds so that its browser script can re-derive time-dependent state after
 * the build: the events whose state can change with time alone, stripped to what that takes.
 */
import type { EventEntry } from '../schemas/incident-schema.ts';

/** What a page embeds. */
export interface LiveData {
  events: EventEntry[];
}

const DATE_FIELDS = new Set(['at', 'started', 'scheduled_for', 'scheduled_until', 'next_update', 'eta']);

/** JSON for a `<script type="application/json">` element; `<` is escaped so no text can close the element. */
export function serializeLiveData(events: readonly EventEntry[]): string {
  const slim = events.map(({ id, data }) => ({
    id,
    data: { ...data, title: '', workaround: undefined, quiet: undefined, updates: data.updates.map(({ status, at }) => ({ status, at })) },
  }));
  return JSON.stringify({ events: slim }).replace(/</g, '\\u003c');
}

/** The embedded data with its timestamps turned back into dates. */
export function parseLiveData(json: string): LiveData {
  return JSON.parse(json, (key, value) => (DATE_FIELDS.has(key) && typeof value === 'string' ? new Date(value) : value)) as LiveData;
}
