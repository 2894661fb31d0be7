/** Parsing of author-written timestamps, which must always carry an explicit zone. */
import { DateTime, IANAZone } from 'luxon';
import { zoneNameProblem } from './time-zones.ts';

/** The outcome of parsing a timestamp: a Date, or a message saying what to write instead. */
export type TimestampResult = { ok: true; date: Date } | { ok: false; message: string };

const DATE_TIME = /^(\d{4,})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(.*)$/;
const DATE_ONLY = /^\d{4,}-\d{2}-\d{2}$/;
const OFFSET_ZONE = /^\s*(?:(Z|UTC|GMT)|([+-])(\d{2}):?(\d{2}))$/i;
const NAMED_ZONE = /^\s*([A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/;
const EXAMPLE = '`2026-11-20 14:32 UTC`, `2026-11-20 09:32 America/New_York` or `2026-11-20T15:32:00+01:00`';
/** No event of a status page happened before this: an earlier year is a slip of the keys. */
const EARLIEST = new Date('1990-01-01T00:00:00Z');
/** How far ahead a planned time may be: further is a slip of the keys (year 9999 would make a page for every month up to it). */
export const MAX_YEARS_AHEAD = 3;

/**
 * Parses `YYYY-MM-DD HH:MM[:SS] <zone>` (a `T` may replace the space), where the zone is `UTC`,
 * `Z`, an offset `±HH:MM` or an IANA name such as `America/New_York`, read with that zone's rules
 * for the date. A zone is required unless `defaultZone` says which one a bare time means (the
 * CLI passes the site's `time_zone`): a status page that guesses the zone tells customers the
 * wrong time. A local time that a daylight saving change skips or repeats is refused, never guessed.
 */
export function parseTimestamp(input: string, defaultZone?: string): TimestampResult {
  const text = input.trim();
  if (DATE_ONLY.test(text)) {
    return { ok: false, message: `\`${text}\` is a date without a time and zone; write it like ${EXAMPLE}` };
  }
  const match = DATE_TIME.exec(text);
  if (!match) return { ok: false, message: `\`${text}\` is not a timestamp; write it like ${EXAMPLE}` };
  const [, year, month, day, hour, minute, second = '00', fraction = '', rest] = match;
  const wall = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
    millisecond: Math.floor(Number(`0${fraction}`) * 1000),
  };
  const real = wall.year >= 1970 && wall.year <= 9999 ? DateTime.fromObject(wall, { zone: 'utc' }) : undefined;
  if (!real?.isValid) return { ok: false, message: `\`${text}\` is not a real date and time (check the day, month and year)` };
  const zoneText = rest.trim() === '' ? defaultZone : rest.trim();
  if (zoneText === undefined) {
    return { ok: false, message: `\`${text}\` has no time zone; add \`UTC\`, an offset such as \`+01:00\` or a zone such as \`America/New_York\`` };
  }
  const offset = OFFSET_ZONE.exec(zoneText);
  let date: Date;
  if (offset) {
    const minutes = offset[1] ? 0 : (offset[2] === '-' ? -1 : 1) * (Number(offset[3]) * 60 + Number(offset[4]));
    if (Number(offset[4]) > 59 || minutes < -12 * 60 || minutes > 14 * 60) {
      return { ok: false, message: `\`${zoneText}\` in \`${text}\` is not a real offset; offsets run from -12:00 to +14:00` };
    }
    date = new Date(real.toMillis() - minutes * 60_000);
  } else {
    const problem = NAMED_ZONE.test(zoneText) ? zoneNameProblem(zoneText) : undefined;
    if (problem) return { ok: false, message: `in \`${text}\`: ${problem}` };
    if (!NAMED_ZONE.test(zoneText)) {
      return {
        ok: false,
        message: `\`${zoneText}\` in \`${text}\` is not a zone Upfront accepts (abbreviations such as CET or PST are ambiguous); use \`UTC\`, an offset such as \`+01:00\` or a zone such as \`America/New_York\``,
      };
    }
    const local = localTime(real.toMillis(), IANAZone.create(zoneText));
    if (!local.ok) return { ok: false, message: local.problem(text, wallText(match), zoneText) };
    date = new Date(local.ms);
  }
  if (date.getTime() < EARLIEST.getTime()) {
    return { ok: false, message: `\`${text}\` is before ${EARLIEST.getUTCFullYear()}, long before any status page; check the year` };
  }
  return { ok: true, date };
}

/** `2026-03-08 02:30` (with seconds when written) of a timestamp match. */
function wallText(match: RegExpExecArray): string {
  return `${match[1]}-${match[2]}-${match[3]} ${match[4]}:${match[5]}${match[6] ? `:${match[6]}${match[7] ?? ''}` : ''}`;
}

type LocalTime = { ok: true; ms: number } | { ok: false; problem: (text: string, wall: string, zone: string) => string };

/**
 * The instant at which the clocks of `zone` show `wallMs` (a local time written as if it were
 * UTC). Around a daylight saving change a local time can have no instant (the clocks skip it)
 * or two (they show it twice); both are refused with the two offsets it could mean.
 */
function localTime(wallMs: number, zone: IANAZone): LocalTime {
  const DAY = 86_400_000;
  const offsets = [...new Set([zone.offset(wallMs - DAY), zone.offset(wallMs + DAY)])];
  const fits = offsets.filter((minutes) => zone.offset(wallMs - minutes * 60_000) === minutes);
  if (fits.length === 1) return { ok: true, ms: wallMs - fits[0] * 60_000 };
  const [before, after] = offsets.map((minutes) => offsetText(minutes));
  if (fits.length === 0) {
    return {
      ok: false,
      problem: (text, wall, name) =>
        `\`${text}\` does not exist: the clocks in ${name} skip that hour when they go forward (from ${before} to ${after}); write the time with the offset you mean, \`${wall} ${before}\` or \`${wall} ${after}\``,
    };
  }
  return {
    ok: false,
    problem: (text, wall, name) =>
      `\`${text}\` happens twice: the clocks in ${name} go back that night and show it at ${before} and again at ${after}; write the one you mean, \`${wall} ${before}\` (the first) or \`${wall} ${after}\` (the second)`,
  };
}

/** `-300` → `-05:00`. */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The offset of `zone` at `date`, as written in timestamps: `-05:00`. */
export function zoneOffset(date: Date, zone: string): string {
  return offsetText(DateTime.fromJSDate(date, { zone }).offset);
}

/** Writes `date` as the local time of `zone` with its explicit offset (`2026-12-10 02:00 -05:00`), or in UTC for UTC. */
export function formatTimestampInZone(date: Date, zone: string): string {
  if (zone === 'UTC') return formatTimestampUtc(date);
  const time = DateTime.fromJSDate(date, { zone });
  return `${time.toFormat(time.second === 0 ? 'yyyy-MM-dd HH:mm' : 'yyyy-MM-dd HH:mm:ss')} ${offsetText(time.offset)}`;
}

/** Formats a Date the way authors write timestamps: `2026-11-20 14:32 UTC`, with seconds only when there are any. */
export function formatTimestampUtc(date: Date): string {
  const time = DateTime.fromJSDate(date, { zone: 'utc' });
  return time.toFormat(time.second === 0 ? "yyyy-MM-dd HH:mm 'UTC'" : "yyyy-MM-dd HH:mm:ss 'UTC'");
}
