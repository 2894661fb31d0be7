/**
 * Text edits of incident files (and other YAML) that change only what they must: a field in the
 * frontmatter or a YAML file (through the `yaml` library's document model, which keeps comments, order and styles), or a
 * new update section above the newest one. Byte-order marks and CRLF line endings are kept.
 */
import { createHash } from 'node:crypto';
import { Document, isMap, parseDocument } from 'yaml';
import type { ComponentStatus, IncidentUpdateStatus, MaintenanceUpdateStatus } from '../schemas/status-vocabulary.ts';
import type { IncidentData, MaintenanceData } from '../schemas/incident-schema.ts';
import { frontmatterBounds } from './markdown-file.ts';
import { updateHeading } from './update-heading.ts';
import { formatTimestampInZone } from '../schemas/timestamps.ts';

/** A file taken apart for editing. */
interface EditableFile {
  bom: boolean;
  eol: '\n' | '\r\n';
  frontmatter: string;
  body: string;
}

function takeApart(text: string): EditableFile | undefined {
  const bom = text.startsWith('\uFEFF');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const plain = (bom ? text.slice(1) : text).replace(/\r\n/g, '\n');
  const bounds = frontmatterBounds(plain);
  if (!bounds) return undefined;
  return { bom, eol, frontmatter: bounds.yaml, body: plain.slice(bounds.bodyStart) };
}

function putTogether(file: EditableFile): string {
  const text = `---\n${file.frontmatter}---\n${file.body}`;
  return (file.bom ? '\uFEFF' : '') + (file.eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text);
}

/** A change to one YAML field: a value to set, or `undefined` to remove it. */
export type FieldChange = [path: Array<string | number>, value: string | boolean | string[] | undefined];

/**
 * YAML text with `changes` made, keeping comments, order and styles; undefined when its top is
 * not a mapping. Flow collections are written as the author wrote them: `[web]` stays unpadded,
 * `{ a: b }` padded.
 */
export function editYaml(yaml: string, changes: readonly FieldChange[]): string | undefined {
  const doc = parseDocument(yaml);
  // A YAML text of comments alone (a draft postmortem's frontmatter) has no mapping yet; setIn makes one.
  if (doc.contents !== null && !isMap(doc.contents)) return undefined;
  for (const [path, value] of changes) {
    if (value === undefined) doc.deleteIn(path);
    else doc.setIn(path, value);
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: /[[{] /.test(yaml) });
}

/** One update section as written in a file, its time in `zone` (the site's) with the explicit offset, and the component statuses it sets. */
export function updateSection(
  status: IncidentUpdateStatus | MaintenanceUpdateStatus,
  at: Date,
  message: string,
  zone: string,
  quiet = false,
  components: Record<string, ComponentStatus> = {},
): string {
  return `${updateHeading(status, formatTimestampInZone(at, zone), quiet, components)}\n\n${message.trim()}\n`;
}

/**
 * `text` with `changes` made to its frontmatter and `update` (if any) added above the newest
 * update; everything else stays byte for byte. Undefined when the file has no frontmatter.
 */
export function editEventFile(text: string, changes: readonly FieldChange[], update?: string): string | undefined {
  const file = takeApart(text);
  if (!file) return undefined;
  if (changes.length > 0) {
    const edited = editYaml(file.frontmatter, changes);
    if (edited === undefined) return undefined;
    file.frontmatter = edited;
  }
  if (update) {
    const firstHeading = /^## /m.exec(file.body);
    if (firstHeading) file.body = `${file.body.slice(0, firstHeading.index)}${update}\n${file.body.slice(firstHeading.index)}`;
    else file.body = `${file.body.replace(/\n*$/, '\n\n')}${update}`;
  }
  return putTogether(file);
}

/** What the first update of a new file says, and how its times are written. */
interface FirstUpdate {
  message: string;
  at: Date;
  /** Post without notifying anyone. */
  quiet?: boolean;
  /** The site's time zone, in which the file's times are written. */
  zone: string;
}

/** Fields of a new incident: the schema's own, and its first update. */
export type NewIncident = Pick<IncidentData, 'title' | 'impact' | 'components' | 'started' | 'workaround' | 'next_update' | 'eta' | 'alert'> &
  FirstUpdate & { status: IncidentUpdateStatus };

/** Fields of a new maintenance window: the schema's own, and its first update. */
export type NewMaintenance = Pick<MaintenanceData, 'title' | 'components' | 'scheduled_for' | 'scheduled_until' | 'workaround'> & FirstUpdate;

function newFile(fields: Record<string, unknown>, update: string): string {
  const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return `---\n${new Document(present).toString({ lineWidth: 0 })}---\n\n${update}`;
}

const stamp = (date: Date | undefined, zone: string) => (date ? formatTimestampInZone(date, zone) : undefined);

/** The text of a new incident file. */
export function newIncidentFile(incident: NewIncident): string {
  return newFile(
    {
      title: incident.title,
      impact: incident.impact,
      components: incident.components,
      started: stamp(incident.started, incident.zone),
      workaround: incident.workaround,
      next_update: stamp(incident.next_update, incident.zone),
      eta: stamp(incident.eta, incident.zone),
      alert: incident.alert,
    },
    updateSection(incident.status, incident.at, incident.message, incident.zone, incident.quiet),
  );
}

/** The text of a new maintenance file. */
export function newMaintenanceFile(window: NewMaintenance): string {
  return newFile(
    {
      kind: 'maintenance',
      title: window.title,
      components: window.components,
      scheduled_for: stamp(window.scheduled_for, window.zone),
      scheduled_until: stamp(window.scheduled_until, window.zone),
      workaround: window.workaround,
    },
    updateSection('scheduled', window.at, window.message, window.zone, window.quiet),
  );
}

/**
 * A URL-safe slug of a title: ASCII letters and digits in kebab case, accents dropped. A title
 * with no such letters (one in Japanese or Arabic, say) gets `fallback` and a short hash of the
 * title, so the same title always gives the same slug and different ones differ.
 */
export function slugify(title: string, fallback: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    // An incident's id is its date and slug (and `-2` when taken): within the 64 characters of any id.
    .slice(0, 50)
    .replace(/-+$/, '');
  return slug || `${fallback}-${createHash('sha256').update(title.normalize('NFC')).digest('hex').slice(0, 8)}`;
}
