import { expect, test } from 'vitest';
import { editEventFile, slugify, updateSection } from '../../src/content/content-edits.ts';

test.each([
  ['Elevated API error rates', 'elevated-api-error-rates'],
  ['Webhooks délayed (EU) — again!', 'webhooks-delayed-eu-again'],
  ['  --Spaces & symbols %$#--  ', 'spaces-symbols'],
  ['Ünïcödé Çafé', 'unicode-cafe'],
  ['障害: API down', 'api-down'],
  ['障害', 'incident-988903db'],
  ['خطأ في تسجيل الدخول', 'incident-2284c1c7'],
  ['🚨🚨🚨', 'incident-fb3e6f0c'],
  ['e\u0301', 'e'],
  ['a'.repeat(80), 'a'.repeat(50)],
])('slugify(%j) is %s', (title, slug) => {
  expect(slugify(title, 'incident')).toBe(slug);
  expect(slugify(title, 'incident')).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
});

test('a title in another script gets a slug of its own, the same every time', () => {
  expect(slugify('障害', 'incident')).toBe(slugify('障害', 'incident'));
  expect(slugify('障害', 'incident')).not.toBe(slugify('停止', 'incident'));
  // Composed and decomposed forms of the same text are the same title.
  expect(slugify('ç', 'incident')).toBe(slugify('c\u0327', 'incident'));
});

test('an edit with no changes returns the file byte for byte', () => {
  const text = '\uFEFF---\r\n# note\r\ntitle: "x"  # keep\r\n---\r\n\r\n## Investigating · 2026-11-20 14:00 UTC\r\n\r\nx\r\n';
  expect(editEventFile(text, [])).toBe(text);
  expect(editEventFile('no frontmatter', [], updateSection('identified', new Date('2026-11-20T14:10:00Z'), 'y', 'UTC'))).toBeUndefined();
});
