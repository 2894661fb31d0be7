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
import { isoUtc } from '../../src/core/format-time.ts';
import { escapeHtml } from '../../src/content/markdown-html.ts';
import { loadContent, type SiteContent } from '../../src/content/load-content.ts';
import { readNotificationSettings } from '../../src/notify/notification-config.ts';
import type { NotificationSettings } from '../../src/notify/notification-settings-schema.ts';
import { CliError } from '../cli/cli-support.ts';
import { contentAtRevision, contentRepository, resolveRevision } from './git-content.ts';
import { RecordStore, recordRemote } from './record-store.ts';
import { planRun, type RunPlan } from './run-plan.ts';
import { emptyRecord, identifyNews, takeLease, withDelivery, withListSettled, withoutLease, withSeen, type DeliveryEntry, type DeliveryRecord, type Lease } from '../../src/notify/delivery-record.ts';
import { liveNews } from '../../src/notify/live-news.ts';
import { summarizeRun, type Row } from './run-summary.ts';
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

function refuse(print: (line: string) => void, diagnostics: Diagnostic[], why: string): never {
  for (const d of diagnostics) print(formatDiagnostic(d));
  throw new CliError(why);
}

/**
 * The record the run starts from: the one kept; or, on the first run, a new one whose baseline
 * is `--baseline` or the commit before the deployed one (news already there was announced by
 * whatever ran before), or without one, news already older than the announce window is history.
 */
async function startingRecord(options: NotifyOptions, settings: NotificationSettings, loaded: DeliveryRecord | undefined, print: (line: string) => void): Promise<{ record: DeliveryRecord; historyBefore?: Date }> {
  if (loaded) {
    if (options.baseline) print(`(--baseline ignored: the record exists since ${loaded.started.at})`);
    return { record: loaded };
  }
  const { now } = options;
  const repository = contentRepository(options.contentDir);
  const parent = options.baseline ?? 'HEAD^';
  const hasParent = options.baseline !== undefined || resolveRevisionQuietly(repository.root, parent);
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

function resolveRevisionQuietly(root: string, rev: string): boolean {
  try {
    resolveRevision({ root, prefix: '' }, rev, 'revision');
    return true;
  } catch {
    return false;
  }
}

/** The record with the outcomes a killed run journaled but could not save. */
function withJournal(record: DeliveryRecord, journal: ReadonlyArray<{ key: string; entry: DeliveryEntry }>): DeliveryRecord {
  let result = record;
  for (const { key, entry } of journal) {
    // A later failure never undoes a delivery.
    if (entry.state === 'failed' && result.deliveries[key] && result.deliveries[key].state !== 'failed') continue;
    result = withDelivery(result, key, entry);
  }
  return result;
}

/** Runs `upfront notify`; returns the exit code (0: nothing failed, 1: something is left for the next run). */
export async function notify(options: NotifyOptions): Promise<number> {
  const { print, now } = options;
  const content: SiteContent = await loadContent(options.contentDir, now);
  const { settings, catalog } = content;
  if (!settings || !catalog || hasErrors(content.diagnostics)) refuse(print, content.diagnostics, 'the content has errors (above); nothing was sent. Fix them first (npm run check)');
  const config = await readNotificationSettings(options.contentDir, catalog);
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

  const repository = contentRepository(options.contentDir);
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
      const start = await startingRecord(options, notificationSettings, loaded.record, print);
      let record = withJournal(start.record, loaded.journal);
      const plan = planRun({ content, settings, catalog, notificationSettings, record, historyBefore: start.historyBefore, now, env: options.env, dryRun: options.dryRun || options.showRecord, redactor, deadline });
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
        print(`Another run (on ${taken.heldBy.host}) is delivering until ${taken.heldBy.until}; this run sends nothing, and the next one picks up whatever is left.`);
        return 0;
      }
      if (!(await store.save(taken.record, `Delivering: ${plan.headline}`))) {
        if (tries >= 5) throw movingRecord();
        print('The delivery record moved (another run wrote it); reading it again.');
        continue;
      }
      return await deliver(plan, taken.record, store, options, redactor, deadline);
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

/** Sends every planned delivery, recording each outcome as it happens; prints the table at the end. */
async function deliver(plan: RunPlan, claimed: DeliveryRecord, store: RecordStore, options: NotifyOptions, redactor: Redactor, deadline: Deadline): Promise<number> {
  const { print } = options;
  let record = claimed;
  let saving: Promise<unknown> = Promise.resolve();
  let dirty = false;
  let lostLease = false;
  let saveError: Error | undefined;
  // Saved in the background every few seconds, one save at a time; the journal holds the rest.
  const save = (message: string) => {
    saving = saving
      .then(async () => {
        if (!dirty || saveError) return;
        dirty = false;
        if (await store.save(record, message)) return;
        // Another run moved the record. If it took over (this run's lease ran out), stop sending;
        // else keep what it wrote (news it saw) with this run's outcomes on top, and save again.
        const latest = (await store.load()).record;
        if (!latest || latest.lease?.holder !== claimed.lease?.holder) {
          lostLease = true;
          dirty = true;
          return;
        }
        record = { ...latest, news: { ...record.news, ...latest.news }, deliveries: { ...latest.deliveries, ...record.deliveries }, lease: record.lease };
        if (!(await store.save(record, message))) dirty = true;
      })
      .catch((e: Error) => {
        // Kept for the end: the journal still holds every outcome, and sending goes on.
        saveError = e;
        dirty = true;
      });
    return saving;
  };
  const flusher = setInterval(() => void save('Delivered (in progress)'), 3_000);
  const outcomes = new Map<string, DeliveryEntry>();
  const channelRows = await Promise.all(
    plan.channels.map(async (channel) => {
      let down: string | undefined;
      for (const delivery of channel.deliveries) {
        if (down || deadline.signal.aborted || lostLease) {
          outcomes.set(delivery.recordKey, { state: 'failed', at: isoUtc(new Date()), attempts: 0, detail: `not tried: ${down ?? (lostLease ? 'another run took over the record' : deadline.stopReason())}` });
          continue;
        }
        const outcome = await delivery.send();
        const entry: DeliveryEntry = {
          state: outcome.state,
          at: isoUtc(new Date()),
          attempts: outcome.attempts,
          ...(outcome.detail ? { detail: redactor.redact(outcome.detail) } : {}),
          ...(delivery.recipient ? { masked: delivery.recipient.masked } : {}),
        };
        outcomes.set(delivery.recordKey, entry);
        if (outcome.state !== 'failed' || outcome.attempts > 0) {
          store.journal(delivery.recordKey, entry);
          record = withDelivery(record, delivery.recordKey, entry);
          dirty = true;
        }
        if (outcome.state === 'failed' && outcome.channelDown) down = `the channel failed above (${entry.detail ?? 'no answer'})`;
      }
      channel.close?.();
      return channel;
    }),
  );
  clearInterval(flusher);
  const summary = summarizeRun(channelRows, outcomes);
  printSummary(summary.rows, summary.line, options);
  for (const [key, entry] of summary.settled) {
    store.journal(key, entry);
    record = withListSettled(record, key, entry);
  }
  record = withoutLease(record);
  dirty = true;
  await save(`Delivered: ${summary.line}`);
  if (dirty) {
    const why = saveError ? saveError.message : 'another run moved it';
    print(`✗ The delivery record could not be saved (${redactor.redact(why)}); this run's outcomes stay in the journal of this clone, which the next run here saves first.`);
    return 1;
  }
  return summary.failed > 0 ? 1 : 0;
}

/** The table on stdout, and in GitHub Actions the job summary and one annotation per failure and refusal. */
function printSummary(rows: Row[], line: string, options: NotifyOptions): void {
  const { print, env } = options;
  const header: Row = { news: 'news', channel: 'channel', result: 'result', failed: false, refused: false };
  const width = (key: 'news' | 'channel') => Math.max(...[header, ...rows].map((r) => r[key].length));
  for (const r of [header, ...rows]) print(`${r.news.padEnd(width('news'))}  ${r.channel.padEnd(width('channel'))}  ${r.result}`);
  print(line);
  if (env.GITHUB_ACTIONS === 'true') {
    for (const r of rows.filter((row) => row.failed)) print(`::error title=Not delivered to ${r.channel}::${r.news}: ${r.result}`);
    for (const r of rows.filter((row) => row.refused && !row.failed)) print(`::warning title=Refused by ${r.channel}::${r.news}: ${r.result}`);
  }
  if (env.GITHUB_STEP_SUMMARY) {
    const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const table = ['| news | channel | result |', '| --- | --- | --- |', ...rows.map((r) => `| ${cell(r.news)} | ${cell(r.channel)} | ${cell(r.result)} |`)].join('\n');
    appendFileSync(env.GITHUB_STEP_SUMMARY, `### Notifications\n\n${table}\n\n${line}\n`);
  }
}

/** `--dry-run`: every message the run would send, and nothing sent or recorded. */
function dryRun(plan: RunPlan, options: NotifyOptions, redactor: Redactor): number {
  const { print, env } = options;
  const previews = plan.channels.flatMap((channel) => channel.deliveries.map((d) => ({ title: `${channel.label} · ${d.label}`, text: redactor.redactWhole(d.preview) })));
  for (const { title, text } of previews) print(`\n--- ${title}\n${text}`);
  print('\n(dry run: nothing was sent)');
  // On a pull request, reviewers read what merging would send in the check's summary.
  if (env.GITHUB_STEP_SUMMARY) {
    const blocks = previews.map(({ title, text }) => `<details><summary>${escapeHtml(title)}</summary>\n\n\`\`\`\`\n${text}\n\`\`\`\`\n</details>`);
    appendFileSync(env.GITHUB_STEP_SUMMARY, `### Notifications merging would send\n\n${blocks.join('\n') || 'None.'}\n`);
  }
  return 0;
}
