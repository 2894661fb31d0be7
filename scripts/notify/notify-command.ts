/**
 * `upfront notify`: works out what is news between two revisions of the content and delivers
 * each piece once to every configured channel whose filter matches. Channels run side by side,
 * so one failing receiver never holds up the others; the summary table and the exit code say
 * what was delivered, skipped and failed. Secrets come from the environment and are redacted
 * from everything printed.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../src/core/diagnostics.ts';
import { escapeHtml } from '../../src/content/markdown-html.ts';
import { readNotificationSettings } from '../../src/notify/notification-config.ts';
import { componentChanges, notificationsBetween } from '../../src/notify/notification-changes.ts';
import type { MessageSite } from '../../src/notify/notification-messages.ts';
import { statuspageObjects } from '../../src/outputs/statuspage-api.ts';
import { CliError } from '../cli/cli-support.ts';
import { newsLabel, planChannel, type ChannelPlan, type News } from './delivery-plan.ts';
import { Redactor, type Outcome } from './delivery-transport.ts';
import { contentAtRevision, contentRepository, resolveRevision, type RevisionContent } from './git-content.ts';

/** What `upfront notify` was asked to do. */
export interface NotifyOptions {
  contentDir: string;
  since?: string;
  until: string;
  /** When the previous run looked, for maintenance that started or ended on schedule since. */
  lastRun?: Date;
  now: Date;
  dryRun: boolean;
  env: NodeJS.ProcessEnv;
  print(line: string): void;
}

const ZERO_COMMIT = /^0{40}$/;
const SKIPPED_SHOWN = 20;

/** `--since`, or the commit before the push that started this GitHub Actions run. */
function sinceRevision(options: NotifyOptions): string {
  if (options.since) return options.since;
  const eventPath = options.env.GITHUB_EVENT_PATH;
  let before: string | undefined;
  try {
    before = eventPath ? (JSON.parse(readFileSync(eventPath, 'utf8')) as { before?: string }).before : undefined;
  } catch {
    // No readable event: --since is needed, as outside GitHub Actions.
  }
  if (before && !ZERO_COMMIT.test(before)) return before;
  throw new CliError('`upfront notify` needs --since <revision>: the last revision whose news was delivered (the deploy workflow passes the last deployed commit)', 2);
}

/** One row of the summary: news × channel. */
interface Row {
  news: string;
  channel: string;
  result: string;
  failed: boolean;
}

async function runChannel(plan: ChannelPlan): Promise<Row[]> {
  const channel = `${plan.channel.id} (${plan.channel.type})`;
  if (plan.problem) return [{ news: '(all news)', channel, result: `FAILED: ${plan.problem}`, failed: true }];
  const rows: Row[] = [];
  const byNews = new Map<News, Outcome[]>();
  try {
    for (const delivery of plan.deliveries) {
      const outcome = await delivery.send();
      byNews.set(delivery.news, [...(byNews.get(delivery.news) ?? []), outcome]);
    }
  } finally {
    plan.close?.();
  }
  for (const [news, outcomes] of byNews) rows.push(summarizeOutcomes(newsLabel(news), channel, outcomes, plan.channel.type === 'email'));
  return rows;
}

function summarizeOutcomes(news: string, channel: string, all: Outcome[], perRecipient: boolean): Row {
  const outcomes = all.filter((o) => o.attempts > 0);
  const failed = outcomes.filter((o) => !o.ok);
  if (perRecipient) {
    if (outcomes.length === 0) return { news, channel, result: 'no subscriber follows these components', failed: false };
    const sent = `sent to ${outcomes.length - failed.length} of ${outcomes.length} subscriber${outcomes.length === 1 ? '' : 's'}`;
    return failed.length === 0 ? { news, channel, result: sent, failed: false } : { news, channel, result: `FAILED: ${sent}; ${failed[0].detail}`, failed: true };
  }
  const [outcome] = outcomes;
  if (!outcome.ok) return { news, channel, result: `FAILED: ${outcome.detail}`, failed: true };
  return { news, channel, result: outcome.attempts > 1 ? `delivered on attempt ${outcome.attempts} (${outcome.detail?.replace(/^after: /, 'after ')})` : 'delivered', failed: false };
}

function table(rows: Row[]): string[] {
  const header: Row = { news: 'news', channel: 'channel', result: 'result', failed: false };
  const width = (key: 'news' | 'channel') => Math.max(...[header, ...rows].map((r) => r[key].length));
  return [header, ...rows].map((r) => `${r.news.padEnd(width('news'))}  ${r.channel.padEnd(width('channel'))}  ${r.result}`);
}

function markdownTable(rows: Row[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return ['| news | channel | result |', '| --- | --- | --- |', ...rows.map((r) => `| ${cell(r.news)} | ${cell(r.channel)} | ${cell(r.result)} |`)].join('\n');
}

function refuse(print: (line: string) => void, diagnostics: Diagnostic[], why: string): never {
  for (const d of diagnostics) print(formatDiagnostic(d));
  throw new CliError(why);
}

/** Runs `upfront notify`; returns the exit code (0: all delivered, 1: something failed). */
export async function notify(options: NotifyOptions): Promise<number> {
  const { print, now } = options;
  const repository = contentRepository(options.contentDir);
  const since = resolveRevision(repository, sinceRevision(options), '--since');
  const until = resolveRevision(repository, options.until, '--until');
  const versions: RevisionContent[] = [];
  try {
    const before = await contentAtRevision(repository, since, now);
    versions.push(before);
    const after = await contentAtRevision(repository, until, now);
    versions.push(after);
    const { settings, catalog } = after.content;
    if (after.empty || !settings || !catalog || hasErrors(after.content.diagnostics)) {
      refuse(print, after.content.diagnostics, `the content at ${options.until} has errors (above); nothing was sent. Fix them first (npm run check)`);
    }
    if (hasErrors(before.content.diagnostics)) {
      refuse(print, before.content.diagnostics, `the content at --since ${options.since ?? since.slice(0, 12)} has errors (above), so what is new cannot be told from what was there; pass a --since revision whose content is valid`);
    }
    const config = await readNotificationSettings(after.dir, catalog);
    if (!config.present) {
      print('No notifications.yml in the content: nothing to deliver. See docs/notifications.md in Upfront.');
      return 0;
    }
    if (!config.value) refuse(print, config.diagnostics, 'notifications.yml has errors (above); nothing was sent');
    const notificationSettings = config.value;
    if (notificationSettings.channels.length === 0) {
      print('notifications.yml names no channel yet: nothing to deliver. Uncomment or add one to notify subscribers.');
      return 0;
    }

    const { due, skipped } = notificationsBetween(before.content, after.content, now, { announceWithinHours: notificationSettings.announce_within_hours, lastRun: options.lastRun });
    const changes = componentChanges(before.content, after.content, due, now);
    const news: News[] = [];
    for (const notification of due) {
      news.push({ kind: 'notification', notification });
      for (const change of changes.filter((c) => c.cause === notification)) news.push({ kind: 'component', change });
    }
    print(`News from ${since.slice(0, 12)} to ${until.slice(0, 12)}: ${due.length} to announce, ${skipped.length} not announced.`);
    // Newest first, and only so many: a first run over a long history would bury the news.
    for (const s of skipped.toReversed().slice(0, SKIPPED_SHOWN)) print(`  not announced: ${s.change} ${s.key} (${s.reason})`);
    if (skipped.length > SKIPPED_SHOWN) print(`  … and ${skipped.length - SKIPPED_SHOWN} older`);
    if (due.length === 0 && !options.dryRun) return 0;

    const redactor = new Redactor();
    const site: MessageSite = { settings, catalog, now };
    const objects = statuspageObjects({ settings, catalog, events: after.content.events, now });
    const plans = notificationSettings.channels.map((channel) =>
      planChannel(channel, { settings, catalog, notificationSettings, site, news, objects, env: options.env, now, dryRun: options.dryRun, redactor }),
    );
    if (options.dryRun) {
      const previews = plans.flatMap((plan) => plan.deliveries.map((d) => ({ title: `${plan.channel.id} (${plan.channel.type}) · ${newsLabel(d.news)}`, text: redactor.redact(d.preview) })));
      for (const { title, text } of previews) print(`\n--- ${title}\n${text}`);
      print('\n(dry run: nothing was sent)');
      // On a pull request, reviewers read what merging would send in the check's summary.
      if (options.env.GITHUB_STEP_SUMMARY) {
        const blocks = previews.map(({ title, text }) => `<details><summary>${escapeHtml(title)}</summary>\n\n\`\`\`\`\n${text}\n\`\`\`\`\n</details>`);
        appendFileSync(options.env.GITHUB_STEP_SUMMARY, `### Notifications merging would send\n\n${blocks.join('\n') || 'None.'}\n`);
      }
      return 0;
    }
    const rows = (await Promise.all(plans.map(runChannel))).flat().map((row) => ({ ...row, result: redactor.redact(row.result) }));
    for (const line of table(rows)) print(line);
    const failures = rows.filter((r) => r.failed).length;
    const filtered = plans.reduce((sum, p) => sum + p.filtered, 0);
    print(`${failures === 0 ? '✓' : '✗'} ${rows.length - failures} delivered, ${failures} failed, ${skipped.length} not announced, ${filtered} left out by component filters`);
    // In GitHub Actions each failure also becomes an annotation on the run, where it is seen.
    if (options.env.GITHUB_ACTIONS === 'true') for (const r of rows.filter((row) => row.failed)) print(`::error title=Not delivered to ${r.channel}::${r.news}: ${r.result}`);
    if (options.env.GITHUB_STEP_SUMMARY) appendFileSync(options.env.GITHUB_STEP_SUMMARY, `### Notifications\n\n${markdownTable(rows)}\n`);
    return failures === 0 ? 0 : 1;
  } finally {
    for (const version of versions) version.cleanup();
  }
}
