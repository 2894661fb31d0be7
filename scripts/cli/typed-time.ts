/**
 * Times as people type them at 3 am, for the CLI's questions and flags: a duration (`30m`,
 * `in 2h`, `+1h30m`), a time of day (`18:45`, `6:45pm`, `6:45 pm`), optionally `today` or
 * `tomorrow`, and a full timestamp; each with the site's zone, an IANA zone, or a common
 * abbreviation (`02:00 CET`), read as the site's zone when the abbreviation is the site's own.
 * Content files keep the strict form (timestamps.ts): this is only how the CLI reads answers.
 */
import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';
import { parseTimestamp } from '../../src/schemas/timestamps.ts';
import { AUTHOR_REGION, formatDateTime } from '../../src/core/format-time.ts';

/** Where and when a typed time is read. */
export interface TypedTimeContext {
  now: Date;
  /** The site's zone, for a time that names none. */
  zone: string;
  /** What a duration counts from (a window's start); now when not given. */
  from?: Date;
}

/** A time as understood, or why not. */
export type TypedTime = { ok: true; date: Date } | { ok: false; message: string };

const UNITS = { m: 1, min: 1, mins: 1, minute: 1, minutes: 1, h: 60, hr: 60, hrs: 60, hour: 60, hours: 60, d: 1440, day: 1440, days: 1440 } as const;
const DURATION = /^(?:in\s+|\+\s*)?((?:\d+\s*(?:days?|d|hours?|hrs?|h|minutes?|mins?|m)\s*)+)$/i;
const DURATION_PART = /(\d+)\s*(days?|d|hours?|hrs?|h|minutes?|mins?|m)/gi;
const TIME_OF_DAY = /^(?:(today|tomorrow)\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?:\s+(\S+))?$/i;

/** Offsets of the abbreviations people write, in minutes east of UTC; one meaning each (IST is India's, CST North America's). */
const ABBREVIATIONS: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  BST: 60,
  WEST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  IST: 330,
  SGT: 480,
  HKT: 480,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
};

/** The zone `name` means at `near`: the site's zone when the abbreviation is the one it uses then, else the abbreviation's fixed offset or an IANA zone. */
function zoneNamed(name: string, siteZone: string, near: Date): { zone: string | FixedOffsetZone } | { problem: string } {
  const upper = name.toUpperCase();
  if (upper in ABBREVIATIONS) {
    const site = DateTime.fromJSDate(near, { zone: siteZone });
    // `CET` on a Berlin site means Berlin's time, whichever of CET and CEST applies that day: the
    // site's names are the ones its pages write (the last word of a formatted time).
    const siteNames = [site.set({ month: 1 }), site.set({ month: 7 })].map((d) =>
      formatDateTime(d.toJSDate(), siteZone, AUTHOR_REGION).split(' ').at(-1)?.toUpperCase(),
    );
    if (siteNames.includes(upper)) return { zone: siteZone };
    return { zone: FixedOffsetZone.instance(ABBREVIATIONS[upper]) };
  }
  if (IANAZone.isValidZone(name)) return { zone: name };
  return { problem: `\`${name}\` is no time zone I know; write a city's zone such as \`${siteZone}\`, or an abbreviation such as CET or EST` };
}

/** Reads `input` as a time: see the module's comment for the forms. */
export function parseTypedTime(input: string, context: TypedTimeContext): TypedTime {
  const text = input.trim().replace(/\s+/g, ' ');
  const duration = DURATION.exec(text);
  if (duration) {
    let minutes = 0;
    for (const [, amount, unit] of duration[1].matchAll(DURATION_PART)) minutes += Number(amount) * UNITS[unit.toLowerCase() as keyof typeof UNITS];
    return { ok: true, date: new Date((context.from ?? context.now).getTime() + minutes * 60_000) };
  }
  if (/^\d+$/.test(text))
    return { ok: false, message: `\`${text}\` is a bare number; write \`${text}:00\` for a time of day, or \`${text}m\` for minutes from now` };
  const clock = TIME_OF_DAY.exec(text);
  // `18` alone is no time; `18:00` and `6pm` are.
  if (clock && (clock[3] !== undefined || clock[4] !== undefined)) {
    const [, day, hourText, minuteText = '00', meridiem, zoneText] = clock;
    let hour = Number(hourText);
    const minute = Number(minuteText);
    if (meridiem) {
      if (hour < 1 || hour > 12) return { ok: false, message: `\`${input.trim()}\`: with am or pm the hour runs from 1 to 12` };
      hour = (hour % 12) + (meridiem.toLowerCase().startsWith('p') ? 12 : 0);
    }
    if (hour > 23 || minute > 59) return { ok: false, message: `\`${input.trim()}\` is no time of day; write it like 18:45 or 6:45pm` };
    const named = zoneText ? zoneNamed(zoneText, context.zone, context.now) : { zone: context.zone };
    if ('problem' in named) return { ok: false, message: named.problem };
    const today = DateTime.fromJSDate(context.now, { zone: named.zone });
    let when = today.set({ hour, minute, second: 0, millisecond: 0 });
    // `tomorrow` is the next day; a bare time is its next occurrence, so "18:45" asked at 19:00 is tomorrow's.
    if (day?.toLowerCase() === 'tomorrow' || (!day && when.toMillis() <= context.now.getTime())) when = when.plus({ days: 1 }).set({ hour, minute });
    if (typeof named.zone !== 'string') return { ok: true, date: when.toJSDate() };
    // The content's own reading of that wall time: a time the clocks skip, or show twice, is said, never guessed.
    const exact = parseTimestamp(`${when.toFormat('yyyy-MM-dd')} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, named.zone);
    return exact.ok ? { ok: true, date: exact.date } : { ok: false, message: exact.message };
  }
  // A full timestamp; a trailing abbreviation is read as above, the rest by the content's own rules.
  const trailing = /^(.*\d)\s+([A-Za-z]{1,5})$/.exec(text);
  if (
    trailing &&
    trailing[2].toUpperCase() in ABBREVIATIONS &&
    trailing[2].toUpperCase() !== 'UTC' &&
    trailing[2].toUpperCase() !== 'GMT' &&
    trailing[2].toUpperCase() !== 'Z'
  ) {
    const local = parseTimestamp(trailing[1], 'UTC');
    if (!local.ok) return { ok: false, message: local.message };
    const named = zoneNamed(trailing[2], context.zone, local.date);
    if ('problem' in named) return { ok: false, message: named.problem };
    // The site's own abbreviation is the site's zone, read by the content's rules (a skipped or doubled hour is said).
    if (typeof named.zone === 'string') {
      const inSite = parseTimestamp(trailing[1], named.zone);
      return inSite.ok ? { ok: true, date: inSite.date } : { ok: false, message: inSite.message };
    }
    const wall = DateTime.fromJSDate(local.date, { zone: 'UTC' });
    return {
      ok: true,
      date: DateTime.fromObject(
        { year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute, second: wall.second },
        { zone: named.zone },
      ).toJSDate(),
    };
  }
  const parsed = parseTimestamp(text, context.zone);
  return parsed.ok ? { ok: true, date: parsed.date } : { ok: false, message: parsed.message };
}
