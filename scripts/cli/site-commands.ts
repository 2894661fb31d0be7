/**
 * `upfront build` and `upfront dev`: Astro run on the site folder with the Upfront integration,
 * from the folder's own `astro.config.*` when it has one, else from the configuration the
 * integration supplies. And `upfront preview`, the built site served as a static host serves it.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { chmod, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { AstroInlineConfig } from 'astro';
import type { SiteSettings } from '../../src/schemas/site-settings-schema.ts';
import { countOf, formatDiagnostic, hasErrors, sortDiagnostics, summarize } from '../../src/core/diagnostics.ts';
import { loadContent, readSiteSettings } from '../../src/content/load-content.ts';
import { shareContent } from '../../src/site/shared-content.ts';
import { siteDiagnostics } from '../../src/site/site-diagnostics.ts';
import { staticHost } from './static-host.ts';
import upfront from '../../src/integration.ts';

/** The site being worked on: Astro's root (config, public/, node_modules) and the content folder. */
export interface SiteFolders {
  root: string;
  contentDir: string;
}

const CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'];

/** Astro's configuration for the site: its own config file, or Upfront's integration alone. */
function astroConfig(site: SiteFolders, extra: AstroInlineConfig = {}): AstroInlineConfig {
  const { root } = site;
  // The integration learns where the content is as every command does, from UPFRONT_CONTENT; the
  // site's own astro.config.mjs, which the CLI cannot pass options to, is then covered too.
  process.env.UPFRONT_CONTENT = site.contentDir;
  const hasConfigFile = CONFIG_FILES.some((name) => existsSync(join(root, name)));
  // Content problems are reported by Upfront itself; Astro's own log is shown with UPFRONT_VERBOSE=1.
  const logLevel = process.env.UPFRONT_VERBOSE ? 'info' : 'error';
  // Astro finds the site's own config file itself; without one, the integration is the whole configuration.
  return { root, logLevel, ...(!hasConfigFile && { configFile: false, integrations: [upfront()] }), ...extra };
}

/** The process's umask, read without changing it for longer than the call. */
function currentUmask(): number {
  const mask = process.umask(0o022);
  process.umask(mask);
  return mask;
}

/**
 * Validates the content, builds into a temporary folder next to `outDir`, then swaps it in, so
 * that a failed build never leaves a half-written site behind. Returns the exit code.
 */
export async function buildSite(site: SiteFolders, outDir: string, now: Date): Promise<number> {
  const content = await loadContent(site.contentDir, now);
  const { diagnostics, fileCount } = await siteDiagnostics(site.contentDir, content);
  for (const diagnostic of sortDiagnostics(diagnostics)) console.error(formatDiagnostic(diagnostic));
  if (hasErrors(diagnostics)) {
    console.error(`✗ ${summarize(diagnostics, fileCount)}. Nothing was built; ${basename(outDir)}/ is unchanged.`);
    return 1;
  }
  // Hand the validated content to the pages of this process instead of parsing it again.
  shareContent(site.contentDir, content, now);

  let staging: string;
  try {
    await mkdir(dirname(outDir), { recursive: true });
    staging = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}-building-`));
    // mkdtemp makes the folder private (0700); the site is for a web server and copies to read,
    // so it gets the mode any folder made here would (0755 under the usual umask).
    await chmod(staging, 0o777 & ~currentUmask());
  } catch (e) {
    console.error(`error  cannot write next to ${outDir}: ${(e as Error).message}`);
    return 1;
  }
  // Astro keeps its intermediate files inside the output folder only when that folder lies inside
  // the working directory, else in <cwd>/.astro/, shared by every build started there: two builds
  // at once (of two sites, or in a test run) would overwrite each other's files. Each build gets a
  // working directory of its own inside the site, where the files still find node_modules.
  const cwd = process.cwd();
  const scratch = await mkdtemp(join(site.root, 'node_modules', '.upfront-build-')).catch(() => undefined);
  try {
    const { build } = await import('astro');
    if (scratch) process.chdir(scratch);
    await build(astroConfig(site, { outDir: staging }));
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    console.error(`error  the site could not be built: ${(e as Error).message}\n${basename(outDir)}/ is unchanged.`);
    return 1;
  } finally {
    process.chdir(cwd);
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
  const previous = `${staging}-previous`;
  try {
    if (existsSync(outDir)) await rename(outDir, previous);
    await rename(staging, outDir);
  } catch (e) {
    // Put the old site back if it was moved aside; the new one stays in staging for inspection.
    if (!existsSync(outDir) && existsSync(previous)) await rename(previous, outDir);
    console.error(`error  could not put the new site in place: ${(e as Error).message}\n${basename(outDir)}/ is unchanged; the new build is in ${staging}.`);
    return 1;
  }
  await rm(previous, { recursive: true, force: true });
  const incidents = content.events.filter((e) => e.data.kind === 'incident').length;
  const built = `${countOf(incidents, 'incident')}, ${countOf(content.events.length - incidents, 'maintenance window')} and ${countOf(content.postmortems.length, 'postmortem')}`;
  console.log(`✓ ${countOf(fileCount, 'file')} checked; built ${built} into ${outDir} (now: ${now.toISOString()})`);
  return 0;
}

/** The site's settings, or undefined (after printing why) when site.yml, which serving needs, has errors. */
async function validSettings(site: SiteFolders): Promise<SiteSettings | undefined> {
  const { value, diagnostics } = await readSiteSettings(site.contentDir);
  for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
  return value;
}

/** Serves the site with live reload while content is edited; resolves when the server stops. */
export async function devServer(site: SiteFolders, port: number | undefined): Promise<number> {
  // Content errors are shown in the pages as they are written; the settings must hold to start.
  if (!(await validSettings(site))) return 1;
  const { dev } = await import('astro');
  return untilStopped(await dev(astroConfig(site, { logLevel: 'info', ...(port && { server: { port } }) })));
}

/** Waits for Ctrl-C (or SIGTERM), then stops `server`; exit code 0. */
function untilStopped(server: { stop(): Promise<void> }): Promise<number> {
  return new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.stop().then(() => resolve(0)));
  });
}

/** Serves the built site in `outDir` as a static host would (static-host.ts); resolves when the server stops. */
export async function previewSite(site: SiteFolders, outDir: string, port = 4321): Promise<number> {
  if (!existsSync(outDir)) {
    console.error(`error  ${outDir} does not exist; run \`npx upfront build\` first`);
    return 1;
  }
  const settings = await validSettings(site);
  if (!settings) return 1;
  const server = createServer(staticHost(outDir, settings.base));
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', (e) => {
      console.error(
        `error  cannot serve on port ${port}: ${(e as NodeJS.ErrnoException).code === 'EADDRINUSE' ? 'it is in use; choose another with --port' : (e as Error).message}`,
      );
      resolve(false);
    });
    server.listen(port, 'localhost', () => resolve(true));
  });
  if (!listening) return 1;
  console.log(`Serving ${outDir} as a static host would, at http://localhost:${port}${settings.base} (Ctrl-C stops it)`);
  return untilStopped({ stop: () => new Promise<void>((resolve) => server.close(() => resolve())) });
}
