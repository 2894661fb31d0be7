/**
 * `npm run build:example`: builds the bundled example status page as if it had been written
 * today. The example depicts the moment EXAMPLE_WRITTEN_AT; this copies it into a scratch
 * folder with every date moved forward by the whole days since then, and builds that copy with
 * the real clock. A real site never goes through this: `npm run build` uses its content as is.
 */
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { daysSince, shiftDates } from '../src/lib/shift-dates.ts';
import { buildNow } from '../src/lib/shared-content.ts';
import { buildSite } from './build-site.ts';
import { EXAMPLE_WRITTEN_AT } from './example-written-at.ts';


const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const scratch = join(repoRoot, 'node_modules', '.cache', 'upfront-example');

/** Copies the example content into `target`, moving every date (in names and text) by `days`. */
async function copyShifted(target: string, days: number): Promise<void> {
  await rm(target, { recursive: true, force: true });
  await mkdir(join(target, 'incidents'), { recursive: true });
  await cp(join(repoRoot, 'site.yml'), join(target, 'site.yml'));
  await cp(join(repoRoot, 'components'), join(target, 'components'), { recursive: true });
  for (const name of await readdir(join(repoRoot, 'incidents'))) {
    if (!name.endsWith('.md')) continue;
    const text = await readFile(join(repoRoot, 'incidents', name), 'utf8');
    await writeFile(join(target, 'incidents', shiftDates(name, days)), shiftDates(text, days));
  }
}

let now: Date;
try {
  now = buildNow();
} catch (e) {
  console.error(`error  ${(e as Error).message}`);
  process.exit(2);
}
const days = daysSince(EXAMPLE_WRITTEN_AT, now);
await copyShifted(scratch, days);
process.env.UPFRONT_CONTENT = scratch;
console.log(days === 0 ? 'Building the example as written.' : `Building the example with its dates moved ${days} days forward, to today.`);
process.exitCode = await buildSite(join(repoRoot, 'dist'));
