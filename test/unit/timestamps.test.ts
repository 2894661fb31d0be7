import { describe, expect, test } from 'vitest';
import { formatTimestampUtc, parseTimestamp } from '../../src/lib/timestamps.ts';

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
  ])('%s', (input, iso) => {
    const result = parseTimestamp(input);
    expect(result).toEqual({ ok: true, date: new Date(iso) });
  });
});

describe('parseTimestamp refuses what it would have to guess', () => {
  test.each([
    ['2026-11-20 14:32', '`2026-11-20 14:32` has no time zone; add `UTC` or an offset such as `+01:00`'],
    ['2026-11-20', '`2026-11-20` is a date without a time and zone; write it like `2026-11-20 14:32 UTC` or `2026-11-20T15:32:00+01:00`'],
    ['2026-11-20 14:32 CET', '`CET` in `2026-11-20 14:32 CET` is not a zone Upfront accepts (abbreviations such as CET or PST are ambiguous); use `UTC` or an offset such as `+01:00`'],
    ['yesterday', '`yesterday` is not a timestamp; write it like `2026-11-20 14:32 UTC` or `2026-11-20T15:32:00+01:00`'],
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
