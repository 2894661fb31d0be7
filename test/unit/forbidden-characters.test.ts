import { expect, test } from 'vitest';
import { replaceForbidden } from '../../src/core/forbidden-characters.ts';

test.each([
  ['plain text', 'Outage at 14:00 — 日本語 ✓ 👍', 'Outage at 14:00 — 日本語 ✓ 👍'],
  ['C0 and C1 controls', 'a\u0000b\u0001c\u007Fd\u0085e', 'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe'],
  ['tab and line breaks stay', 'a\tb\nc\rd', 'a\tb\nc\rd'],
  ['halves of surrogate pairs, but not whole pairs', 'x\uD800y\uDC00z😀', 'x\uFFFDy\uFFFDz😀'],
  ['noncharacters', 'a\uFFFEb\uFFFFc', 'a\uFFFDb\uFFFDc'],
])('replaceForbidden: %s', (_name, input, output) => {
  expect(replaceForbidden(input)).toBe(output);
});
