/** Types of the virtual modules that the integration's Vite plugin serves (src/site/site-modules.ts). */
declare module 'virtual:upfront/site' {
  /** The folder holding the site's site.yml, components/ and incidents/. */
  export const contentDir: string;
}
declare module 'virtual:upfront/theme.css';
