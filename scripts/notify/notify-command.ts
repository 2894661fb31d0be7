/**
 * `upfront notify`: delivers every piece of news in the content being deployed that is due on a
 * channel: live (its time has come), first seen within `announce_within_hours`, and not yet
 * delivered there according to the delivery record. Each outcome is recorded as it happens, so a
 * failed channel is retried by the next run, a re-run sends nothing twice, and a killed run is
 * finished by the next. One run sends at a time (a lease in the record). Channels run side by
 * side; the run always ends with its table, within its time budget, also when told to stop.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../src/core/diagnostics.ts';
import { escapeHtml } from '../../src/content/markdown-html.ts';
import { loadContent, type SiteContent } from '../../src/content/load-content.ts';
import { readNotificationSettings } from '../../src/notify/notification-config.ts';
import type { NotificationSettings } from '../../src/notify/notification-settings-schema.ts';
import { CliError } from '../cli/cli-support.ts';
import { contentAtRevision, contentRepository, hasRevision, resolveRevision, uncommittedConfiguration, type ContentRepository } from './git-content.ts';
import { RecordStore, recordRemote } from './record-store.ts';
import { planRun, type RunPlan } from './run-plan.ts';
import { emptyRecord, identifyNews, takeLease, withOutcomes, withSeen, type DeliveryRecord, type Lease } from '../../src/notify/delivery-record.ts';
import { liveNews } from '../../src/notify/live-news.ts';
import { deliverRun } from './run-delivery.ts';
import { Redactor, type Deadline } from '../../src/notify/delivery-transport.ts';

/** What `upfront notify` was asked to do. */
export interface NotifyOptions {
  contentDir: string;
  /** On a record's first run: the revision whose content was announced before the record existed. */
  baseline?: string;
  now: Date;
  dryRun: boolean;
  /** `--record`: show what is pending, failed and delivered; send nothing. */
  showRecord: boolean;
  /** How long the run may spend sending, in milliseconds. */
  budgetMs: number;
  env: NodeJS.ProcessEnv;
  print(line: string): void;
  /** Where a stop request (SIGTERM, SIGINT) arrives. */
  stopSignal?: AbortSignal;
}

/** Why notify needs the content in a git clone. */
const NEEDS_GIT = "`upfront notify` keeps its delivery record in the repository's git";

function refuse(print: (line: string) => void, diagnostics: Diagnostic[], why: string): never {
  for (const d of diagnostics) print(formatDiagnostic(d));
  throw new CliError(why);
}

/**
 * The record the run starts from: the one kept; or, on the first run, a new one whose baseline
 * is `--baseline` or the commit before the deployed one (news already there was announced by
 * whatever ran before), or without one, news already older than the announce window is history.
 */
async function startingRecord(
  repository: ContentRepository,
  options: NotifyOptions,
  settings: NotificationSettings,
  loaded: DeliveryRecord | undefined,
  print: (line: string) => void,
): Promise<{ record: DeliveryRecord; historyBefore?: Date }> {
  if (loaded) {
    if (options.baseline) print(`(--baseline ignored: the record exists since ${loaded.started.at})`);
    return { record: loaded };
  }
  const { now } = options;
  const parent = options.baseline ?? 'HEAD^';
  const hasParent = options.baseline !== undefined || hasRevision(repository, parent);
  if (hasParent) {
    const commit = resolveRevision(repository, parent, '--baseline');
    const before = await contentAtRevision(repository, commit, now);
    try {
      if (!before.empty && !hasErrors(before.content.diagnostics)) {
        // News already in the content before this commit was announced by whatever ran before.
        const seen = identifyNews(liveNews(before.content, now), emptyRecord(now), now, undefined, 'baseline').seen;
        print(`No delivery record yet: it starts here, and news already in ${commit.slice(0, 12)} counts as announced before it.`);
        return { record: withSeen(emptyRecord(now, commit), seen) };
      }
      if (!before.empty) print(`(the content at ${commit.slice(0, 12)} has errors, so it cannot be the record's baseline)`);
    } finally {
      before.cleanup();
    }
  }
  print(`No delivery record yet: it starts here, and news older than ${settings.announce_within_hours} h is history, not news.`);
  return { record: emptyRecord(now), historyBefore: new Date(now.getTime() - settings.announce_within_hours * 3_600_000) };
}

/** Runs `upfront notify`; returns the exit code (0: nothing failed, 1: something is left for the next run). */
export async function notify(options: NotifyOptions): Promise<number> {
  const { print, now } = options;
  const content: SiteContent = await loadContent(options.contentDir, now);
  const { settings, catalog } = content;
  if (!settings || !catalog || hasErrors(content.diagnostics))
    refuse(print, content.diagnostics, 'the content has errors (above); nothing was sent. Fix them first (npm run check)');
  // This run reads the folder as it is; the scheduled runs in CI read what is committed.
  for (const file of uncommittedConfiguration(options.contentDir)) {
    print(
      `note: ${file} has changes that are not committed; this run reads them, but CI and the deployed site read what is committed, so commit and merge them for every run to notify the same way`,
    );
  }
  const config = await readNotificationSettings(options.contentDir, content);
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

  const repository = contentRepository(options.contentDir, NEEDS_GIT);
  const store = new RecordStore(repository.root, recordRemote(repository.root));
  const holder = randomUUID();
  const redactor = new Redactor();
  const stop = new AbortController();
  const started = Date.now();
  const budgetTimer = setTimeout(() => stop.abort(), options.budgetMs);
  options.stopSignal?.addEventListener('abort', () => stop.abort(), { once: true });
  const deadline: Deadline = {
    signal: stop.signal,
    remainingMs: () => (options.stopSignal?.aborted ? 0 : Math.max(0, started + options.budgetMs - Date.now())),
    stopReason: () => (options.stopSignal?.aborted ? 'the run was told to stop' : "the run's time budget was spent"),
  };

  try {
    // Plan against the latest record; if another run moved it while this one claimed the lease, plan again.
    const movingRecord = () => new CliError('the delivery record kept moving under this run (another run is writing it); nothing was sent');
    for (let tries = 1; ; tries++) {
      const loaded = await store.load();
      const start = await startingRecord(repository, options, notificationSettings, loaded.record, print);
      let record = withOutcomes(start.record, loaded.journal);
      const plan = planRun({
        content,
        settings,
        catalog,
        notificationSettings,
        record,
        historyBefore: start.historyBefore,
        now,
        env: options.env,
        dryRun: options.dryRun || options.showRecord,
        redactor,
        deadline,
      });
      record = plan.record;
      print(`Delivery record: ${store.describe()}. ${plan.headline}`);
      for (const line of plan.notes) print(`  ${line}`);
      if (options.showRecord) {
        for (const line of plan.statusLines) print(line);
        return 0;
      }
      if (options.dryRun) return dryRun(plan, options, redactor);
      if (plan.channels.every((c) => c.deliveries.length === 0 && !c.problem)) {
        // Saved even so: what was first seen now starts its time as news from now.
        // While another run holds the lease, it alone writes: what this run saw is seen again next time.
        const othersLease = record.lease !== undefined && record.lease.holder !== holder && Date.parse(record.lease.until) > Date.now();
        // A new record is saved at once, so that later runs start from the same baseline.
        const changed = plan.recordChanged || !loaded.record;
        if (!changed || othersLease || (await store.save(record, `Seen: ${plan.headline}`))) return 0;
        if (tries >= 5) throw movingRecord();
        continue;
      }
      const lease: Lease = { holder, host: hostname(), pid: process.pid, until: new Date(Date.now() + options.budgetMs + 60_000).toISOString() };
      const taken = takeLease(record, lease, new Date(), (held) => held.host === hostname() && !isAlive(held.pid));
      if ('heldBy' in taken) {
        print(
          `Another run (on ${taken.heldBy.host}) is delivering until ${taken.heldBy.until}; this run sends nothing, and the next one picks up whatever is left.`,
        );
        return 0;
      }
      if (!(await store.save(taken.record, `Delivering: ${plan.headline}`))) {
        if (tries >= 5) throw movingRecord();
        print('The delivery record moved (another run wrote it); reading it again.');
        continue;
      }
      return await deliverRun(plan, taken.record, { store, redactor, deadline, print, env: options.env });
    }
  } finally {
    clearTimeout(budgetTimer);
  }
}

/** Whether a process of this machine still runs (a killed one whose parent died may linger as a zombie: not running). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** `--dry-run`: every message the run would send, and nothing sent or recorded. */
function dryRun(plan: RunPlan, options: NotifyOptions, redactor: Redactor): number {
  const { print, env } = options;
  const previews = plan.channels.flatMap((channel) =>
    channel.deliveries.map((d) => ({ title: `${channel.label} · ${d.label}`, text: redactor.redactWhole(d.preview) })),
  );
  for (const { title, text } of previews) print(`\n--- ${title}\n${text}`);
  print('\n(dry run: nothing was sent)');
  // On a pull request, reviewers read what merging would send in the check's summary.
  if (env.GITHUB_STEP_SUMMARY) {
    const blocks = previews.map(({ title, text }) => `<details><summary>${escapeHtml(title)}</summary>\n\n\`\`\`\`\n${text}\n\`\`\`\`\n</details>`);
    appendFileSync(env.GITHUB_STEP_SUMMARY, `### Notifications merging would send\n\n${blocks.join('\n') || 'None.'}\n`);
  }
  return 0;
}
