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
  // The one stylesheet gets a name that says what it is (by default it is named after a chunk).
  vite: {
    build: {
      rollupOptions: {
        output: { assetFileNames: (asset) => (asset.names?.[0]?.endsWith('.css') ? '_astro/site.[hash][extname]' : '_astro/[name].[hash][extname]') },
      },
    },
  },
});
