/** The commands that read: `list` (what is open, and how long since each was updated) and `check`. */
import { siteDiagnostics } from '../../src/site/site-diagnostics.ts';
import { communicationWarnings } from '../../src/content/communication-checks.ts';
import { formatDiagnostic, hasErrors, sortDiagnostics, summarize, warning, type Diagnostic, type DiagnosticFormat } from '../../src/core/diagnostics.ts';
import { incidentState, maintenanceState } from '../../src/core/event-state.ts';
import { liveNow } from '../../src/status/live-now.ts';
import type { EventData } from '../../src/schemas/incident-schema.ts';
import { AUTHOR_REGION, formatDuration, formatRelative, isoUtc } from '../../src/core/format-time.ts';
import { liveNews } from '../../src/notify/live-news.ts';
import { emptyRecord, identifyNews, withSeen } from '../../src/notify/delivery-record.ts';
import { contentAtRevision, contentRepository, resolveRevision, uncommittedConfiguration } from '../notify/git-content.ts';
import { NOTIFICATIONS_FILE, readNotificationSettings } from '../../src/notify/notification-config.ts';
import { formatTimestampInZone } from '../../src/schemas/timestamps.ts';
import { siteZone, type CliContext } from './cli-support.ts';

/** `upfront list`: open incidents and maintenance not yet over, one line each, times in the site's zone. */
export function list(context: CliContext): string[] {
  const { events } = context.content;
  const { now } = context;
  const zone = siteZone(context);
  const lines: string[] = [];
  const live = liveNow(events, now);
  const updated = (data: EventData) => `updated ${formatRelative(data.updates[0].at, now, AUTHOR_REGION)}`;
  for (const { id, data } of live.incidents) {
    const next = data.next_update
      ? `next update ${data.next_update < now ? 'OVERDUE, was due' : 'due'} ${formatRelative(data.next_update, now, AUTHOR_REGION)} (${formatTimestampInZone(data.next_update, zone)})`
      : 'no next update promised';
    lines.push(`incident     ${id}  ${incidentState(data, now).status}, ${data.impact} impact, ${updated(data)}, ${next}`);
  }
  for (const { id, data } of [...live.active, ...live.upcoming]) {
    const { phase } = maintenanceState(data, now);
    lines.push(
      `maintenance  ${id}  ${phase.replace('_', ' ')}, ${formatTimestampInZone(data.scheduled_for, zone)} – ${formatTimestampInZone(data.scheduled_until, zone)}, ${updated(data)}`,
    );
  }
  return lines.length > 0 ? lines : ['Nothing open: no ongoing incident, no maintenance in progress or scheduled.'];
}

/** Everything `check` reports: validation (notifications.yml too) plus communication warnings (errors with `strict`). */
export async function checkDiagnostics(
  context: Pick<CliContext, 'contentDir' | 'content' | 'now'>,
  strict: boolean,
): Promise<{ diagnostics: Diagnostic[]; fileCount: number }> {
  const { content, now } = context;
  const site = await siteDiagnostics(context.contentDir, content);
  const warnings = content.settings
    ? communicationWarnings({ events: content.events, postmortems: content.postmortems, sources: content.sources, thresholds: content.settings.checks, now })
    : [];
  const diagnostics = sortDiagnostics([...site.diagnostics, ...warnings.map((w) => (strict ? { ...w, severity: 'error' as const } : w))]);
  return { diagnostics, fileCount: site.fileCount };
}

/**
 * Warnings about what merging would announce, compared with `since` (a revision): an update
 * already published whose time was moved is a correction and is not announced again (an author
 * who meant news adds a new update instead); news dated longer ago than `announce_within_hours`
 * is announced at the merge all the same, so a date that is wrong, or history being filled in
 * without `quiet`, is said before subscribers read it. Nothing without a notifications.yml.
 */
export async function mergeNewsWarnings(context: Pick<CliContext, 'contentDir' | 'content' | 'now'>, since: string): Promise<Diagnostic[]> {
  const { content, now } = context;
  const config = await readNotificationSettings(context.contentDir, content);
  if (!config.value || hasErrors(content.diagnostics)) return [];
  const repository = contentRepository(context.contentDir, '`upfront check --since` compares revisions of the content');
  const before = await contentAtRevision(repository, resolveRevision(repository, since, '--since'), now);
  try {
    // Said, not skipped silently: the author asked what merging would announce.
    if (hasErrors(before.content.diagnostics)) {
      return [
        warning(
          NOTIFICATIONS_FILE,
          1,
          1,
          `the content at --since ${since} has errors, so what merging would announce cannot be told; pass a --since revision whose content is valid`,
        ),
      ];
    }
    const published = withSeen(emptyRecord(now), identifyNews(liveNews(before.content, now), emptyRecord(now), now, undefined, 'baseline').seen);
    const merged = identifyNews(liveNews(content, now), published, now);
    const locate = (id: string, at: string) => {
      const event = content.events.find((e) => id.startsWith(`${e.id}/`));
      const index = event?.data.updates.findIndex((u) => isoUtc(u.at) === at) ?? -1;
      const source = event ? content.sources.get(event.id) : undefined;
      return event && source && index >= 0 ? { file: event.filePath ?? event.id, ...source.update(index) } : undefined;
    };
    // An update found in the content gets its warning at its heading; one no longer there gets none.
    const warnAt = (where: ReturnType<typeof locate>, message: string) => (where ? [warning(where.file, where.line, where.column, message)] : []);
    const corrections = merged.corrections.flatMap((correction) =>
      warnAt(
        locate(correction.id, correction.to),
        `merging would not announce this update: it was published at ${correction.from}, and moving its time is a correction, not news; to tell subscribers something new, add a new update instead`,
      ),
    );
    const oldest = now.getTime() - config.value.announce_within_hours * 3_600_000;
    const backdated = merged.seen.flatMap((entry) => {
      if (entry.disposition !== 'news' || published.news[entry.id] || Date.parse(entry.at) >= oldest) return [];
      const ago = formatDuration(now.getTime() - Date.parse(entry.at), AUTHOR_REGION);
      if (entry.change === 'postmortem') {
        const postmortem = content.postmortems.find((p) => p.id === entry.event);
        return [
          warning(
            postmortem?.filePath ?? entry.event,
            1,
            1,
            `merging announces this postmortem now, but it says it was published ${ago} ago; set \`published\` to the time of merging (\`upfront postmortem ${entry.event} --publish\`), or add \`quiet: true\` if it is history being filled in`,
          ),
        ];
      }
      return warnAt(
        locate(entry.id, entry.at),
        `merging announces this update now, though it is dated ${ago} ago; if it is history being filled in, mark it \`· quiet\``,
      );
    });
    return [...corrections, ...backdated];
  } finally {
    before.cleanup();
  }
}

/** `upfront check`: prints what `checkDiagnostics` finds (and, with `since`, warnings about what merging would announce) and a summary. Returns the exit code. */
export async function check(context: CliContext, format: DiagnosticFormat, strict: boolean, since?: string): Promise<number> {
  const found = await checkDiagnostics(context, strict);
  const late = since === undefined ? [] : (await mergeNewsWarnings(context, since)).map((w) => (strict ? { ...w, severity: 'error' as const } : w));
  const diagnostics = sortDiagnostics([...found.diagnostics, ...late]);
  for (const diagnostic of diagnostics) console.log(formatDiagnostic(diagnostic, format));
  for (const file of uncommittedConfiguration(context.contentDir)) {
    console.error(
      `note: ${file} has changes that are not committed; this check read them, but CI checks and the deployment builds what is committed, so commit them with your change`,
    );
  }
  console.log(`${hasErrors(diagnostics) ? '✗' : '✓'} ${summarize(diagnostics, found.fileCount)}`);
  return hasErrors(diagnostics) ? 1 : 0;
}
