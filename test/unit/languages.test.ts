import { expect, test } from 'vitest';
import { languageProblem, TRANSLATED_LANGUAGES, translationFor, translationOf } from '../../src/schemas/languages.ts';
import { siteSettingsSchema } from '../../src/schemas/site-settings-schema.ts';

test.each([
  ['en', 'en'],
  ['en-US', 'en'],
  ['en-GB', 'en'],
  ['de', 'de'],
  ['de-CH', 'de'],
  ['fr-CA', 'fr'],
  ['es-MX', 'es'],
  ['pt-BR', 'pt-BR'],
  ['pt-br', 'pt-BR'],
  ['pt-PT', 'pt-BR'],
  ['it', 'it'],
  ['nl-BE', 'nl'],
  ['ja', 'ja'],
  ['zh', 'zh-Hans'],
  ['zh-CN', 'zh-Hans'],
  ['zh-Hans', 'zh-Hans'],
  ['ar-EG', 'ar'],
  ['zh-TW', undefined],
  ['zh-Hant', undefined],
  ['sv', undefined],
  ['not a tag', undefined],
])('%s is read in %s', (tag, translation) => {
  expect(translationFor(tag)).toBe(translation);
});

test.each([
  ['German', '`German` is not a BCP 47 language tag. Did you mean `de`? Write a tag such as `en`, `de`, `en-US` or `pt-BR`'],
  ['Deutsch', '`Deutsch` is not a BCP 47 language tag. Did you mean `de`? Write a tag such as `en`, `de`, `en-US` or `pt-BR`'],
  ['english', '`english` is not a BCP 47 language tag. Did you mean `en`? Write a tag such as `en`, `de`, `en-US` or `pt-BR`'],
  ['en_US', '`en_US` is not a BCP 47 language tag. Write a tag such as `en`, `de`, `en-US` or `pt-BR`'],
])('language `%s` is refused: %s', (input, message) => {
  expect(languageProblem(input)).toBe(message);
});

test('a language without a translation is refused, naming each translated language in its own name', () => {
  const listed = TRANSLATED_LANGUAGES.map((language) => `\`${language}\` (${new Intl.DisplayNames([language], { type: 'language' }).of(language)})`);
  expect(languageProblem('sv')).toBe(
    `Upfront has no translation for \`sv\` (Swedish) yet. Translated: ${listed.join(', ')}; docs/translations.md says how to add one`,
  );
  expect(listed.slice(0, 3)).toEqual(['`en` (English)', '`de` (Deutsch)', '`fr` (français)']);
});

const SETTINGS = { name: 'S', url: 'https://status.example.com', time_zone: 'UTC', support_url: 'mailto:help@example.com' };

test('the language defaults to English, is kept in its canonical spelling, and the clock to the language', () => {
  expect(siteSettingsSchema.parse(SETTINGS)).toMatchObject({ language: 'en' });
  expect(siteSettingsSchema.parse({ ...SETTINGS, language: 'pt-br', clock: '12h' })).toMatchObject({ language: 'pt-BR', clock: '12h' });
  expect(siteSettingsSchema.parse(SETTINGS).clock).toBeUndefined();
});

test('a clock other than 12h or 24h is refused with the choices', () => {
  const result = siteSettingsSchema.safeParse({ ...SETTINGS, clock: '24' });
  expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
    "should be `12h` or `24h` (or left out for the language's own convention)",
  ]);
});

test('a setting no translation reads is never quietly written in English', () => {
  expect(translationOf('de-AT')).toBe('de');
  expect(() => translationOf('sv')).toThrow('language sv: Upfront has no translation for `sv` (Swedish) yet.');
});
