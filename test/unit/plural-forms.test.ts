/**
 * Every counted phrase of every shipped language supplies each plural category its language has
 * (as `Intl.PluralRules` lists them): `plural()` falls back to `other` for a missing one, which
 * would print a wrong form (Arabic's "2 days", Polish's "5 days") with nothing to notice it.
 */
import { describe, expect, test, vi } from 'vitest';
import type { PluralForms } from '../../src/locale/plural.ts';

/** Each call of `plural()`: the language and the forms it was given. */
const calls: Array<{ language: string; forms: PluralForms }> = [];
vi.mock('../../src/locale/plural.ts', async (original) => {
  const real = await original<typeof import('../../src/locale/plural.ts')>();
  return {
    ...real,
    plural: (language: string, count: number, forms: PluralForms) => {
      calls.push({ language, forms });
      return real.plural(language, count, forms);
    },
  };
});
const { TRANSLATIONS } = await import('../../src/locale/translations.ts');

/** Calls every function in `value` (however deep) with counts, so that each counted phrase runs. */
function callEverything(value: unknown): void {
  if (typeof value === 'function') {
    for (const count of [0, 1, 2, 3, 5, 11, 21, 100, 1.5]) {
      try {
        (value as (...args: unknown[]) => unknown)(count, count, count, count);
      } catch {
        // A phrase that takes something other than numbers: its counted parts still ran.
      }
    }
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) callEverything(item);
  }
}

describe.each(Object.entries(TRANSLATIONS))('%s', (tag, translation) => {
  test('every counted phrase has each plural category of the language', () => {
    calls.length = 0;
    callEverything(translation);
    const own = calls.filter((call) => call.language === tag || call.language.startsWith(`${tag}-`));
    expect(own.length).toBeGreaterThan(0);
    const needed = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
    const lacking = [
      ...new Set(own.flatMap(({ forms }) => needed.filter((category) => !(category in forms)).map((category) => `${category} in “${forms.other}”`))),
    ];
    expect(lacking).toEqual([]);
  });
});
