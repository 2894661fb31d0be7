/**
 * The Vite plugin through which the engine's pages learn about the site being built:
 * `virtual:upfront/site` (where its content lives) and `virtual:upfront/theme.css` (the status
 * tones' colours and its accent colours), both worked out once from the site's settings.
 */
import type { SiteSettings } from '../schemas/site-settings-schema.ts';
import { themeStylesheet } from '../schemas/site-theme.ts';
import { toneStylesheet } from '../core/status-colours.ts';

const SITE_MODULE = 'virtual:upfront/site';
const THEME_MODULE = 'virtual:upfront/theme.css';

/** A Vite plugin serving the site's virtual modules. */
export function siteModulesPlugin(contentDir: string, settings: SiteSettings) {
  return {
    name: 'upfront-site-modules',
    resolveId(id: string) {
      return id === SITE_MODULE || id === THEME_MODULE ? `\0${id}` : undefined;
    },
    load(id: string) {
      if (id === `\0${SITE_MODULE}`) return `export const contentDir = ${JSON.stringify(contentDir)};`;
      if (id === `\0${THEME_MODULE}`) return `${toneStylesheet()}\n${themeStylesheet(settings)}`;
      return undefined;
    },
  };
}
