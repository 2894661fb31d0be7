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

test.each([
  ['the hour the clocks skip (Berlin, 29 Mar 2026)', '02:30', 'Europe/Berlin', '2026-03-28T23:00:00Z', /does not exist|skip/i],
  ['the hour shown twice (New York, 1 Nov 2026)', '01:30', 'America/New_York', '2026-10-31T23:00:00Z', /-04:00.*-05:00|twice|ambiguous/i],
  ['13pm', '13pm', 'Europe/Berlin', '2026-12-06T16:00:00Z', /with am or pm the hour runs from 1 to 12/],
  ['25:00', '25:00', 'Europe/Berlin', '2026-12-06T16:00:00Z', /no time of day/],
  ['a bare number', '20', 'Europe/Berlin', '2026-12-06T16:00:00Z', /^`20` is a bare number; write `20:00` for a time of day, or `20m` for minutes from now$/],
  ['an unknown zone', '02:00 XYZT', 'Europe/Berlin', '2026-12-06T16:00:00Z', /no time zone I know/],
] as const)('refused: %s', (_name, input, zone, now, message) => {
  expect(read(input, zone, now)).toMatch(message);
});
