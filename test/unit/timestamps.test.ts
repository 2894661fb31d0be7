import { describe, expect, test } from 'vitest';
import { formatTimestampInZone, formatTimestampUtc, parseTimestamp, zoneOffset } from '../../src/schemas/timestamps.ts';

describe('parseTimestamp accepts explicit zones', () => {
  test.each([
    ['2026-11-20 14:32 UTC', '2026-11-20T14:32:00.000Z'],
    ['2026-11-20 14:32 utc', '2026-11-20T14:32:00.000Z'],
    ['2026-11-20T14:32Z', '2026-11-20T14:32:00.000Z'],
    ['2026-11-20T15:05:00+01:00', '2026-11-20T14:05:00.000Z'],
    ['2026-11-20 15:05 +0100', '2026-11-20T14:05:00.000Z'],
    ['2026-11-20T09:35:30.250-05:00', '2026-11-20T14:35:30.250Z'],
    ['  2026-11-20 14:32 GMT ', '2026-11-20T14:32:00.000Z'],
    ['2026-10-25T02:30:00+02:00', '2026-10-25T00:30:00.000Z'],
    ['2026-12-10 02:00 America/New_York', '2026-12-10T07:00:00.000Z'],
    ['2026-07-10 02:00 America/New_York', '2026-07-10T06:00:00.000Z'],
    ['2026-12-10T02:00 Asia/Kolkata', '2026-12-09T20:30:00.000Z'],
    ['2026-12-10 02:00 UTC', '2026-12-10T02:00:00.000Z'],
  ])('%s', (input, iso) => {
    const result = parseTimestamp(input);
    expect(result).toEqual({ ok: true, date: new Date(iso) });
  });
});

describe('parseTimestamp refuses what it would have to guess', () => {
  test.each([
    ['2026-11-20 14:32', '`2026-11-20 14:32` has no time zone; add `UTC`, an offset such as `+01:00` or a zone such as `America/New_York`'],
    [
      '2026-11-20',
      '`2026-11-20` is a date without a time and zone; write it like `2026-11-20 14:32 UTC`, `2026-11-20 09:32 America/New_York` or `2026-11-20T15:32:00+01:00`',
    ],
    [
      '2026-11-20 14:32 CET',
      '`CET` in `2026-11-20 14:32 CET` is not a zone Upfront accepts (abbreviations such as CET or PST are ambiguous); use `UTC`, an offset such as `+01:00` or a zone such as `America/New_York`',
    ],
    [
      '2026-11-20 14:32 EST',
      '`EST` in `2026-11-20 14:32 EST` is not a zone Upfront accepts (abbreviations such as CET or PST are ambiguous); use `UTC`, an offset such as `+01:00` or a zone such as `America/New_York`',
    ],
    [
      '2026-11-20 14:32 America/New_Yrok',
      'in `2026-11-20 14:32 America/New_Yrok`: `America/New_Yrok` is not an IANA time zone. Did you mean `America/New_York`? Use a name such as `Europe/Berlin`, `America/New_York` or `UTC`',
    ],
    [
      '2026-11-20 14:32 US/Eastern',
      "in `2026-11-20 14:32 US/Eastern`: `US/Eastern` is a fixed or legacy zone name, which follows no city's daylight saving time; use `America/New_York`",
    ],
    [
      '2026-11-20 14:32 Etc/GMT+5',
      "in `2026-11-20 14:32 Etc/GMT+5`: `Etc/GMT+5` is a fixed or legacy zone name, which follows no city's daylight saving time; use the zone of the city whose clock your team keeps, such as `America/New_York` or `Europe/Berlin`",
    ],
    ['yesterday', '`yesterday` is not a timestamp; write it like `2026-11-20 14:32 UTC`, `2026-11-20 09:32 America/New_York` or `2026-11-20T15:32:00+01:00`'],
    ['2026-02-30 10:00 UTC', '`2026-02-30 10:00 UTC` is not a real date and time (check the day, month and year)'],
    ['2026-11-20 25:00 UTC', '`2026-11-20 25:00 UTC` is not a real date and time (check the day, month and year)'],
    ['0000-01-01 10:00 UTC', '`0000-01-01 10:00 UTC` is not a real date and time (check the day, month and year)'],
    ['99999-01-01 10:00 UTC', '`99999-01-01 10:00 UTC` is not a real date and time (check the day, month and year)'],
  ])('%s', (input, message) => {
    expect(parseTimestamp(input)).toEqual({ ok: false, message });
  });
});

test('formatTimestampUtc writes the documented form', () => {
  expect(formatTimestampUtc(new Date('2026-11-20T14:05:00+01:00'))).toBe('2026-11-20 13:05 UTC');
});

describe('a local time that daylight saving time skips or repeats is refused with both offsets', () => {
  test.each([
    [
      '2026-03-08 02:30 America/New_York',
      '`2026-03-08 02:30 America/New_York` does not exist: the clocks in America/New_York skip that hour when they go forward (from -05:00 to -04:00); write the time with the offset you mean, `2026-03-08 02:30 -05:00` or `2026-03-08 02:30 -04:00`',
    ],
    [
      '2026-11-01 01:30 America/New_York',
      '`2026-11-01 01:30 America/New_York` happens twice: the clocks in America/New_York go back that night and show it at -04:00 and again at -05:00; write the one you mean, `2026-11-01 01:30 -04:00` (the first) or `2026-11-01 01:30 -05:00` (the second)',
    ],
    [
      '2026-03-29 02:00 Europe/Berlin',
      '`2026-03-29 02:00 Europe/Berlin` does not exist: the clocks in Europe/Berlin skip that hour when they go forward (from +01:00 to +02:00); write the time with the offset you mean, `2026-03-29 02:00 +01:00` or `2026-03-29 02:00 +02:00`',
    ],
    [
      '2026-10-25 02:59:30 Europe/Berlin',
      '`2026-10-25 02:59:30 Europe/Berlin` happens twice: the clocks in Europe/Berlin go back that night and show it at +02:00 and again at +01:00; write the one you mean, `2026-10-25 02:59:30 +02:00` (the first) or `2026-10-25 02:59:30 +01:00` (the second)',
    ],
  ])('%s', (input, message) => {
    expect(parseTimestamp(input)).toEqual({ ok: false, message });
  });

  test.each([
    // The minutes on either side of each change are real, and read with the offset in force.
    ['2026-03-08 01:59 America/New_York', '2026-03-08T06:59:00.000Z'],
    ['2026-03-08 03:00 America/New_York', '2026-03-08T07:00:00.000Z'],
    ['2026-11-01 00:59 America/New_York', '2026-11-01T04:59:00.000Z'],
    ['2026-11-01 02:00 America/New_York', '2026-11-01T07:00:00.000Z'],
    ['2026-03-29 01:59 Europe/Berlin', '2026-03-29T00:59:00.000Z'],
    ['2026-03-29 03:00 Europe/Berlin', '2026-03-29T01:00:00.000Z'],
    ['2026-10-25 01:59 Europe/Berlin', '2026-10-24T23:59:00.000Z'],
    ['2026-10-25 03:00 Europe/Berlin', '2026-10-25T02:00:00.000Z'],
  ])('%s is the instant %s', (input, iso) => {
    expect(parseTimestamp(input)).toEqual({ ok: true, date: new Date(iso) });
  });
});

describe("a time without a zone means the zone the caller names (the CLI: the site's time_zone)", () => {
  test.each([
    ['2026-12-10 02:00', 'America/New_York', '2026-12-10T07:00:00.000Z'],
    ['2026-07-10 02:00', 'Europe/Berlin', '2026-07-10T00:00:00.000Z'],
    ['2026-07-10 02:00', 'UTC', '2026-07-10T02:00:00.000Z'],
    ['2026-07-10 02:00 UTC', 'America/New_York', '2026-07-10T02:00:00.000Z'],
  ])('%s in %s', (input, zone, iso) => {
    expect(parseTimestamp(input, zone)).toEqual({ ok: true, date: new Date(iso) });
  });
  test('a skipped time in the default zone is refused all the same', () => {
    expect(parseTimestamp('2026-03-08 02:30', 'America/New_York')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^`2026-03-08 02:30` does not exist: the clocks in America\/New_York skip/),
    });
  });
});

test.each([
  ['2026-12-10T07:00:00Z', 'America/New_York', '2026-12-10 02:00 -05:00'],
  ['2026-07-10T06:00:30Z', 'America/New_York', '2026-07-10 02:00:30 -04:00'],
  ['2026-12-10T07:00:00Z', 'Asia/Kolkata', '2026-12-10 12:30 +05:30'],
  ['2026-12-10T07:00:00Z', 'UTC', '2026-12-10 07:00 UTC'],
])('formatTimestampInZone(%s, %s) is %s, and reads back as the same instant', (iso, zone, written) => {
  expect(formatTimestampInZone(new Date(iso), zone)).toBe(written);
  expect(parseTimestamp(written)).toEqual({ ok: true, date: new Date(iso) });
});

test.each([
  ['2026-12-10T07:00:00Z', 'America/New_York', '-05:00'],
  ['2026-07-10T07:00:00Z', 'America/New_York', '-04:00'],
  ['2026-12-10T07:00:00Z', 'Asia/Kolkata', '+05:30'],
  ['2026-12-10T07:00:00Z', 'UTC', '+00:00'],
])('zoneOffset(%s, %s) is %s', (iso, zone, offset) => {
  expect(zoneOffset(new Date(iso), zone)).toBe(offset);
});
