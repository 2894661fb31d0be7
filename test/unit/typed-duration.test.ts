/** The duration the CLI offers as an answer's default is written so that the same CLI reads it back. */
import { expect, test } from 'vitest';
import { parseWhen, typedDuration, type CliContext } from '../../scripts/cli/cli-support.ts';

const START = new Date('2026-03-10T12:00:00Z');
const context = { now: START, content: { events: [], postmortems: [], sources: new Map(), diagnostics: [], fileCount: 0 } } as unknown as CliContext;

test.each([
  [0, '0m'],
  [30 * 60_000, '30m'],
  [2 * 3_600_000, '2h'],
  [90 * 60_000, '1h30m'],
  [26 * 3_600_000, '1d2h'],
  [(24 * 60 + 5) * 60_000, '1d5m'],
])('%i ms is typed as %s, which reads back as the same span', (ms, text) => {
  expect(typedDuration(ms)).toBe(text);
  expect(parseWhen(context, text, START).getTime() - START.getTime()).toBe(ms);
});
