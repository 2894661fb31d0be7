/** The commands that read: `list` (what is open, and how long since each was updated) and `check`. */
import { communicationWarnings } from '../../src/lib/communication-checks.ts';
import { formatDiagnostic, hasErrors, sortDiagnostics, summarize, type Diagnostic, type DiagnosticFormat } from '../../src/lib/diagnostics.ts';
import { incidentState, isEventActive, maintenanceState } from '../../src/lib/event-state.ts';
import { formatRelative } from '../../src/lib/format-time.ts';
import type { SiteContent } from '../../src/lib/load-content.ts';
import { readNotificationSettings } from '../../src/lib/notification-config.ts';
import { formatTimestampInZone } from '../../src/lib/timestamps.ts';
import { siteZone, type CliContext } from './cli-support.ts';

/** `upfront list`: open incidents and maintenance not yet over, one line each, times in the site's zone. */
export function list(context: CliContext): string[] {
  const { events } = context.content;
  const { now } = context;
  const zone = siteZone(context);
  const lines: string[] = [];
  for (const { id, data } of events) {
    const updated = `updated ${formatRelative(data.updates[0].at, now)}`;
    if (data.kind === 'incident' && isEventActive(data, now)) {
      const state = incidentState(data, now);
      const next = data.next_update
        ? `next update ${data.next_update < now ? 'OVERDUE, was due' : 'due'} ${formatRelative(data.next_update, now)} (${formatTimestampInZone(data.next_update, zone)})`
        : 'no next update promised';
      lines.push(`incident     ${id}  ${state.status}, ${data.impact} impact, ${updated}, ${next}`);
    }
    if (data.kind === 'maintenance') {
      const { phase } = maintenanceState(data, now);
      if (phase === 'upcoming' || phase === 'in_progress' || phase === 'verifying') {
        lines.push(`maintenance  ${id}  ${phase.replace('_', ' ')}, ${formatTimestampInZone(data.scheduled_for, zone)} – ${formatTimestampInZone(data.scheduled_until, zone)}, ${updated}`);
      }
    }
  }
  return lines.length > 0 ? lines : ['Nothing open: no ongoing incident, no maintenance in progress or scheduled.'];
}

/** What both the build and `check` validate, the content and notifications.yml, and how many files that is. */
export async function siteDiagnostics(contentDir: string, content: SiteContent): Promise<{ diagnostics: Diagnostic[]; fileCount: number }> {
  const notifications = await readNotificationSettings(contentDir, content.catalog);
  return { diagnostics: [...content.diagnostics, ...notifications.diagnostics], fileCount: content.fileCount + (notifications.present ? 1 : 0) };
}

/** Everything `check` reports: validation (notifications.yml too) plus communication warnings (errors with `strict`). */
export async function checkDiagnostics(context: Pick<CliContext, 'contentDir' | 'content' | 'now'>, strict: boolean): Promise<{ diagnostics: Diagnostic[]; fileCount: number }> {
  const { content, now } = context;
  const site = await siteDiagnostics(context.contentDir, content);
  const warnings = content.settings
    ? communicationWarnings({ events: content.events, postmortems: content.postmortems, sources: content.sources, thresholds: content.settings.checks, now })
    : [];
  const diagnostics = sortDiagnostics([...site.diagnostics, ...warnings.map((w) => (strict ? { ...w, severity: 'error' as const } : w))]);
  return { diagnostics, fileCount: site.fileCount };
}

/** `upfront check`: prints what `checkDiagnostics` finds and a summary. Returns the exit code. */
export async function check(context: CliContext, format: DiagnosticFormat, strict: boolean): Promise<number> {
  const { diagnostics, fileCount } = await checkDiagnostics(context, strict);
  for (const diagnostic of diagnostics) console.log(formatDiagnostic(diagnostic, format));
  console.log(`${hasErrors(diagnostics) ? '✗' : '✓'} ${summarize(diagnostics, fileCount)}`);
  return hasErrors(diagnostics) ? 1 : 0;
}
