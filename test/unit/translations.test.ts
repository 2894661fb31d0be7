/**
 * The shipped translations: each is complete as written (exactly English's keys, nothing left to
 * English's fallback), and no value is left in English except the words listed here, which are the
 * same in that language (names, cognates, formats). A new translation starts from a copy of
 * en.ts, and this test lists what is still to translate.
 */
import { describe, expect, test } from 'vitest';
import type * as English from '../../src/locale/en.ts';
import { BANNER_WORDS } from '../../src/locale/en.ts';
import { missingStrings, TRANSLATIONS, WRITTEN } from '../../src/locale/translations.ts';
import type { Partly } from '../../src/locale/translation-shape.ts';
import { TRANSLATED_LANGUAGES } from '../../src/schemas/languages.ts';

type Tree = { [key: string]: unknown };

/** Every key path of a translation, with `()` after functions and their arity. */
function shape(tree: Tree, path = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'function') return [`${at}(${value.length})`];
    if (value && typeof value === 'object') return shape(value as Tree, at);
    return [at];
  });
}

/** A function's text for sample arguments: mixed-case texts (a count becomes `NaN`, which still shows the words around it). */
function sampleText(fn: (...args: never[]) => unknown): unknown {
  const call = fn as (...args: unknown[]) => unknown;
  try {
    return call(...Array.from({ length: fn.length }, (_, index) => `Ab${index}`));
  } catch {
    // `uptimeBar.day` takes a list last.
    return call('Ab0', 'Ab1', ['Ab2', 'Ab3']);
  }
}

/** The key paths whose value is the same as English's: the untranslated ones. */
function untranslatedKeys(english: Tree, other: Tree, path = ''): string[] {
  return Object.entries(english).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    const theirs = other[key];
    if (typeof value === 'function') return sampleText(value as never) === sampleText(theirs as never) ? [at] : [];
    if (value && typeof value === 'object') return untranslatedKeys(value as Tree, theirs as Tree, at);
    return value === theirs ? [at] : [];
  });
}

// The same in every language: the direction of most, names of formats, and templates that are only punctuation.
const FORMATS = ['UI.layout.rssTitle', 'UI.layout.atomTitle', 'UI.subscribe.rss', 'UI.subscribe.atom'];
const PUNCTUATION = ['NOTIFY_WORDS.subject.opened', 'NOTIFY_WORDS.subject.updated', 'UI.feedTitle', 'UI.event.summary', 'UI.uptimeBar.of', 'UI.uptimeBar.day'];
const LTR = ['UI.dir'];
// Languages that abbreviate a minute `min` as English does.
const MIN = ['UI.uptimeReport.minutesColumn'];
// Languages that quote with English's curly double quotes.
const QUOTES = ['UI.uptimeReport.quoted'];
// Languages that, like English, write a status in lower case mid-sentence and on a badge.
const LOWER_CASE = ['UI.badgeWord', 'UI.uptimeBar.statusFor'];

/** What may stay as in English, by language, and why; a language not listed keeps nothing in English. */
const SAME_AS_ENGLISH: Partial<Record<Exclude<keyof typeof TRANSLATIONS, 'en'>, string[]>> = {
  // Status, Feeds and Badge are German words too.
  de: [...LTR, ...PUNCTUATION.filter((key) => key !== 'UI.uptimeBar.day'), ...FORMATS, 'UI.event.status', 'UI.subscribe.feedsTitle', 'UI.subscribe.badge'],
  // Impact, Incident(s), Maintenance, Site, Badge and Questions are spelled alike in French.
  fr: [
    ...LTR,
    ...LOWER_CASE,
    'UI.feedTitle',
    'UI.uptimeBar.of',
    ...FORMATS,
    ...MIN,
    'NOTIFY_WORDS.impact',
    'POSTMORTEM_TEMPLATE.impact',
    'UI.layout.siteNav',
    'UI.layout.nav.maintenance',
    'UI.event.incident',
    'UI.event.maintenanceShort',
    'UI.event.impact',
    'UI.home.maintenance',
    'UI.history.incidents',
    'UI.maintenancePage.title',
    'UI.subscribe.badge',
    'UI.subscribe.supportTitle',
  ],
  es: [...LTR, ...LOWER_CASE, ...PUNCTUATION, ...FORMATS, ...MIN],
  // Site, Status and Feeds are Brazilian Portuguese as well.
  'pt-BR': [...LTR, ...LOWER_CASE, ...PUNCTUATION, ...FORMATS, ...MIN, ...QUOTES, 'UI.layout.siteNav', 'UI.event.status', 'UI.subscribe.feedsTitle'],
  it: [...LTR, ...LOWER_CASE, ...PUNCTUATION, ...FORMATS, ...MIN, 'UI.subscribe.badge'],
  // Impact, Status, Updates, Feeds and Badge are used in Dutch as they are.
  nl: [
    ...LTR,
    ...LOWER_CASE,
    ...PUNCTUATION.filter((key) => key !== 'UI.uptimeBar.day'),
    ...FORMATS,
    ...MIN,
    'NOTIFY_WORDS.impact',
    'POSTMORTEM_TEMPLATE.impact',
    'UI.event.impact',
    'UI.event.status',
    'UI.event.updates',
    'UI.subscribe.feedsTitle',
    'UI.subscribe.badge',
  ],
  ja: [...LTR, 'UI.subscribe.rss', 'UI.subscribe.atom', 'UI.subscribe.apiTitle'],
  'zh-Hans': [...LTR, ...QUOTES, 'UI.subscribe.rss', 'UI.subscribe.atom', 'UI.subscribe.shields', 'UI.subscribe.apiTitle'],
  ar: [...PUNCTUATION.filter((key) => key !== 'UI.uptimeBar.of' && key !== 'UI.uptimeBar.day'), ...FORMATS],
};

const english = TRANSLATIONS.en as unknown as Tree;

test('every shipped language has a translation, and every translation a shipped language', () => {
  expect(Object.keys(TRANSLATIONS).sort()).toEqual([...TRANSLATED_LANGUAGES].sort());
});

describe.each(TRANSLATED_LANGUAGES.filter((language) => language !== 'en'))('%s', (language) => {
  const translation = WRITTEN[language] as unknown as Tree;

  test('is complete as written: exactly the keys of en.ts, functions taking the same arguments', () => {
    expect([shape(translation), missingStrings(WRITTEN[language])]).toEqual([shape(english), []]);
  });

  test('leaves nothing in English but the words that are the same in it', () => {
    expect(untranslatedKeys(english, translation).sort()).toEqual([...(SAME_AS_ENGLISH[language as keyof typeof SAME_AS_ENGLISH] ?? [])].sort());
  });
});

test('a fresh copy of English words lists every key still to translate', () => {
  const started = { BANNER_WORDS: { ...BANNER_WORDS, link: 'Zur Statusseite' } };
  expect(untranslatedKeys({ BANNER_WORDS }, started)).toEqual([
    'BANNER_WORDS.region',
    'BANNER_WORDS.incident',
    'BANNER_WORDS.maintenance',
    'BANNER_WORDS.more',
    'BANNER_WORDS.dismiss',
  ]);
});

// The type check (npm test runs it first) refuses a key English does not have; a key a
// translation lacks is English's, said by the build (see translation-fallback.test.ts).
// @ts-expect-error `extra` is not a key of English's banner words.
export const withExtraKey: Partly<typeof English.BANNER_WORDS> = { ...BANNER_WORDS, extra: 'x' };
export const withMissingKeys: Partly<typeof English.BANNER_WORDS> = { region: 'Status' };
