import { expect, test } from 'vitest';
import { elapsedMinutesMs, shiftDates, shiftTimestamps } from '../../src/content/shift-dates.ts';

const HOUR = 3_600_000;

test.each([
  ['## Identified · 2026-11-20 14:32 UTC', 3, '## Identified · 2026-11-23 14:32 UTC'],
  ['scheduled_for: 2026-12-30T23:00:00+01:00', 5, 'scheduled_for: 2027-01-04T23:00:00+01:00'],
  ['2026-02-27-api-errors.md', 2, '2026-03-01-api-errors.md'],
  ['no dates, version 1.2.3', 10, 'no dates, version 1.2.3'],
  ['2026-11-20 and 2026-11-21', 0, '2026-11-20 and 2026-11-21'],
])('shiftDates(%s, %i)', (text, days, expected) => {
  expect(shiftDates(text, days)).toBe(expected);
});

test.each([
  ['## Identified · 2026-11-20 14:32 UTC', 2.5 * HOUR, '## Identified · 2026-11-20 17:02 UTC'],
  ['started: 2026-11-20 23:41Z', HOUR, 'started: 2026-11-21 00:41Z'],
  ['at: 2026-11-20T15:05:00+01:00', 10 * 24 * HOUR + 60_000, 'at: 2026-11-30T15:06:00+01:00'],
  ['at: 2026-11-20 09:05 -0500', HOUR, 'at: 2026-11-20 10:05 -0500'],
  ['no zone 2026-11-20 14:32 stays', HOUR, 'no zone 2026-11-20 14:32 stays'],
  ['from 13:48 to 15:21 UTC', HOUR, 'from 13:48 to 15:21 UTC'],
])('shiftTimestamps(%s)', (text, ms, expected) => {
  expect(shiftTimestamps(text, ms)).toBe(expected);
});

test.each([
  ['2026-11-23T20:45:00Z', '2026-11-23T20:50:30Z', 5 * 60_000],
  ['2026-11-23T20:45:00Z', '2026-11-24T20:45:00Z', 24 * HOUR],
  ['2026-11-23T20:45:00Z', '2026-11-01T00:00:00Z', 0],
])('elapsedMinutesMs(%s, %s) is %i', (writtenAt, now, ms) => {
  expect(elapsedMinutesMs(new Date(writtenAt), new Date(now))).toBe(ms);
});
