/**
 * The skeleton of a postmortem, with its timeline filled in from the incident's updates. It is
 * a draft (no `published` time) and each section to write holds PLACEHOLDER, which the checks
 * refuse in a published report, so an unfinished one is never published.
 */
import type { IncidentData } from '../schemas/incident-schema.ts';
import { incidentState } from '../core/event-state.ts';
import { formatDateTime, formatDuration } from '../core/format-time.ts';
import { headingWord } from './update-heading.ts';

/** The line of a draft where `upfront postmortem --publish` writes the `published` time. */
export const UNPUBLISHED_LINE = '# published: set by `upfront postmortem <id> --publish` once every section is written';

/** Marks a section still to be written. */
export const PLACEHOLDER = '(write this section)';

/** The text of a new `<id>.postmortem.md`. */
export function postmortemScaffold(data: IncidentData, now: Date, zone: string): string {
  const state = incidentState(data, now);
  const firstLine = (text: string) => text.split('\n').find((line) => line.trim())?.trim() ?? '';
  const timeline = data.updates
    .toReversed()
    .map((update) => `| ${formatDateTime(update.at, zone)} | ${headingWord(update.status)}: ${firstLine(update.message).replace(/\|/g, '\\|')} |`);
  return [
    '---',
    UNPUBLISHED_LINE,
    '# authors: [Dana Reyes, Sam Okafor]',
    '---',
    '',
    '## Summary',
    '',
    `${data.title}: ${state.resolvedAt ? `${formatDuration(state.durationMs)} from ${formatDateTime(state.startedAt, zone)}` : 'still open'}. ${PLACEHOLDER}`,
    '',
    '## Impact',
    '',
    `Who was affected, how, and for how long. ${PLACEHOLDER}`,
    '',
    '## Timeline',
    '',
    '| Time | What happened |',
    '| --- | --- |',
    ...timeline,
    '',
    '## Root cause',
    '',
    PLACEHOLDER,
    '',
    '## Resolution',
    '',
    PLACEHOLDER,
    '',
    '## What will change',
    '',
    `Each action, with its owner and when it will be done. ${PLACEHOLDER}`,
    '',
  ].join('\n');
}
