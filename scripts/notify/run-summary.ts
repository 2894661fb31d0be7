/**
 * The table a run ends with: one row per piece of news and channel (a list channel's recipients
 * counted in one row, refused addresses named in their masked form), the closing line, and for
 * list channels the entry that settles a piece of news once every recipient is done.
 */
import { isoUtc } from '../../src/core/format-time.ts';
import { deliveryKey, type DeliveryEntry } from '../../src/notify/delivery-record.ts';
import { newsId } from '../../src/notify/channels/channel-type.ts';
import type { ChannelRun, PlannedDelivery } from './run-plan.ts';

/** One row of the table. */
export interface Row {
  news: string;
  channel: string;
  result: string;
  failed: boolean;
  refused: boolean;
}

/** The table, the closing line, the failure count, and the channel-wide entries that settle list news. */
export interface RunSummary {
  rows: Row[];
  line: string;
  failed: number;
  settled: Array<[key: string, entry: DeliveryEntry]>;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Summarizes the outcomes (by record key) of every channel's deliveries. */
export function summarizeRun(channels: readonly ChannelRun[], outcomes: ReadonlyMap<string, DeliveryEntry>): RunSummary {
  const rows: Row[] = [];
  const settled: RunSummary['settled'] = [];
  let delivered = 0;
  let refusedCount = 0;
  for (const channel of channels) {
    if (channel.problem) rows.push({ news: '(all news)', channel: channel.label, result: `FAILED: ${channel.problem}`, failed: true, refused: false });
    for (const [id, news, why] of channel.nobody) {
      rows.push({ news, channel: channel.label, result: why, failed: false, refused: false });
      settled.push([deliveryKey(id, channel.channel.id), { state: 'delivered', at: isoUtc(new Date()), attempts: 0, detail: why }]);
    }
    const byNews = Map.groupBy(channel.deliveries, (d) => d.recordKey.split(' ')[0]);
    for (const deliveries of byNews.values()) {
      const entries = deliveries
        .map((d) => [d, outcomes.get(d.recordKey)] as const)
        .filter((pair): pair is readonly [PlannedDelivery, DeliveryEntry] => pair[1] !== undefined);
      if (entries.length === 0) continue;
      const [first] = deliveries;
      if (!first.recipient) {
        const [, entry] = entries[0];
        if (entry.state === 'delivered') delivered++;
        const result =
          entry.state === 'delivered'
            ? entry.attempts > 1
              ? `delivered on attempt ${entry.attempts} (${entry.detail?.replace(/^after: /, 'after ')})`
              : 'delivered'
            : `FAILED: ${entry.detail ?? 'no detail'}`;
        rows.push({ news: first.label, channel: channel.label, result, failed: entry.state !== 'delivered', refused: false });
        continue;
      }
      const sent = entries.filter(([, e]) => e.state === 'delivered').length;
      const refused = entries.filter(([, e]) => e.state === 'refused');
      const failed = entries.filter(([, e]) => e.state === 'failed');
      delivered += sent;
      refusedCount += refused.length;
      const parts = [`sent to ${sent} of ${plural(entries.length, 'subscriber')} due`];
      if (refused.length > 0)
        parts.push(
          `${refused.length} refused for good (${refused
            .slice(0, 5)
            .map(([, e]) => `${e.masked}: ${e.detail}`)
            .join('; ')}${refused.length > 5 ? '; …' : ''})`,
        );
      if (failed.length > 0) parts.push(`${failed.length} left for the next run (${failed[0][1].detail})`);
      rows.push({
        news: first.label,
        channel: channel.label,
        result: `${failed.length > 0 ? 'FAILED: ' : ''}${parts.join('; ')}`,
        failed: failed.length > 0,
        refused: refused.length > 0,
      });
      if (failed.length === 0) {
        settled.push([
          deliveryKey(newsId(first.news), channel.channel.id),
          { state: 'delivered', at: isoUtc(new Date()), attempts: 1, detail: parts.join('; ') },
        ]);
      }
    }
  }
  const failed = rows.filter((r) => r.failed).length;
  const line = `${failed === 0 ? '✓' : '✗'} ${delivered} delivered, ${failed} failed${failed > 0 ? ' (the next run tries again)' : ''}, ${refusedCount} refused for good`;
  return { rows, line, failed, settled };
}
