/** Times as people type them at the CLI's questions, in three site zones, across the changes of clocks. */
import { expect, test } from 'vitest';
import { parseTypedTime } from '../../scripts/cli/typed-time.ts';

const at = (iso: string) => new Date(iso);
const read = (input: string, zone: string, now: string, from?: string) => {
  const result = parseTypedTime(input, { now: at(now), zone, from: from ? at(from) : undefined });
  return result.ok ? result.date.toISOString().replace('.000', '') : result.message;
};

test.each([
  // Berlin, 6 Dec 2026 17:00 local (16:00 UTC).
  ['18:45', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-06T17:45:00Z'],
  ['6:45pm', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-06T17:45:00Z'],
  ['6:45 pm', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-06T17:45:00Z'],
  ['6 PM', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-06T17:00:00Z'],
  ['12:30am', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-06T23:30:00Z'],
  ['16:30', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-07T15:30:00Z'],
  ['tomorrow 09:00', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-07T08:00:00Z'],
  ['today 18:00', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-06T17:00:00Z'],
  ['in 30m', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-06T16:30:00Z'],
  ['+2h', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-06T18:00:00Z'],
  ['1h30m', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-06T17:30:00Z'],
  ['in 2 hours', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-06T18:00:00Z'],
  ['02:00 CET', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-07T01:00:00Z'],
  // CEST written in winter still means Berlin's clock on a Berlin site.
  ['02:00 CEST', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-07T01:00:00Z'],
  ['02:00 EST', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-07T07:00:00Z'],
  ['02:00 America/New_York', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-07T07:00:00Z'],
  ['2026-12-18 20:00 CET', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-18T19:00:00Z'],
  ['2026-12-18 20:00', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-18T19:00:00Z'],
  ['2026-12-18T20:00:00+01:00', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-18T19:00:00Z'],
  // New York, 6 Dec 2026 11:00 local.
  ['6:45pm', 'America/New_York', '2026-12-06T16:00:00Z', '2026-12-06T23:45:00Z'],
  ['02:00 EST', 'America/New_York', '2026-12-06T16:00:00Z', '2026-12-07T07:00:00Z'],
  ['02:00 EDT', 'America/New_York', '2026-12-06T16:00:00Z', '2026-12-07T07:00:00Z'],
  ['09:00 PST', 'America/New_York', '2026-12-06T16:00:00Z', '2026-12-06T17:00:00Z'],
  ['2026-12-18 20:00 EST', 'America/New_York', '2026-12-06T16:00:00Z', '2026-12-19T01:00:00Z'],
  // Kolkata (no DST), IST is its own.
  ['18:45', 'Asia/Kolkata', '2026-12-06T10:00:00Z', '2026-12-06T13:15:00Z'],
  ['18:45 IST', 'Asia/Kolkata', '2026-12-06T10:00:00Z', '2026-12-06T13:15:00Z'],
  ['9am JST', 'Asia/Kolkata', '2026-12-06T10:00:00Z', '2026-12-07T00:00:00Z'],
  // A window's end counts from its start.
  ['2h', 'Europe/Berlin', '2026-12-06T16:00:00Z', '2026-12-10T03:00:00Z', '2026-12-10T01:00:00Z'],
] as const)('%s on a %s site at %s is %s', (input, zone, now, expected, from?: string) => {
  expect(read(input, zone, now, from)).toBe(expected);
});

const SKIPPED =
  '`2026-03-29 02:30` does not exist: the clocks in Europe/Berlin skip that hour when they go forward (from +01:00 to +02:00); write the time with the offset you mean, `2026-03-29 02:30 +01:00` or `2026-03-29 02:30 +02:00`';

test.each([
  ['the hour the clocks skip (Berlin, 29 Mar 2026)', '02:30', 'Europe/Berlin', '2026-03-28T23:00:00Z', SKIPPED],
  // The site's own abbreviation is the site's zone, with its rules: the skipped hour is said, not guessed.
  ['the hour the clocks skip, written with the site’s abbreviation', '2026-03-29 02:30 CET', 'Europe/Berlin', '2026-03-20T16:00:00Z', SKIPPED],
  [
    'the hour shown twice (New York, 1 Nov 2026)',
    '01:30',
    'America/New_York',
    '2026-10-31T23:00:00Z',
    '`2026-11-01 01:30` happens twice: the clocks in America/New_York go back that night and show it at -04:00 and again at -05:00; write the one you mean, `2026-11-01 01:30 -04:00` (the first) or `2026-11-01 01:30 -05:00` (the second)',
  ],
  ['13pm', '13pm', 'Europe/Berlin', '2026-12-06T16:00:00Z', '`13pm`: with am or pm the hour runs from 1 to 12'],
  ['25:00', '25:00', 'Europe/Berlin', '2026-12-06T16:00:00Z', '`25:00` is no time of day; write it like 18:45 or 6:45pm'],
  ['a bare number', '20', 'Europe/Berlin', '2026-12-06T16:00:00Z', '`20` is a bare number; write `20:00` for a time of day, or `20m` for minutes from now'],
  [
    'an unknown zone',
    '02:00 XYZT',
    'Europe/Berlin',
    '2026-12-06T16:00:00Z',
    "`XYZT` is no time zone I know; write a city's zone such as `Europe/Berlin`, or an abbreviation such as CET or EST",
  ],
] as const)('refused: %s', (_name, input, zone, now, message) => {
  expect(read(input, zone, now)).toBe(message);
});
