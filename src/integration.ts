/**
 * The Upfront Astro integration (`integrations: [upfront()]`): injects every page and endpoint of
 * a status site, configures Astro from the site's `site.yml` (URL, base path, theme) and writes
 * `_headers` after the build. The site folder holds configuration and content only.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { devErrorPage } from './site/dev-error-page.ts';
import { siteDiagnostics } from './site/site-diagnostics.ts';
import { formatDiagnostic, hasErrors, summarize } from './core/diagnostics.ts';
import { hostHeaders } from './outputs/host-headers.ts';
import { readSiteSettings } from './content/load-content.ts';
import type { SiteSettings } from './schemas/site-settings-schema.ts';
import { readNotificationSettings, subscribeForm } from './notify/notification-config.ts';
import { resolveContentDir } from './site/runtime-env.ts';
import { forgetContent, loadedContent } from './site/shared-content.ts';
import { routePattern } from './site/route-patterns.ts';
import { siteModulesPlugin } from './site/site-modules.ts';

const routesDir = fileURLToPath(new URL('./routes/', import.meta.url));
/** The files of a site that are content (site.yml and notifications.yml also restart the dev server). */
const CONTENT_FILES = /^(incidents|components)[\\/]|^(site|notifications)\.yml$/;
/** Each content folder's last valid settings, which `upfront dev` keeps using while site.yml is being fixed. */
const lastValidSettings = new Map<string, SiteSettings>();
/** Routes a site may replace with a file of the same name in its `public/` folder. */
const REPLACEABLE = new Set(['/favicon.svg', '/robots.txt']);

/** The Upfront integration for a site whose content lives in the Astro root (or `UPFRONT_CONTENT`). */
export default function upfront(): AstroIntegration {
  let contentDir = '';
  let base = '/';
  return {
    name: 'upfront',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, injectRoute, addWatchFile, logger }) => {
        contentDir = resolveContentDir(process.env, fileURLToPath(config.root));
        // A restart follows a change of site.yml or notifications.yml: what was read before is stale.
        if (command === 'dev') forgetContent(contentDir);
        const settings = await readSiteSettings(contentDir);
        if (settings.value) lastValidSettings.set(contentDir, settings.value);
        else if (command === 'dev') {
          // Mid-edit, a broken site.yml is content like any other: the server carries on with the
          // settings it had, and the pages show the errors (file, line, fix) until it is saved right.
          logger.error(settings.diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
        }
        const valid = settings.value ?? (command === 'dev' ? lastValidSettings.get(contentDir) : undefined);
        if (!valid) {
          throw new Error(`site.yml has errors:\n${settings.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
        }
        base = valid.base;
        const publicDir = join(contentDir, 'public');
        updateConfig({
          site: valid.url,
          base,
          publicDir: pathToFileURL(`${publicDir}/`),
          trailingSlash: 'always',
          build: { format: 'directory', inlineStylesheets: 'never' },
          devToolbar: { enabled: false },
          vite: viteOptions(contentDir, valid),
        });
        for (const file of readdirSync(routesDir, { recursive: true, encoding: 'utf8' }).sort()) {
          const pattern = routePattern(file);
          if (!pattern || (REPLACEABLE.has(pattern) && existsSync(join(publicDir, pattern)))) continue;
          injectRoute({ pattern, entrypoint: join(routesDir, file), prerender: true });
        }
        // Astro restarts the dev server when site settings change (URL, base and theme are
        // configuration), and when notifications.yml does (its mailing list is the form and the policy).
        if (command === 'dev') for (const file of ['site.yml', 'notifications.yml']) addWatchFile(join(contentDir, file));
      },
      'astro:server:setup': ({ server, logger }) => {
        // Live preview while an incident is written: any change of content reloads the open pages,
        // and the terminal says at once whether the content is still valid.
        server.watcher.add(contentDir);
        const reload = async (path: string) => {
          const inside = relative(contentDir, path);
          forgetContent(contentDir);
          const { diagnostics, fileCount } = await siteDiagnostics(contentDir, await loadedContent(contentDir));
          if (hasErrors(diagnostics)) logger.error(diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
          else logger.info(`${inside}: ${summarize(diagnostics, fileCount)}`);
          server.ws.send({ type: 'full-reload' });
        };
        // The watcher drops a second change of a file within 50 ms of the first, so the files are
        // read once they have been quiet for a moment: a quick second save is never missed.
        let timer: NodeJS.Timeout | undefined;
        const settle = (path: string) => {
          if (!CONTENT_FILES.test(relative(contentDir, path))) return;
          clearTimeout(timer);
          timer = setTimeout(() => void reload(path), 150);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, settle);
        // While the content has errors, pages show them (file, line, fix) instead of a stack trace.
        server.middlewares.use(async (request, response, next) => {
          if (!request.headers.accept?.includes('text/html')) return next();
          // The build's own validation (notifications.yml included), so nothing it would refuse reaches a page as a stack trace.
          const { diagnostics, fileCount } = await siteDiagnostics(contentDir, await loadedContent(contentDir));
          if (!hasErrors(diagnostics)) return next();
          response.writeHead(500, { 'content-type': 'text/html; charset=utf-8' });
          response.end(devErrorPage(diagnostics, fileCount, base));
        });
      },
      'astro:build:done': async ({ dir }) => {
        // The pages' policy allows their form's origin; the file's must say the same.
        const notifications = await readNotificationSettings(contentDir, {});
        await writeFile(join(fileURLToPath(dir), '_headers'), hostHeaders(base, subscribeForm(notifications.value)?.action));
      },
    },
  };
}

/** Vite options: the site's own modules, Upfront compiled from source, and asset names that say what they are. */
function viteOptions(contentDir: string, settings: Parameters<typeof siteModulesPlugin>[1]) {
  return {
    plugins: [siteModulesPlugin(contentDir, settings)],
    // The package ships TypeScript and .astro source, compiled by Vite like the site's own files.
    ssr: { noExternal: ['upfront'] },
    // The one stylesheet and the one script get names that say what they are (by default they
    // are named after the chunk that imports them).
    build: {
      rollupOptions: {
        output: {
          assetFileNames: (asset: { names?: string[] }) =>
            asset.names?.[0]?.endsWith('.css') ? '_astro/site.[hash][extname]' : '_astro/[name].[hash][extname]',
        },
      },
    },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              entryFileNames: (chunk: { name: string }) =>
                chunk.name.includes('astro_type_script') ? '_astro/live-page.[hash].js' : '_astro/[name].[hash].js',
            },
          },
        },
      },
    },
  };
}
