/** A site's locale: the words of its language and the region its dates and numbers follow. */
import { translationOf, type Clock } from '../schemas/languages.ts';
import { TRANSLATIONS, type Translation } from '../locale/translations.ts';
import { regionOf, type Region } from './format-time.ts';

/** What a site is written in: the translation's words, the page language and the formats. */
export interface Locale extends Translation {
  /** The site's BCP 47 tag, for `<html lang>` and the feeds. */
  lang: string;
  region: Region;
}

const locales = new Map<string, Locale>();

/** The locale of a site's `language` and `clock` (validated by the settings schema). */
export function siteLocale(settings: { language: string; clock?: Clock }): Locale {
  const key = `${settings.language}|${settings.clock ?? ''}`;
  let locale = locales.get(key);
  if (!locale) {
    locales.set(
      key,
      (locale = { ...TRANSLATIONS[translationOf(settings.language)], lang: settings.language, region: regionOf(settings.language, settings.clock) }),
    );
  }
  return locale;
}
