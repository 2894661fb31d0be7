/**
 * The syntax of an update heading, `## Identified · 2026-11-20 14:32 UTC · api: degraded_performance · quiet`:
 * one module for both directions, read by the parser and written by the CLI, so the two can never disagree.
 */
import {
  INCIDENT_UPDATE_STATUSES,
  MAINTENANCE_UPDATE_STATUSES,
  type ComponentStatus,
  type IncidentUpdateStatus,
  type MaintenanceUpdateStatus,
} from '../schemas/status-vocabulary.ts';

/** An example heading, for messages. */
export const HEADING_EXAMPLE = '`## Identified · 2026-11-20 14:32 UTC`';
/** The word after an update's time that posts it without notifying anyone. */
export const QUIET_FLAG = 'quiet';
// Between status, time and what follows: a middle dot as documented, or the dashes and bars people type in a hurry.
const SEPARATOR = String.raw`\s*(?:·|•|\||—|–|\s-\s)\s*`;
const HEADING_PATTERN = new RegExp(String.raw`^(.+?)${SEPARATOR}(\d.*)$`);
// `api: degraded_performance` (or `api=degraded performance`): a component's status from this update on.
const COMPONENT_PART = /^([^\s:=]+)\s*[:=]\s*(\S.*)$/;

/** A heading's text taken apart: the status word as written, the time, and what follows it. */
export interface HeadingParts {
  word: string;
  /** The status in the vocabulary's spelling: `In progress` → `in_progress`. */
  status: string;
  at: string;
  quiet: boolean;
  /** Component statuses set by the update, as written (statuses in the vocabulary's spelling). */
  components: Record<string, string>;
  /** Parts after the time that are neither `quiet` nor a component status. */
  unknown: string[];
}

/** `Degraded performance` → `degraded_performance`: the vocabulary's spelling of a status word. */
const vocabularySpelling = (word: string) =>
  word
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** The parts of `text` (a heading without its `##`), or undefined when it is no status and time. */
export function headingParts(text: string): HeadingParts | undefined {
  const match = HEADING_PATTERN.exec(text.trim());
  if (!match) return undefined;
  // Timestamps never hold a separator (`-05:00` has no space after its dash), so the time is the first part.
  const [at, ...rest] = match[2].split(new RegExp(SEPARATOR));
  const parts: HeadingParts = { word: match[1].trim(), status: vocabularySpelling(match[1]), at: at.trim(), quiet: false, components: {}, unknown: [] };
  for (const part of rest) {
    const component = COMPONENT_PART.exec(part);
    if (part.toLowerCase() === QUIET_FLAG) parts.quiet = true;
    else if (component) parts.components[component[1]] = vocabularySpelling(component[2]);
    else parts.unknown.push(part);
  }
  return parts;
}

/** True for `Identified · 2026-11-20 14:32 UTC`: a status word of either kind, a separator and a time. */
export function looksLikeUpdateHeading(text: string): boolean {
  const parts = headingParts(text);
  return parts !== undefined && ([...INCIDENT_UPDATE_STATUSES, ...MAINTENANCE_UPDATE_STATUSES] as string[]).includes(parts.status);
}

/** The heading word of a status: `in_progress` → `In progress`. */
export function headingWord(status: IncidentUpdateStatus | MaintenanceUpdateStatus | string): string {
  const words = status.replace(/_/g, ' ');
  return words[0].toUpperCase() + words.slice(1);
}

/** The heading line of an update, its time already written as text, with the component statuses it sets. */
export function updateHeading(
  status: IncidentUpdateStatus | MaintenanceUpdateStatus,
  time: string,
  quiet: boolean,
  components: Record<string, ComponentStatus> = {},
): string {
  const parts = [headingWord(status), time, ...Object.entries(components).map(([id, s]) => `${id}: ${s}`), ...(quiet ? [QUIET_FLAG] : [])];
  return `## ${parts.join(' · ')}`;
}
