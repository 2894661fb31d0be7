/**
 * `npm run build`: validates the content folder, then builds the site with Astro into a
 * temporary folder and swaps it into place, so that a failed build never leaves a half-written
 * site behind. Usage: build-site.ts [--out-dir dist]
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, hasErrors, summarize } from '../src/lib/diagnostics.ts';
import { buildNow, shareContent } from '../src/lib/shared-content.ts';
import { loadContent } from '../src/lib/load-content.ts';
import { resolveContentDir } from '../src/lib/runtime-env.ts';
import { hostHeaders } from '../src/lib/host-headers.ts';
import { parseArgsOrExit } from './cli-args.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Validates, builds into a temporary folder next to `outDir`, then swaps it in. Returns the exit code. */
export async function buildSite(outDir: string): Promise<number> {
  const contentDir = resolveContentDir(process.env, repoRoot);
  let now: Date;
  try {
    now = buildNow();
  } catch (e) {
    console.error(`error  ${(e as Error).message}`);
    return 2;
  }
  const content = await loadContent(contentDir, now);
  for (const diagnostic of content.diagnostics) console.error(formatDiagnostic(diagnostic));
  if (hasErrors(content.diagnostics)) {
    console.error(`✗ ${summarize(content.diagnostics, content.fileCount)}. Nothing was built; ${basename(outDir)}/ is unchanged.`);
    return 1;
  }
  // Hand the validated content to the Astro loaders of this process instead of parsing it again.
  shareContent(contentDir, content);

  let staging: string;
  try {
    await mkdir(dirname(outDir), { recursive: true });
    staging = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}-building-`));
  } catch (e) {
    console.error(`error  cannot write next to ${outDir}: ${(e as Error).message}`);
    return 1;
  }
  try {
    const { build } = await import('astro');
    // Content problems were all reported above; Astro's own chatter (including its notice about an
    // empty postmortems collection on a site without postmortems) is shown with UPFRONT_VERBOSE=1.
    await build({ root: repoRoot, outDir: staging, logLevel: process.env.UPFRONT_VERBOSE ? 'info' : 'error' });
    await writeFile(join(staging, '_headers'), hostHeaders(content.settings!.base));
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    console.error(`error  the site could not be built: ${(e as Error).message}\n${basename(outDir)}/ is unchanged.`);
    return 1;
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
  console.log(`✓ built ${content.events.length} incidents and maintenance windows into ${outDir} (now: ${now.toISOString()})`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgsOrExit({ options: { 'out-dir': { type: 'string', default: 'dist' } } }, 'usage: npm run build [-- --out-dir <dir>]');
  process.exitCode = await buildSite(resolve(values['out-dir']));
}
