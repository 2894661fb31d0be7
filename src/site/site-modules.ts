/**
 * The Vite plugin through which the engine's pages learn about the site being built:
 * `virtual:upfront/site` (where its content lives), `virtual:upfront/theme.css` (the status
 * tones' colours and its accent colours) and `virtual:upfront/live-locale` (the browser script's
 * words and formats in the site's language, and only that language's), all worked out once
 * from the site's settings.
 */
import { fileURLToPath } from 'node:url';
import type { SiteSettings } from '../schemas/site-settings-schema.ts';
import { themeStylesheet } from '../schemas/site-theme.ts';
import { translationOf } from '../schemas/languages.ts';
import { toneStylesheet } from '../core/status-colours.ts';
import { siteLocale } from '../core/site-locale.ts';

const SITE_MODULE = 'virtual:upfront/site';
const THEME_MODULE = 'virtual:upfront/theme.css';
const LIVE_LOCALE_MODULE = 'virtual:upfront/live-locale';
const MODULES = new Set([SITE_MODULE, THEME_MODULE, LIVE_LOCALE_MODULE]);

/** The live locale module: the translation's word lists the script uses (the rest is shaken out) and the region. */
function liveLocaleModule(settings: SiteSettings): string {
  const translation = fileURLToPath(new URL(`../locale/${translationOf(settings.language)}.ts`, import.meta.url));
  return [
    `export { FORM_WORDS, LIVE_WORDS, OVERALL_WORDS, PHASE_WORDS, STATUS_WORDS } from ${JSON.stringify(translation)};`,
    `export const REGION = ${JSON.stringify(siteLocale(settings).region)};`,
  ].join('\n');
}

/** A Vite plugin serving the site's virtual modules. */
export function siteModulesPlugin(contentDir: string, settings: SiteSettings) {
  return {
    name: 'upfront-site-modules',
    resolveId(id: string) {
      return MODULES.has(id) ? `\0${id}` : undefined;
    },
    load(id: string) {
      if (id === `\0${SITE_MODULE}`) return `export const contentDir = ${JSON.stringify(contentDir)};`;
      if (id === `\0${THEME_MODULE}`) return `${toneStylesheet()}\n${themeStylesheet(settings)}`;
      if (id === `\0${LIVE_LOCALE_MODULE}`) return liveLocaleModule(settings);
      return undefined;
    },
  };
}
