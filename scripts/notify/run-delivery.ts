/**
 * Sending a planned run of `upfront notify`: the channels side by side, each delivery's outcome
 * journaled before the next one and saved to the record every few seconds, sending stopped by
 * the budget, a stop signal or the loss of the lease, and always a table at the end (stdout, the
 * GitHub job summary, one annotation per failure and refusal).
 */
import { appendFileSync } from 'node:fs';
import { isoUtc } from '../../src/core/format-time.ts';
import { withDelivery, withListSettled, withoutLease, type DeliveryEntry, type DeliveryRecord } from '../../src/notify/delivery-record.ts';
import type { Deadline, Redactor } from '../../src/notify/delivery-transport.ts';
import type { RecordStore } from './record-store.ts';
import type { RunPlan } from './run-plan.ts';
import { summarizeRun, type Row } from './run-summary.ts';

/** What sending needs besides the plan. */
export interface DeliveryContext {
  store: RecordStore;
  redactor: Redactor;
  deadline: Deadline;
  print(line: string): void;
  env: NodeJS.ProcessEnv;
}

/**
 * Sends every planned delivery (the channels side by side, each in order), recording each outcome
 * as it happens; prints the table at the end. `claimed` is the record with this run's lease.
 * Returns the exit code: 1 when anything is left for the next run.
 */
export async function deliverRun(plan: RunPlan, claimed: DeliveryRecord, context: DeliveryContext): Promise<number> {
  const { store, redactor, deadline, print } = context;
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
          outcomes.set(delivery.recordKey, {
            state: 'failed',
            at: isoUtc(new Date()),
            attempts: 0,
            detail: `not tried: ${down ?? (lostLease ? 'another run took over the record' : deadline.stopReason())}`,
          });
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
  printSummary(summary.rows, summary.line, context);
  for (const [key, entry] of summary.settled) {
    store.journal(key, entry);
    record = withListSettled(record, key, entry);
  }
  record = withoutLease(record);
  dirty = true;
  await save(`Delivered: ${summary.line}`);
  if (dirty) {
    const why = saveError ? saveError.message : 'another run moved it';
    print(
      `✗ The delivery record could not be saved (${redactor.redact(why)}); this run's outcomes stay in the journal of this clone, which the next run here saves first.`,
    );
    return 1;
  }
  return summary.failed > 0 ? 1 : 0;
}

/** The table on stdout, and in GitHub Actions the job summary and one annotation per failure and refusal. */
function printSummary(rows: Row[], line: string, { print, env }: Pick<DeliveryContext, 'print' | 'env'>): void {
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
    const table = [
      '| news | channel | result |',
      '| --- | --- | --- |',
      ...rows.map((r) => `| ${cell(r.news)} | ${cell(r.channel)} | ${cell(r.result)} |`),
    ].join('\n');
    appendFileSync(env.GITHUB_STEP_SUMMARY, `### Notifications\n\n${table}\n\n${line}\n`);
  }
}
