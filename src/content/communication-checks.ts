/**
 * Checks that keep outage communication honest and regular, as warnings (`--strict` makes them
 * errors): promise the next update and keep the promise, update often, explain the resolution,
 * say what customers get for a long serious outage, follow a serious incident with a postmortem,
 * announce maintenance early, and only open an incident for something that affects a component.
 */
import { warning, type Diagnostic } from '../core/diagnostics.ts';
import { incidentState } from '../core/event-state.ts';
import { AUTHOR_REGION, formatDuration } from '../core/format-time.ts';
import type { EventSource } from './parse-event-file.ts';
import type { EventEntry } from '../schemas/incident-schema.ts';
import type { PostmortemEntry } from '../schemas/postmortem-schema.ts';
import type { SiteSettings } from '../schemas/site-settings-schema.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** What the checks read. */
export interface CommunicationInput {
  events: readonly EventEntry[];
  postmortems: readonly PostmortemEntry[];
  sources: ReadonlyMap<string, EventSource>;
  thresholds: SiteSettings['checks'];
  now: Date;
}

/** Every communication warning, located at the field or update it is about. */
export function communicationWarnings({ events, postmortems, sources, thresholds, now }: CommunicationInput): Diagnostic[] {
  const withPostmortem = new Set(postmortems.map((p) => p.id));
  const warnings: Diagnostic[] = [];
  for (const { id, data } of events) {
    const source = sources.get(id);
    if (!source) continue;
    const at = (position: { line: number; column: number }, message: string) => warnings.push(warning(source.file, position.line, position.column, message));
    if (data.kind === 'maintenance') {
      const noticeMs = data.scheduled_for.getTime() - data.updates[data.updates.length - 1].at.getTime();
      if (!data.cancelled && noticeMs < thresholds.maintenance_notice_hours * HOUR) {
        at(
          source.update(data.updates.length - 1),
          `maintenance announced ${formatDuration(Math.max(0, noticeMs), AUTHOR_REGION)} before it starts; customers need at least ${thresholds.maintenance_notice_hours} h to prepare, so move \`scheduled_for\` later if you can`,
        );
      }
      continue;
    }
    const state = incidentState(data, now);
    if (Object.values(data.components).every((status) => status === 'operational')) {
      at(
        source.field(['components']),
        'every affected component is `operational`, so the page shows no impact; set the status the incident puts each component in (such as `degraded_performance`)',
      );
    }
    if (state.isOpen) {
      if (!data.next_update) {
        at(
          source.field([]),
          'open incident with no `next_update`: promise when customers will hear from you next, such as `next_update: 2026-11-20 15:00 UTC` (`upfront update --next-update 30m`)',
        );
      } else if (data.next_update < now) {
        at(
          source.field(['next_update']),
          `the promised update is overdue by ${formatDuration(now.getTime() - data.next_update.getTime(), AUTHOR_REGION)}; post an update now, even if nothing has changed`,
        );
      }
      const sinceMs = now.getTime() - data.updates[0].at.getTime();
      if (sinceMs > thresholds.update_interval_minutes * MINUTE) {
        at(
          source.update(0),
          `no update for ${formatDuration(sinceMs, AUTHOR_REGION)}; open incidents should be updated at least every ${thresholds.update_interval_minutes} min`,
        );
      }
    } else {
      const words = data.updates[0].message.split(/\s+/).filter(Boolean).length;
      if (words < thresholds.resolution_min_words) {
        at(
          source.update(0),
          `the resolved update says too little (${words} ${words === 1 ? 'word' : 'words'}); say what happened, what was affected and whether customers need to do anything`,
        );
      }
      const serious = data.impact === 'major' || data.impact === 'critical';
      if (serious && !data.compensation && state.durationMs > thresholds.compensation_hint_after_minutes * MINUTE) {
        // At the impact that calls for it, not at the resolution: what customers receive is its own question, asked after the message.
        at(
          source.field(['impact']),
          `${data.impact} incident that lasted ${formatDuration(state.durationMs, AUTHOR_REGION)} says nothing of what customers get for it; add \`compensation:\` with what affected customers receive and whether they need to do anything, or that no credit applies and why (\`upfront update ${id} --compensation "…"\`)`,
        );
      }
      const resolvedForMs = now.getTime() - state.resolvedAt!.getTime();
      if (serious && !withPostmortem.has(id) && resolvedForMs > thresholds.postmortem_within_days * DAY) {
        at(
          source.field(['impact']),
          `${data.impact} incident resolved ${formatDuration(resolvedForMs, AUTHOR_REGION)} ago without a postmortem; publish one within ${thresholds.postmortem_within_days} days (\`upfront postmortem ${id}\`)`,
        );
      }
    }
  }
  return warnings;
}
