/**
 * A string added to English alone: every language still has it (English's, until translated),
 * a site in that language still gets its whole locale, and the build's warning names what each
 * language lacks. English here is the real en.ts with one new label and one new word list.
 */
import { expect, test, vi } from 'vitest';

vi.mock('../../src/locale/en.ts', async (original) => {
  const real = await original<typeof import('../../src/locale/en.ts')>();
  return { ...real, UI: { ...real.UI, newLabel: 'A new label' }, NEW_WORDS: { hello: 'Hello', count: (n: number) => `${n} things` } };
});
const { TRANSLATIONS, WRITTEN, missingStrings } = await import('../../src/locale/translations.ts');
const { siteLocale } = await import('../../src/core/site-locale.ts');
const { untranslated } = await import('../../src/site/site-diagnostics.ts');
const { TRANSLATED_LANGUAGES } = await import('../../src/schemas/languages.ts');

type Extended = { UI: { newLabel: string }; NEW_WORDS: { hello: string; count: (n: number) => string } };

test.each(TRANSLATED_LANGUAGES.filter((language) => language !== 'en'))('%s has the new strings, in English, and says it lacks them', (language) => {
  const words = TRANSLATIONS[language] as unknown as Extended;
  expect([words.UI.newLabel, words.NEW_WORDS.hello, words.NEW_WORDS.count(3)]).toEqual(['A new label', 'Hello', '3 things']);
  // Its own words stay its own.
  expect(TRANSLATIONS[language].UI.event.status).toBe(WRITTEN[language].UI!.event!.status);
  expect(missingStrings(WRITTEN[language])).toEqual(['UI.newLabel', 'NEW_WORDS.hello', 'NEW_WORDS.count']);
  expect((siteLocale({ language }) as unknown as Extended).UI.newLabel).toBe('A new label');
});

test('English lacks nothing, and a site in it is warned of nothing', () => {
  expect([missingStrings(WRITTEN.en), untranslated('en')]).toEqual([[], []]);
});

test('a site whose language lacks strings is warned, at site.yml, with the strings and the file to translate them in', () => {
  expect(untranslated('de-AT')).toEqual([
    {
      file: 'site.yml',
      line: 1,
      column: 1,
      severity: 'warning',
      message:
        "Upfront's de translation lacks 3 strings, which readers see in English: `UI.newLabel`, `NEW_WORDS.hello`, `NEW_WORDS.count` (src/locale/de.ts; docs/translations.md)",
    },
  ]);
});
