/** What merging `after` onto `before` makes due, through the real live-news and delivery-record logic. */
import { liveNews, type ContentVersion, type Notification } from '../../src/notify/live-news.ts';
import { emptyRecord, identifyNews, notNewsReason, withSeen, type Correction } from '../../src/notify/delivery-record.ts';

/** The result: due news, news first seen now but not announced (with why), and corrections. */
export interface NewsAfterMerge {
  due: Notification[];
  skipped: Array<{ change: string; key: string; reason: string }>;
  corrections: Correction[];
}

/**
 * The news a run at `now` finds due when the previous run, at `lastRun` (default `now`), saw
 * `before`: everything in `before` counts as announced then.
 */
export function newsAfterMerge(before: ContentVersion, after: ContentVersion, now: Date, announceWithinHours = 24, lastRun = now): NewsAfterMerge {
  const seen = identifyNews(liveNews(before, lastRun), emptyRecord(lastRun), lastRun, undefined, 'baseline').seen;
  const record = withSeen(emptyRecord(lastRun), seen);
  const identified = identifyNews(liveNews(after, now), record, now);
  const updated = withSeen(record, identified.seen);
  const firstSeen = new Set(identified.seen.filter((s) => !record.news[s.id]).map((s) => s.id));
  const due: Notification[] = [];
  const skipped: NewsAfterMerge['skipped'] = [];
  for (const news of identified.news) {
    const reason = notNewsReason(updated.news[news.key], now, announceWithinHours);
    if (reason === undefined) due.push(news);
    else if (firstSeen.has(news.key)) skipped.push({ change: news.change, key: news.key, reason });
  }
  return { due, skipped, corrections: identified.corrections };
}
