import { expect, test } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatMonth,
  formatNumber,
  formatPercent,
  formatRelative,
  formatTimeRange,
  isoUtc,
  regionOf,
} from '../../src/core/format-time.ts';

const EN = regionOf('en');

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
  expect(formatDateTime(new Date(iso), zone, EN)).toBe(text);
});

test.each([
  [
    'the same day: the day once, each end with its zone',
    '2026-12-10T02:00:00Z',
    '2026-12-10T04:00:00Z',
    'Europe/Berlin',
    EN,
    '10 Dec 2026, 03:00 CET – 05:00 CET',
  ],
  [
    'across midnight in the zone: both days',
    '2026-12-10T22:00:00Z',
    '2026-12-11T01:00:00Z',
    'Europe/Berlin',
    EN,
    '10 Dec 2026, 23:00 CET – 11 Dec 2026, 02:00 CET',
  ],
  [
    'the same UTC day is two days in Sydney',
    '2026-12-10T12:00:00Z',
    '2026-12-10T14:00:00Z',
    'Australia/Sydney',
    EN,
    '10 Dec 2026, 23:00 AEDT – 11 Dec 2026, 01:00 AEDT',
  ],
  ['across the autumn change: two zone names', '2026-10-25T00:00:00Z', '2026-10-25T02:00:00Z', 'Europe/Berlin', EN, '25 Oct 2026, 02:00 CEST – 03:00 CET'],
  [
    'a 12-hour clock',
    '2026-12-10T08:00:00Z',
    '2026-12-10T10:00:00Z',
    'America/New_York',
    regionOf('en-US'),
    'Dec 10, 2026, 3:00\u202fAM EST – 5:00\u202fAM EST',
  ],
  ['German', '2026-12-10T02:00:00Z', '2026-12-10T04:00:00Z', 'Europe/Berlin', regionOf('de'), '10. Dez. 2026, 03:00 MEZ – 05:00 MEZ'],
])('formatTimeRange: %s', (_name, from, until, zone, region, text) => {
  expect(formatTimeRange(new Date(from), new Date(until), zone, region)).toBe(text);
});

test('formatDate cuts the day in the zone', () => {
  expect(formatDate(new Date('2026-11-20T23:30:00Z'), 'Europe/Berlin', EN)).toBe('21 Nov 2026');
  expect(formatDate(new Date('2026-11-20T23:30:00Z'), 'UTC', EN)).toBe('20 Nov 2026');
});

test('isoUtc drops zero milliseconds and keeps the Z', () => {
  expect(isoUtc(new Date('2026-11-20T15:32:00+01:00'))).toBe('2026-11-20T14:32:00Z');
  expect(isoUtc(new Date('2026-11-20T14:32:00.250Z'))).toBe('2026-11-20T14:32:00.250Z');
});

test.each([
  [0, '0 mins'],
  [60_000, '1 min'],
  [59 * 60_000, '59 mins'],
  [60 * 60_000, '1 hr'],
  [125 * 60_000, '2 hrs 5 mins'],
  [47 * 3_600_000 + 59 * 60_000, '47 hrs 59 mins'],
  [48 * 3_600_000, '2 days'],
  [76 * 3_600_000, '3 days 4 hrs'],
])('formatDuration(%i) is %s', (ms, text) => {
  expect(formatDuration(ms, EN)).toBe(text);
});

const NOW = new Date('2026-11-20T12:00:00Z');
test.each([
  ['2026-11-20T12:00:30Z', 'now'],
  ['2026-11-20T11:59:20Z', 'now'],
  ['2026-11-20T11:48:00Z', '12 min ago'],
  ['2026-11-20T12:45:00Z', 'in 45 min'],
  ['2026-11-20T10:31:00Z', '1 hr ago'],
  ['2026-11-20T09:30:00Z', '3 hr ago'],
  ['2026-11-18T12:01:00Z', '48 hr ago'],
  ['2026-11-17T12:00:00Z', '3 days ago'],
  ['2026-11-25T00:00:00Z', 'in 5 days'],
])('formatRelative(%s) from 12:00 UTC is %s', (iso, text) => {
  expect(formatRelative(new Date(iso), NOW, EN)).toBe(text);
});

test('formatMonth names the month in the display zone', () => {
  expect(formatMonth(new Date('2026-10-31T23:30:00Z'), 'Europe/Berlin', EN)).toBe('November 2026');
  expect(formatMonth(new Date('2026-10-31T23:30:00Z'), 'UTC', EN)).toBe('October 2026');
});

const AFTERNOON = new Date('2026-11-20T14:32:00Z');
test.each([
  // The language's own convention, then each clock forced (Intl sets a narrow no-break space before am/pm).
  ['en', undefined, '20 Nov 2026, 14:32 UTC'],
  ['en', '12h', '20 Nov 2026, 2:32\u202fpm UTC'],
  ['en-US', undefined, 'Nov 20, 2026, 2:32\u202fPM UTC'],
  ['en-US', '24h', 'Nov 20, 2026, 14:32 UTC'],
  ['en-GB', undefined, '20 Nov 2026, 14:32 UTC'],
  ['en-GB', '12h', '20 Nov 2026, 2:32\u202fpm UTC'],
  ['de', undefined, '20. Nov. 2026, 14:32 UTC'],
  ['de', '12h', '20. Nov. 2026, 2:32\u202fPM UTC'],
  ['ja', undefined, '2026年11月20日 14:32 UTC'],
  ['ja', '12h', '2026年11月20日 午後2:32 UTC'],
] as const)('%s with clock %s writes %s', (language, clock, text) => {
  expect(formatDateTime(AFTERNOON, 'UTC', regionOf(language, clock))).toBe(text);
});

test.each([
  ['en', false],
  ['en-US', true],
  ['en-GB', false],
  ['de', false],
  ['ja', false],
  ['ar', true],
] as const)('the clock of %s is 12-hour: %s', (language, hour12) => {
  expect(regionOf(language).hour12).toBe(hour12);
});

test.each([
  // Each language names the zone its own way; English finds the abbreviation in any English locale.
  ['en-US', 'Europe/Berlin', 'Nov 20, 2026, 3:32\u202fPM CET'],
  ['de', 'Europe/Berlin', '20. Nov. 2026, 15:32 MEZ'],
  ['fr', 'Europe/Berlin', '20 nov. 2026, 15:32 UTC+1'],
  ['zh-Hans', 'Asia/Shanghai', '2026年11月20日 GMT+8 22:32'],
] as const)('%s writes a time in %s as %s', (language, zone, text) => {
  expect(formatDateTime(AFTERNOON, zone, regionOf(language))).toBe(text);
});

test.each([
  ['en', 125 * 60_000, '2 hrs 5 mins', '12 min ago'],
  ['en-US', 125 * 60_000, '2 hr 5 min', '12 min. ago'],
  ['de', 125 * 60_000, '2 Std., 5 Min.', 'vor 12 Min.'],
  ['fr', 125 * 60_000, '2\u202fh 5\u00a0min', 'il y a 12\u00a0min'],
  ['ja', 125 * 60_000, '2 時間5 分', '12 分前'],
  ['ar', 125 * 60_000, '2 س و5 د', 'قبل 12 دقيقة'],
] as const)('%s writes %i ms as %s, and 12 minutes ago as %s', (language, ms, duration, relative) => {
  expect(formatDuration(ms, regionOf(language))).toBe(duration);
  expect(formatRelative(new Date('2026-11-20T11:48:00Z'), NOW, regionOf(language))).toBe(relative);
});

test.each([
  ['en', 1, '100.00%'],
  ['en', 0.99999, '99.99%'],
  ['en', 0.9995, '99.95%'],
  ['en', 0.5, '50.00%'],
  ['en', 0, '0.00%'],
  ['de', 0.99985, '99,98\u00a0%'],
  ['fr', 0.99985, '99,98\u00a0%'],
] as const)('formatPercent in %s of %d is %s: never rounded up', (language, fraction, text) => {
  expect(formatPercent(fraction, regionOf(language))).toBe(text);
});

test('formatNumber groups digits as the language does', () => {
  expect(formatNumber(12345, regionOf('en'))).toBe('12,345');
  expect(formatNumber(12345, regionOf('de'))).toBe('12.345');
});
