/**
 * The syntax of an update heading, `## Identified · 2026-11-20 14:32 UTC · quiet`: one module for
 * both directions, read by the parser and written by the CLI, so the two can never disagree.
 */
import { INCIDENT_UPDATE_STATUSES, MAINTENANCE_UPDATE_STATUSES, type IncidentUpdateStatus, type MaintenanceUpdateStatus } from '../schemas/status-vocabulary.ts';

/** An example heading, for messages. */
export const HEADING_EXAMPLE = '`## Identified · 2026-11-20 14:32 UTC`';
/** The word after an update's time that posts it without notifying anyone. */
export const QUIET_FLAG = 'quiet';
// Between status and time: a middle dot as documented, or the dashes and bars people type in a hurry.
const HEADING_PATTERN = /^(.+?)\s*(?:·|•|\||—|–|\s-\s)\s*(\d.*)$/;
// A word after the time, such as `· quiet`; timestamps themselves never hold these separators.
const HEADING_FLAG = /^(.*?)\s*(?:·|•|\||—|–|\s-\s)\s*([A-Za-z][A-Za-z -]*)$/;

/** A heading's text taken apart: the status word as written, the time, and any word after it. */
export interface HeadingParts {
  word: string;
  /** The status in the vocabulary's spelling: `In progress` → `in_progress`. */
  status: string;
  at: string;
  flag?: string;
}

/** The parts of `text` (a heading without its `##`), or undefined when it is no status and time. */
export function headingParts(text: string): HeadingParts | undefined {
  const match = HEADING_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const flag = HEADING_FLAG.exec(match[2]);
  const word = match[1].trim();
  return { word, status: word.toLowerCase().replace(/[\s-]+/g, '_'), at: (flag ? flag[1] : match[2]).trim(), flag: flag?.[2].trim() };
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

/** The heading line of an update, its time already written as text. */
export function updateHeading(status: IncidentUpdateStatus | MaintenanceUpdateStatus, time: string, quiet: boolean): string {
  return `## ${headingWord(status)} · ${time}${quiet ? ` · ${QUIET_FLAG}` : ''}`;
}
