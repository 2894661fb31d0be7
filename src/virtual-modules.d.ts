/** Types of the virtual modules that the integration's Vite plugin serves (src/site/site-modules.ts). */
declare module 'virtual:upfront/site' {
  /** The folder holding the site's site.yml, components/ and incidents/. */
  export const contentDir: string;
}
declare module 'virtual:upfront/theme.css';
declare module 'virtual:upfront/live-locale' {
  type English = typeof import('./locale/en.ts');
  /** The site's translation of the words the browser script writes. */
  export const LIVE_WORDS: English['LIVE_WORDS'];
  export const OVERALL_WORDS: English['OVERALL_WORDS'];
  export const PHASE_WORDS: English['PHASE_WORDS'];
  export const STATUS_WORDS: English['STATUS_WORDS'];
  /** What the subscription form says when an answer needs fixing. */
  export const FORM_WORDS: English['FORM_WORDS'];
  /** The locale and clock the site's times are written in. */
  export const REGION: import('./core/format-time.ts').Region;
}
