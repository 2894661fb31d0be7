/** Every shipped translation, by its language tag; each has the exports of `en.ts`, which sets their shape. */
import type { TranslatedLanguage } from '../schemas/languages.ts';
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

/** The translations, one per shipped language. */
export const TRANSLATIONS: Record<TranslatedLanguage, Translation> = { en, de, fr, es, 'pt-BR': ptBR, it, nl, ja, 'zh-Hans': zhHans, ar };
