/**
 * `npm run build:example`: builds the bundled example status page as if it had been written
 * just now. The example depicts the moment EXAMPLE_WRITTEN_AT. This copies it into a scratch
 * folder, re-dated, and builds that copy with the real clock:
 * - the ongoing incident moves by the exact time elapsed since then, so it is as fresh as when
 *   it was written (its messages name no clock times);
 * - everything else moves by whole days only, so that times of day written in messages
 *   ("from 13:48 to 15:21 UTC") stay true.
 * A real site never goes through this: `npm run build` uses its content as it is.
 * Usage: build-example.ts [--out-dir dist]
 */
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elapsedMinutesMs, shiftDates, shiftTimestamps } from '../src/content/shift-dates.ts';
import { liveNow } from '../src/status/live-now.ts';
import { loadContent } from '../src/content/load-content.ts';
import { buildNow } from '../src/site/shared-content.ts';
import { buildSite } from './cli/site-commands.ts';
import { EXAMPLE_WRITTEN_AT } from './example-written-at.ts';
import { parseArgsOrExit } from './cli-args.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const scratch = join(repoRoot, 'node_modules', '.cache', 'upfront-example');

/** Ids of the incidents still open at the moment the example depicts. */
async function openIncidentIds(): Promise<Set<string>> {
  const content = await loadContent(repoRoot, EXAMPLE_WRITTEN_AT);
  return new Set(liveNow(content.events, EXAMPLE_WRITTEN_AT).incidents.map((e) => e.id));
}

/** Copies the example content into `target`, re-dated by `elapsedMs`. */
async function copyRedated(target: string, elapsedMs: number): Promise<void> {
  const days = Math.floor(elapsedMs / 86_400_000);
  const open = await openIncidentIds();
  await rm(target, { recursive: true, force: true });
  await mkdir(join(target, 'incidents'), { recursive: true });
  // The day monitoring began (and a component's own start) move with the content.
  for (const file of ['site.yml', 'components/components.yml']) {
    await mkdir(join(target, dirname(file)), { recursive: true });
    await writeFile(join(target, file), shiftDates(await readFile(join(repoRoot, file), 'utf8'), days));
  }
  // Its mailing list puts the subscription form on the pages.
  await cp(join(repoRoot, 'notifications.yml'), join(target, 'notifications.yml'));
  await cp(join(repoRoot, 'public'), join(target, 'public'), { recursive: true });
  for (const name of await readdir(join(repoRoot, 'incidents'))) {
    if (!name.endsWith('.md')) continue;
    const text = await readFile(join(repoRoot, 'incidents', name), 'utf8');
    const redated = open.has(name.replace(/\.md$/, '')) ? shiftTimestamps(text, elapsedMs) : shiftDates(text, days);
    await writeFile(join(target, 'incidents', shiftDates(name, days)), redated);
  }
}

const { values } = parseArgsOrExit(
  { options: { 'out-dir': { type: 'string', default: join(repoRoot, 'dist') } } },
  'usage: npm run build:example [-- --out-dir <dir>]',
);
let now: Date;
try {
  now = buildNow();
} catch (e) {
  console.error(`error  ${(e as Error).message}`);
  process.exit(2);
}
const elapsedMs = elapsedMinutesMs(EXAMPLE_WRITTEN_AT, now);
await copyRedated(scratch, elapsedMs);
console.log(
  elapsedMs === 0 ? 'Building the example as written.' : `Building the example re-dated to now (${Math.round(elapsedMs / 60_000)} minutes later than written).`,
);
process.exitCode = await buildSite({ root: repoRoot, contentDir: scratch }, resolve(values['out-dir']), now);
