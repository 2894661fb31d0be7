// Astro configuration. Site URL and base path come from the content folder's site.yml.
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from './src/lib/diagnostics.ts';
import { readSiteSettings } from './src/lib/load-content.ts';
import { resolveContentDir } from './src/lib/runtime-env.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const contentDir = resolveContentDir(process.env, root);
const settings = await readSiteSettings(contentDir);
if (!settings.value) {
  throw new Error(`site.yml has errors:\n${settings.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
}
// One cache per content folder, so that building a fixture never reuses the example's data store.
const cacheKey = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);

export default defineConfig({
  site: settings.value.url,
  base: settings.value.base,
  trailingSlash: 'always',
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // The one stylesheet and the one script get names that say what they are (by default they
  // are named after the chunk that imports them).
  vite: {
    build: { rollupOptions: { output: { assetFileNames: (asset) => (asset.names?.[0]?.endsWith('.css') ? '_astro/site.[hash][extname]' : '_astro/[name].[hash][extname]') } } },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              entryFileNames: (chunk) => (chunk.name.includes('astro_type_script') ? '_astro/live-page.[hash].js' : '_astro/[name].[hash].js'),
            },
          },
        },
      },
    },
  },
});
