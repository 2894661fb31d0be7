/**
 * Every shipped translation, by its language tag. English (`en.ts`) has every string and sets the
 * shape; another language may lack some (a string added for a new feature, a language half
 * done), and each string it lacks is English's, listed by `missingStrings` so that the build can
 * say so. A feature author adds a string to English alone, and every language still builds.
 */
import type { TranslatedLanguage } from '../schemas/languages.ts';
import type { Partly } from './translation-shape.ts';
import * as en from './en.ts';
import * as de from './de.ts';
import * as fr from './fr.ts';
import * as es from './es.ts';
import * as ptBR from './pt-BR.ts';
import * as it from './it.ts';
import * as nl from './nl.ts';
import * as ja from './ja.ts';
import * as zhHans from './zh-Hans.ts';
import * as ar from './ar.ts';

/** The words of one language: the exports of `en.ts`. */
export type Translation = typeof en;

/** What a translation module exports: any of English's strings, none beyond them. */
export type PartialTranslation = Partly<Translation>;

type Tree = { [key: string]: unknown };
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `partial` over `english`: every string it lacks is English's. */
function overEnglish(english: Tree, partial: Tree): Tree {
  return Object.fromEntries(
    Object.entries(english).map(([key, value]) => [key, isTree(value) && isTree(partial[key]) ? overEnglish(value, partial[key]) : (partial[key] ?? value)]),
  );
}

/** The strings `partial` lacks, as paths such as `UI.event.status`. */
export function missingStrings(partial: PartialTranslation, english: Translation = en): string[] {
  const walk = (model: Tree, given: Tree | undefined, path: string): string[] =>
    Object.entries(model).flatMap(([key, value]) => {
      const at = path ? `${path}.${key}` : key;
      if (isTree(value)) return walk(value, isTree(given?.[key]) ? (given[key] as Tree) : undefined, at);
      return given?.[key] === undefined ? [at] : [];
    });
  return walk(english as unknown as Tree, partial as Tree, '');
}

/** The modules as written, English's whole and the others' perhaps partial. */
export const WRITTEN: Record<TranslatedLanguage, PartialTranslation> = { en, de, fr, es, 'pt-BR': ptBR, it, nl, ja, 'zh-Hans': zhHans, ar };

/** The translations, one per shipped language, each complete: English fills what one lacks. */
export const TRANSLATIONS = Object.fromEntries(
  Object.entries(WRITTEN).map(([language, partial]) => [language, overEnglish(en as unknown as Tree, partial as Tree) as unknown as Translation]),
) as Record<TranslatedLanguage, Translation>;
