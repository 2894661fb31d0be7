/**
 * Schemas of the files in `incidents/`: incidents and maintenance windows. Frontmatter fields
 * and the updates parsed from the body's `## Status · timestamp` sections are validated together.
 */
import { z } from 'astro/zod';
import { COMPONENT_STATUSES, IMPACTS, INCIDENT_UPDATE_STATUSES, MAINTENANCE_UPDATE_STATUSES } from './status-vocabulary.ts';
import { kebabId, markdownText, quietField, shortText, timestamp } from './field-types.ts';

/** A digest `upfront alert` writes for an alert or a group of alerts: 16 hexadecimal digits. */
const alertDigest = z
  .string({ error: 'should be a digest as `upfront alert` writes it, such as `3f9a0c1d2e4b5a69`' })
  .regex(/^[0-9a-f]{16}$/, 'should be 16 hexadecimal digits, as `upfront alert` writes it');

/** One timestamped update of an incident. */
export const incidentUpdateSchema = z.strictObject({
  status: z.enum(INCIDENT_UPDATE_STATUSES),
  at: timestamp,
  /** Written `· quiet` after the time: shown on the site, announced nowhere. */
  quiet: z.boolean().default(false),
  /** Component statuses from this update on, written after its time: `· api: degraded_performance`. */
  components: z.record(kebabId, z.enum(COMPONENT_STATUSES)).default({}),
  message: markdownText,
});

/** One timestamped update of a maintenance window. */
export const maintenanceUpdateSchema = z.strictObject({
  status: z.enum(MAINTENANCE_UPDATE_STATUSES),
  at: timestamp,
  /** Written `· quiet` after the time: shown on the site, announced nowhere. */
  quiet: z.boolean().default(false),
  message: markdownText,
});

/** An incident: frontmatter plus updates, newest first. */
export const incidentSchema = z.strictObject({
  kind: z.literal('incident').default('incident'),
  title: shortText,
  impact: z.enum(IMPACTS),
  /** Affected components, each mapped to the status it is in from the start; an update may change it from its time on. */
  components: z
    .record(kebabId, z.enum(COMPONENT_STATUSES), { error: 'should map component ids to statuses, such as `api: partial_outage`' })
    .refine((map) => Object.keys(map).length > 0, 'is empty; name each affected component with its status, such as `api: partial_outage`'),
  /** When the outage really began, if before the first update (keeps uptime honest). */
  started: timestamp.optional(),
  /** What customers can do meanwhile. */
  workaround: markdownText.optional(),
  /** What affected customers receive for the outage and whether they need to do anything, or that none applies and why. */
  compensation: markdownText.optional(),
  /** When the next update is promised. */
  next_update: timestamp.optional(),
  /** Estimated resolution time. */
  eta: timestamp.optional(),
  quiet: quietField,
  /** The monitoring alerts that proposed it (`upfront alert`), by digest: how a repeat or a resolution finds it again. Never shown. */
  alert: z
    .strictObject({
      group: alertDigest,
      fingerprints: z.array(alertDigest).min(1, 'is empty; list the digest of each alert, as `upfront alert` writes them'),
    })
    .optional(),
  updates: z.array(incidentUpdateSchema).min(1),
});

/** A maintenance window: frontmatter plus updates, newest first. */
export const maintenanceSchema = z.strictObject({
  kind: z.literal('maintenance'),
  title: shortText,
  /** Components shown `under_maintenance` while the window is active. */
  components: z
    .array(kebabId, { error: 'should be a list of component ids, such as `[api, website]`' })
    .min(1, 'is empty; list the components the maintenance affects'),
  scheduled_for: timestamp,
  scheduled_until: timestamp,
  /** A cancelled window stays in the history, marked as cancelled. */
  cancelled: z.boolean({ error: 'should be `true` or `false`' }).default(false),
  /** What customers can do during the window. */
  workaround: markdownText.optional(),
  quiet: quietField,
  updates: z.array(maintenanceUpdateSchema).min(1),
});

/** Either kind of file in `incidents/`; `kind` tells them apart. */
export const eventSchema = z.union([incidentSchema, maintenanceSchema]);

/** A validated incident. */
export type IncidentData = z.output<typeof incidentSchema>;
/** A validated maintenance window. */
export type MaintenanceData = z.output<typeof maintenanceSchema>;
/** A validated incident or maintenance window. */
export type EventData = IncidentData | MaintenanceData;
/** An event as stored: its id (the file name) and data, the shape Astro's collections use. */
export interface EventEntry<Data extends EventData = EventData> {
  id: string;
  filePath?: string;
  data: Data;
}
