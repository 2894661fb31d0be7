import { expect, test } from 'vitest';
import { formatDate, formatDateTime, formatDuration, formatMonth, formatRelative, isoUtc } from '../../src/core/format-time.ts';

test.each([
  ['2026-07-20T14:32:00Z', 'Europe/Berlin', '20 Jul 2026, 16:32 CEST'],
  ['2026-11-20T14:32:00Z', 'Europe/Berlin', '20 Nov 2026, 15:32 CET'],
  ['2026-11-20T14:32:00Z', 'America/New_York', '20 Nov 2026, 09:32 EST'],
  ['2026-11-20T14:32:00Z', 'UTC', '20 Nov 2026, 14:32 UTC'],
  ['2026-11-20T14:32:00Z', 'Asia/Kolkata', '20 Nov 2026, 20:02 IST'],
  ['2026-11-20T14:32:00Z', 'Australia/Sydney', '21 Nov 2026, 01:32 AEDT'],
  ['2026-11-20T14:32:00Z', 'Asia/Kathmandu', '20 Nov 2026, 20:17 GMT+5:45'],
  // The repeated hour of the autumn change: same wall time, two abbreviations.
  ['2026-10-25T00:30:00Z', 'Europe/Berlin', '25 Oct 2026, 02:30 CEST'],
  ['2026-10-25T01:30:00Z', 'Europe/Berlin', '25 Oct 2026, 02:30 CET'],
  // Abbreviations are kept per zone and offset: the summer time of London is not the winter's GMT.
  ['2026-01-15T12:00:00Z', 'Europe/London', '15 Jan 2026, 12:00 GMT'],
  ['2026-07-15T12:00:00Z', 'Europe/London', '15 Jul 2026, 13:00 BST'],
  ['2026-09-15T12:00:00Z', 'America/Los_Angeles', '15 Sept 2026, 05:00 PDT'],
  ['2026-12-15T12:00:00Z', 'America/Los_Angeles', '15 Dec 2026, 04:00 PST'],
])('formatDateTime(%s, %s) is %s', (iso, zone, text) => {
  expect(formatDateTime(new Date(iso), zone)).toBe(text);
});

test('formatDate cuts the day in the zone', () => {
  expect(formatDate(new Date('2026-11-20T23:30:00Z'), 'Europe/Berlin')).toBe('21 Nov 2026');
  expect(formatDate(new Date('2026-11-20T23:30:00Z'), 'UTC')).toBe('20 Nov 2026');
});

test('isoUtc drops zero milliseconds and keeps the Z', () => {
  expect(isoUtc(new Date('2026-11-20T15:32:00+01:00'))).toBe('2026-11-20T14:32:00Z');
  expect(isoUtc(new Date('2026-11-20T14:32:00.250Z'))).toBe('2026-11-20T14:32:00.250Z');
});

test.each([
  [0, '0 min'],
  [59 * 60_000, '59 min'],
  [60 * 60_000, '1 h'],
  [125 * 60_000, '2 h 5 min'],
  [47 * 3_600_000 + 59 * 60_000, '47 h 59 min'],
  [48 * 3_600_000, '2 d'],
  [76 * 3_600_000, '3 d 4 h'],
])('formatDuration(%i) is %s', (ms, text) => {
  expect(formatDuration(ms)).toBe(text);
});

const NOW = new Date('2026-11-20T12:00:00Z');
test.each([
  ['2026-11-20T12:00:30Z', 'just now'],
  ['2026-11-20T11:59:20Z', 'just now'],
  ['2026-11-20T11:48:00Z', '12 min ago'],
  ['2026-11-20T12:45:00Z', 'in 45 min'],
  ['2026-11-20T10:31:00Z', '1 h ago'],
  ['2026-11-20T09:30:00Z', '3 h ago'],
  ['2026-11-18T12:01:00Z', '48 h ago'],
  ['2026-11-17T12:00:00Z', '3 d ago'],
  ['2026-11-25T00:00:00Z', 'in 5 d'],
])('formatRelative(%s) from 12:00 UTC is %s', (iso, text) => {
  expect(formatRelative(new Date(iso), NOW)).toBe(text);
});

test('formatMonth names the month in the display zone', () => {
  expect(formatMonth(new Date('2026-10-31T23:30:00Z'), 'Europe/Berlin')).toBe('November 2026');
  expect(formatMonth(new Date('2026-10-31T23:30:00Z'), 'UTC')).toBe('October 2026');
});
