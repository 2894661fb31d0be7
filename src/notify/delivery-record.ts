/**
 * The delivery record: what `upfront notify` has seen and delivered, so that every piece of news
 * reaches every channel exactly once however runs fail, repeat or get killed. Pure: it takes the
 * record, the news and `now`, and says what is due, what a correction is, and how an outcome
 * changes the record. Keeping it (git) is scripts/notify/record-store.ts's business.
 */
import { isoUtc } from '../core/format-time.ts';
import type { NewsCandidate, Notification } from './live-news.ts';

/** How a piece of news was first met. */
export type Disposition =
  /** To be announced. */
  | 'news'
  /** Announced nowhere, by the author's choice. */
  | 'quiet'
  /** Already old when the record started: history, never announced. */
  | 'history'
  /** Already in the content the record started from (`--baseline`): announced before the record existed. */
  | 'baseline'
  /** Carried by a new update of the same event (a move or cancellation said in an update). */
  | 'covered';

/** A piece of news the record has seen. */
export interface SeenNews {
  /** Its stable id (the `key` of the notification). */
  id: string;
  event: string;
  change: Notification['change'];
  /** Its time as last seen (ISO, UTC). */
  at: string;
  /** When a run first saw it live (ISO, UTC): news stays news for `announce_within_hours` from then. */
  firstSeen: string;
  disposition: Disposition;
  ordinal?: number;
  digest?: string;
}

/** How one delivery ended. */
export type DeliveryState =
  /** Received. */
  | 'delivered'
  /** Refused for good (a mailbox that does not exist): recorded, reported once, never retried. */
  | 'refused'
  /** Not received this time (an outage, a 4xx, greylisting): a later run tries again while it is news. */
  | 'failed';

/** The last outcome of one delivery: one piece of news to one channel (and one recipient, for email). */
export interface DeliveryEntry {
  state: DeliveryState;
  /** When it ended (ISO, UTC). */
  at: string;
  attempts: number;
  /** Why it failed or was refused, redacted. */
  detail?: string;
  /** For email: a recognisable but not public form of the address (`a…e@c….example`). */
  masked?: string;
}

/** Who holds the right to send: one run at a time. */
export interface Lease {
  holder: string;
  host: string;
  pid: number;
  /** Until when (ISO, UTC, wall clock), after which another run may take over. */
  until: string;
}

/** The record as kept. */
export interface DeliveryRecord {
  version: 1;
  /** When the record started, and from which revision's content (`baseline`), if any. */
  started: { at: string; baseline?: string };
  /** Every piece of news seen, by id. */
  news: Record<string, SeenNews>;
  /** Deliveries by `deliveryKey`. */
  deliveries: Record<string, DeliveryEntry>;
  lease?: Lease;
}

/** The record of a repository that has none yet. */
export function emptyRecord(now: Date, baseline?: string): DeliveryRecord {
  return { version: 1, started: { at: isoUtc(now), ...(baseline ? { baseline } : {}) }, news: {}, deliveries: {} };
}

/** Where one delivery is kept in the record: news, channel and (for email) the recipient's keyed hash. */
export function deliveryKey(newsId: string, channelId: string, recipient?: string): string {
  return recipient ? `${newsId} ${channelId} ${recipient}` : `${newsId} ${channelId}`;
}

/** How far an update's time may move, with its text changed too, and still be the same update corrected. */
const CORRECTION_WINDOW_MS = 15 * 60_000;

/** A correction: news already seen whose time or text changed; not news. */
export interface Correction {
  id: string;
  from: string;
  to: string;
  textChanged: boolean;
}

/** The news of a run: each live piece with its stable id, and what is new to the record. */
export interface NewsIdentities {
  /** Every live candidate, `key` set to its stable id. */
  news: NewsCandidate[];
  /** Entries the record gains (first seen now) or whose time or text moved. */
  seen: SeenNews[];
  corrections: Correction[];
}

/**
 * Gives each live candidate its stable id: the id of the seen news it continues (same time;
 * else, among the event's updates not matched by time, the same status and text; else the same
 * position and kind, moved by 15 minutes at most),
 * or, when it is new, its own key. New ones are recorded with `firstSeen = now` and a disposition:
 * `quiet`, `covered`, `history` when it is older than `historyBefore` (set on a record's first
 * run without a baseline), else `news`.
 */
export function identifyNews(
  candidates: readonly NewsCandidate[],
  record: DeliveryRecord,
  now: Date,
  historyBefore?: Date,
  disposition: Disposition = 'news',
): NewsIdentities {
  const seenByEvent = new Map<string, SeenNews[]>();
  for (const entry of Object.values(record.news)) seenByEvent.set(entry.event, [...(seenByEvent.get(entry.event) ?? []), entry]);
  const news: NewsCandidate[] = [];
  const seen: SeenNews[] = [];
  const corrections: Correction[] = [];
  const claimed = new Set<string>();
  const byEvent = Map.groupBy(candidates, (c) => c.event.id);
  for (const [eventId, eventCandidates] of byEvent) {
    const eventSeen = seenByEvent.get(eventId) ?? [];
    const match = new Map<NewsCandidate, SeenNews>();
    const tryMatch = (test: (candidate: NewsCandidate, entry: SeenNews) => boolean) => {
      for (const candidate of eventCandidates) {
        if (match.has(candidate)) continue;
        const entry = eventSeen.find((e) => !claimed.has(e.id) && test(candidate, e));
        if (entry) {
          match.set(candidate, entry);
          claimed.add(entry.id);
        }
      }
    };
    tryMatch((c, e) => e.id === c.naturalKey);
    const isUpdate = (c: NewsCandidate, e: SeenNews) => c.ordinal !== undefined && e.ordinal !== undefined;
    tryMatch((c, e) => isUpdate(c, e) && c.digest === e.digest);
    // By position only when it looks like a fixed minute: the same kind of update, moved a little.
    tryMatch(
      (c, e) => isUpdate(c, e) && c.ordinal === e.ordinal && c.change === e.change && Math.abs(c.at.getTime() - Date.parse(e.at)) <= CORRECTION_WINDOW_MS,
    );
    const freshUpdate = eventCandidates.some((c) => c.ordinal !== undefined && !match.has(c));
    for (const candidate of eventCandidates) {
      const known = match.get(candidate);
      if (known) {
        const at = isoUtc(candidate.at);
        if (known.at !== at || (candidate.digest && known.digest !== candidate.digest)) {
          if (known.at !== at) corrections.push({ id: known.id, from: known.at, to: at, textChanged: candidate.digest !== known.digest });
          seen.push({ ...known, at, digest: candidate.digest, ordinal: candidate.ordinal });
        }
        news.push({ ...candidate, key: known.id });
        continue;
      }
      const dispositionOf = (): Disposition => {
        if (candidate.quiet) return 'quiet';
        if (candidate.coveredByNewUpdate && freshUpdate) return 'covered';
        if (historyBefore && candidate.at < historyBefore) return 'history';
        return disposition;
      };
      const entry: SeenNews = {
        id: candidate.naturalKey,
        event: eventId,
        change: candidate.change,
        at: isoUtc(candidate.at),
        firstSeen: isoUtc(now),
        disposition: dispositionOf(),
        ...(candidate.ordinal !== undefined ? { ordinal: candidate.ordinal, digest: candidate.digest } : {}),
      };
      seen.push(entry);
      news.push({ ...candidate, key: entry.id });
    }
  }
  return { news, seen, corrections };
}

/** The record with `entries` seen (added, or their time and text updated). */
export function withSeen(record: DeliveryRecord, entries: readonly SeenNews[]): DeliveryRecord {
  return { ...record, news: { ...record.news, ...Object.fromEntries(entries.map((e) => [e.id, e])) } };
}

/** The record with one delivery's outcome. */
export function withDelivery(record: DeliveryRecord, key: string, entry: DeliveryEntry): DeliveryRecord {
  return { ...record, deliveries: { ...record.deliveries, [key]: entry } };
}

/**
 * The record with a list channel's news settled as a whole (`key` is news and channel): the one
 * entry saying so replaces the entries of each recipient, which no run needs any more, so the
 * record grows by the news, not by the size of the list.
 */
export function withListSettled(record: DeliveryRecord, key: string, entry: DeliveryEntry): DeliveryRecord {
  const deliveries = Object.fromEntries(Object.entries(record.deliveries).filter(([k]) => !k.startsWith(`${key} `)));
  return { ...record, deliveries: { ...deliveries, [key]: entry } };
}

/** The record with outcomes journaled by a run that could not save them (it was killed); a later failure never undoes a delivery. */
export function withOutcomes(record: DeliveryRecord, outcomes: ReadonlyArray<{ key: string; entry: DeliveryEntry }>): DeliveryRecord {
  let result = record;
  for (const { key, entry } of outcomes) {
    if (entry.state === 'failed' && isSettled(result.deliveries[key])) continue;
    result = withDelivery(result, key, entry);
  }
  return result;
}

/** Why a piece of news is not to be announced, or undefined when it still is at `now`. */
export function notNewsReason(entry: SeenNews, now: Date, announceWithinHours: number): string | undefined {
  switch (entry.disposition) {
    case 'quiet':
      return 'quiet';
    case 'history':
      return 'older than the delivery record: history, not news';
    case 'baseline':
      return 'already in the content the record started from';
    case 'covered':
      return 'said by a new update of the same event';
    case 'news':
      return now.getTime() - Date.parse(entry.firstSeen) > announceWithinHours * 3_600_000
        ? `first seen ${entry.firstSeen}, more than ${announceWithinHours} h ago (\`announce_within_hours\`)`
        : undefined;
  }
}

/** True when a delivery needs no further attempt. */
export function isSettled(entry: DeliveryEntry | undefined): boolean {
  return entry !== undefined && entry.state !== 'failed';
}

/** The record with the lease taken by `lease`, or undefined when another run holds it (its lease is returned). */
export function takeLease(
  record: DeliveryRecord,
  lease: Lease,
  wallNow: Date,
  isDead: (held: Lease) => boolean,
): { record: DeliveryRecord } | { heldBy: Lease } {
  const held = record.lease;
  if (held && held.holder !== lease.holder && Date.parse(held.until) > wallNow.getTime() && !isDead(held)) return { heldBy: held };
  return { record: { ...record, lease } };
}

/** The record with no lease. */
export function withoutLease(record: DeliveryRecord): DeliveryRecord {
  const { lease: _lease, ...rest } = record;
  return rest;
}

/**
 * A mail address as reports name it: recognisable by whoever holds the list, useless to anyone
 * else (`alice@customer.example` → `a…e@c….example`).
 */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const maskedLocal = local.length <= 2 ? `${local[0] ?? ''}…` : `${local[0]}…${local.at(-1)}`;
  const maskedDomain = dot > 0 ? `${domain[0]}…${domain.slice(dot)}` : `${domain[0] ?? ''}…`;
  return `${maskedLocal}@${maskedDomain}`;
}
