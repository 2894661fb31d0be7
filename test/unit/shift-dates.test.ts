import { expect, test } from 'vitest';
import { daysSince, shiftDates } from '../../src/lib/shift-dates.ts';

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
  ['2026-11-23T20:45:00Z', '2026-11-23T20:50:00Z', 0],
  ['2026-11-23T20:45:00Z', '2026-11-24T20:44:59Z', 0],
  ['2026-11-23T20:45:00Z', '2026-11-24T20:45:00Z', 1],
  ['2026-11-23T20:45:00Z', '2026-11-01T00:00:00Z', 0],
])('daysSince(%s, %s) is %i', (writtenAt, now, days) => {
  expect(daysSince(new Date(writtenAt), new Date(now))).toBe(days);
});
