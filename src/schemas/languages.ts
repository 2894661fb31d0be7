/**
 * The languages a site can be written in: the translations Upfront ships, and which of them a
 * BCP 47 tag such as `de-AT` or `zh-CN` is read in (the same language and script).
 */
import { closestMatch } from './suggest.ts';

/** The tags of the shipped translations (one module each in `src/locale/`). */
export const TRANSLATED_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt-BR', 'it', 'nl', 'ja', 'zh-Hans', 'ar'] as const;

/** A shipped translation. */
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/** How a site's clock is written; by default the language's own convention. */
export const CLOCKS = ['12h', '24h'] as const;

/** `12h` or `24h`. */
export type Clock = (typeof CLOCKS)[number];

/** The canonical form of a BCP 47 tag (`pt-br` → `pt-BR`), or undefined when it is none. */
export function canonicalTag(input: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(input.trim())[0];
  } catch {
    return undefined;
  }
}

const scriptOf = (tag: string) => {
  const locale = new Intl.Locale(tag).maximize();
  return `${locale.language}-${locale.script}`;
};
const TRANSLATION_SCRIPTS = new Map(TRANSLATED_LANGUAGES.map((language) => [scriptOf(language), language]));

/** The translation a tag is read in: `de-CH` in German, `zh-CN` in Simplified Chinese, `zh-TW` in none. */
export function translationFor(tag: string): TranslatedLanguage | undefined {
  const canonical = canonicalTag(tag);
  return canonical === undefined ? undefined : TRANSLATION_SCRIPTS.get(scriptOf(canonical));
}

/** The translation of a validated `language` setting; a tag no translation reads is a bug upstream, never English by default. */
export function translationOf(language: string): TranslatedLanguage {
  const translation = translationFor(language);
  if (!translation) throw new Error(`language ${language}: ${languageProblem(language)}`);
  return translation;
}

const englishNames = new Intl.DisplayNames('en', { type: 'language' });
const nativeName = (language: string) => new Intl.DisplayNames(language, { type: 'language' }).of(language) ?? language;
const listed = TRANSLATED_LANGUAGES.map((language) => `\`${language}\` (${nativeName(language)})`).join(', ');

/** What is wrong with a `language` setting, or undefined when a shipped translation reads it. */
export function languageProblem(input: string): string | undefined {
  const canonical = canonicalTag(input);
  if (canonical === undefined || !/^[a-z]{2,3}(?:-|$)/i.test(input.trim())) {
    // People write the language's name: `German`, `Deutsch`, `japanese`.
    const byName = TRANSLATED_LANGUAGES.find((language) =>
      [englishNames.of(language), nativeName(language)].some((name) => name?.toLowerCase() === input.trim().toLowerCase()),
    );
    const guess = byName ?? closestMatch(input.trim(), TRANSLATED_LANGUAGES);
    return `\`${input}\` is not a BCP 47 language tag.${guess ? ` Did you mean \`${guess}\`?` : ''} Write a tag such as \`en\`, \`de\`, \`en-US\` or \`pt-BR\``;
  }
  if (translationFor(canonical)) return undefined;
  return `Upfront has no translation for \`${canonical}\` (${englishNames.of(canonical) ?? canonical}) yet. Translated: ${listed}; docs/translations.md says how to add one`;
}
