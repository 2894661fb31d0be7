/** Parsing of author-written timestamps, which must always carry an explicit zone. */
import { DateTime } from 'luxon';

/** The outcome of parsing a timestamp: a Date, or a message saying what to write instead. */
export type TimestampResult = { ok: true; date: Date } | { ok: false; message: string };

const DATE_TIME = /^(\d{4,})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(.*)$/;
const DATE_ONLY = /^\d{4,}-\d{2}-\d{2}$/;
const ZONE = /^\s*(?:(Z|UTC|GMT)|([+-])(\d{2}):?(\d{2}))$/i;
const EXAMPLE = '`2026-11-20 14:32 UTC` or `2026-11-20T15:32:00+01:00`';
/** No event of a status page happened before this: an earlier year is a slip of the keys. */
const EARLIEST = new Date('1990-01-01T00:00:00Z');
/** How far ahead a planned time may be: further is a slip of the keys (year 9999 would make a page for every month up to it). */
export const MAX_YEARS_AHEAD = 3;

/**
 * Parses `YYYY-MM-DD HH:MM[:SS] UTC`, `…Z` or `…±HH:MM` (a `T` may replace the space).
 * A zone is required: a status page that guesses the zone tells customers the wrong time.
 */
export function parseTimestamp(input: string): TimestampResult {
  const text = input.trim();
  if (DATE_ONLY.test(text)) {
    return { ok: false, message: `\`${text}\` is a date without a time and zone; write it like ${EXAMPLE}` };
  }
  const match = DATE_TIME.exec(text);
  if (!match) return { ok: false, message: `\`${text}\` is not a timestamp; write it like ${EXAMPLE}` };
  const [, year, month, day, hour, minute, second = '00', fraction = '', rest] = match;
  if (rest.trim() === '') {
    return { ok: false, message: `\`${text}\` has no time zone; add \`UTC\` or an offset such as \`+01:00\`` };
  }
  const zone = ZONE.exec(rest);
  if (!zone) {
    return {
      ok: false,
      message: `\`${rest.trim()}\` in \`${text}\` is not a zone Upfront accepts (abbreviations such as CET or PST are ambiguous); use \`UTC\` or an offset such as \`+01:00\``,
    };
  }
  const offsetMinutes = zone[1] ? 0 : (zone[2] === '-' ? -1 : 1) * (Number(zone[3]) * 60 + Number(zone[4]));
  if (Number(zone[4]) > 59 || offsetMinutes < -12 * 60 || offsetMinutes > 14 * 60) {
    return { ok: false, message: `\`${rest.trim()}\` in \`${text}\` is not a real offset; offsets run from -12:00 to +14:00` };
  }
  const offset = zone[1] ? 'Z' : `${zone[2]}${zone[3]}:${zone[4]}`;
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}${offset}`;
  const parsed = Number(year) >= 1970 && Number(year) <= 9999 ? DateTime.fromISO(iso, { setZone: true }) : null;
  if (!parsed?.isValid) {
    return { ok: false, message: `\`${text}\` is not a real date and time (check the day, month and year)` };
  }
  if (parsed.toMillis() < EARLIEST.getTime()) {
    return { ok: false, message: `\`${text}\` is before ${EARLIEST.getUTCFullYear()}, long before any status page; check the year` };
  }
  return { ok: true, date: parsed.toJSDate() };
}

/** Formats a Date the way authors write timestamps: `2026-11-20 14:32 UTC`, with seconds only when there are any. */
export function formatTimestampUtc(date: Date): string {
  const time = DateTime.fromJSDate(date, { zone: 'utc' });
  return time.toFormat(time.second === 0 ? "yyyy-MM-dd HH:mm 'UTC'" : "yyyy-MM-dd HH:mm:ss 'UTC'");
}
