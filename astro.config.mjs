// The bundled example status site, built like any Upfront site: the integration reads site.yml
// (URL, base path, theme) and supplies every page. A site of your own needs no config file at
// all; add one like this only to extend the site with Astro (see docs/configuration.md).
import { defineConfig } from 'astro/config';
import upfront from 'upfront';

export default defineConfig({
  integrations: [upfront()],
});
