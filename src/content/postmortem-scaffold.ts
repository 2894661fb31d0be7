/**
 * The skeleton of a postmortem, with its timeline filled in from the incident's updates (times
 * written as the files write them, which the page shows in the reader's zone). It is
 * a draft (no `published` time) and each section to write holds the placeholder, which the checks
 * refuse in a published report, so an unfinished one is never published.
 */
import type { IncidentData } from '../schemas/incident-schema.ts';
import { incidentState } from '../core/event-state.ts';
import { formatDuration } from '../core/format-time.ts';
import type { Locale } from '../core/site-locale.ts';
import { formatTimestampInZone } from '../schemas/timestamps.ts';
import { TRANSLATIONS } from '../locale/translations.ts';

/** The line of a draft where `upfront postmortem --publish` writes the `published` time. */
export const UNPUBLISHED_LINE = '# published: set by `upfront postmortem <id> --publish` once every section is written';

/** What marks a section still to be written, in every language (a site may change its language while a draft waits). */
export const PLACEHOLDERS = [...new Set(Object.values(TRANSLATIONS).map((translation) => translation.POSTMORTEM_TEMPLATE.placeholder))];

/** The text of a new `<id>.postmortem.md`, in the site's language. */
export function postmortemScaffold(data: IncidentData, now: Date, zone: string, locale: Locale): string {
  const { POSTMORTEM_TEMPLATE: words, STATUS_WORDS, region } = locale;
  const state = incidentState(data, now);
  const firstLine = (text: string) =>
    text
      .split('\n')
      .find((line) => line.trim())
      ?.trim() ?? '';
  const timeline = data.updates
    .toReversed()
    // Written as the files write times: the page shows each as a time in the reader's zone, like the rest of it.
    .map((update) => `| ${formatTimestampInZone(update.at, zone)} | ${STATUS_WORDS[update.status]}: ${firstLine(update.message).replace(/\|/g, '\\|')} |`);
  const summary = state.resolvedAt
    ? words.lasted(data.title, formatDuration(state.durationMs, region), formatTimestampInZone(state.startedAt, zone))
    : words.stillOpen(data.title);
  return [
    '---',
    UNPUBLISHED_LINE,
    '# authors: [Dana Reyes, Sam Okafor]',
    '---',
    '',
    `## ${words.summary}`,
    '',
    `${summary} ${words.placeholder}`,
    '',
    `## ${words.impact}`,
    '',
    `${words.impactPrompt} ${words.placeholder}`,
    '',
    `## ${words.timeline}`,
    '',
    `| ${words.time} | ${words.whatHappened} |`,
    '| --- | --- |',
    ...timeline,
    '',
    `## ${words.rootCause}`,
    '',
    words.placeholder,
    '',
    `## ${words.resolution}`,
    '',
    words.placeholder,
    '',
    `## ${words.compensation}`,
    '',
    // What the incident already says customers receive is the section's text; else it is still to write.
    data.compensation ?? `${words.compensationPrompt} ${words.placeholder}`,
    '',
    `## ${words.changes}`,
    '',
    `${words.changesPrompt} ${words.placeholder}`,
    '',
  ].join('\n');
}
