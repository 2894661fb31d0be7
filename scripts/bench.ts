/**
 * `npm run bench -- [--incidents N] [--mix realistic|stress] [--keep]`: generates N synthetic
 * incidents (spread over years, with updates, components, maintenance and postmortems; with
 * `stress`, about 10 % of them still open within the last 14 days) in a temporary folder, builds
 * them, and in the same run builds a bare Astro site of N trivial pages as the baseline: the
 * machine is noisy, so Upfront's time is reported as a ratio to that baseline, with peak memory,
 * output bytes (also per entry, against the baseline's), the largest page and the home page.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { formatTimestampUtc } from '../src/schemas/timestamps.ts';
import { buildSite } from './cli/site-commands.ts';
import { parseArgsOrExit } from './cli-args.ts';

type Mix = 'realistic' | 'stress';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A small deterministic random generator (mulberry32), so that every run builds the same content. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const GROUPS = {
  platform: ['api', 'dashboard', 'auth', 'webhooks'],
  data: ['databases', 'object-storage', 'search', 'backups'],
  delivery: ['cdn', 'dns', 'email', 'status-api'],
};
const COMPONENTS = Object.values(GROUPS).flat();
const TOPICS = ['Elevated error rates', 'Increased latency', 'Delayed processing', 'Connection failures', 'Partial unavailability', 'Degraded performance'];
const STATUSES = ['degraded_performance', 'partial_outage', 'major_outage'] as const;
const IMPACTS = ['none', 'minor', 'major', 'critical'] as const;
const SENTENCES = [
  'We are investigating reports of errors and will update within 30 minutes.',
  'The cause is a configuration change deployed earlier today; we are rolling it back.',
  'A fix is in place and we are watching error rates closely.',
  'Error rates are back to normal. We are sorry for the disruption and will review what happened.',
  'Requests that fail can be retried safely; most clients retry automatically.',
];

/**
 * Words that make every message unique, as real ones are: caches keyed by text (Markdown, for
 * one) must not make the benchmark faster than a real site.
 */
function reference(incident: number, update: number): string {
  return `Ticket **BENCH-${incident}-${update}** tracks this.`;
}

function catalogYaml(): string {
  const lines = ['groups:'];
  for (const [group, ids] of Object.entries(GROUPS)) {
    lines.push(`  - id: ${group}`, `    name: ${group[0].toUpperCase()}${group.slice(1)}`, '    components:');
    for (const id of ids) lines.push(`      - id: ${id}`, `        name: ${id.replace('-', ' ')}`, `        description: The ${id} service`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Writes `count` events into `dir/incidents`, about 10 % maintenance and 5 % with postmortems.
 * `realistic`: all of it over, spread back over years. `stress`: a bad fortnight on top, with
 * about 10 % of the incidents still open, posted within the last 14 days, and maintenance ahead.
 */
async function generateContent(dir: string, count: number, now: Date, mix: Mix): Promise<void> {
  const next = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  await mkdir(join(dir, 'incidents'), { recursive: true });
  await mkdir(join(dir, 'components'), { recursive: true });
  await writeFile(join(dir, 'site.yml'), 'name: Bench Status\nurl: https://status.bench.example\ntime_zone: Europe/Berlin\nsupport_url: mailto:help@bench.example\n');
  await writeFile(join(dir, 'components', 'components.yml'), catalogYaml());
  // Roughly two incidents a day, going back as far as needed: 10,000 incidents span about 14 years.
  const spacing = DAY / 2;
  const writes: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const posted = new Date(now.getTime() - (i + 1) * spacing - Math.floor(next() * 6) * HOUR);
    const slug = `${posted.toISOString().slice(0, 10)}-bench-${i}`;
    const components = [...new Set([pick(COMPONENTS), pick(COMPONENTS)])];
    let text: string;
    if (mix === 'stress' && i % 10 === 3) {
      // Still open: posted within the last fortnight, updated since, the next update promised.
      const opened = new Date(now.getTime() - Math.floor(next() * 14 * 24) * HOUR - HOUR);
      const openSlug = `${opened.toISOString().slice(0, 10)}-bench-${i}`;
      const updated = new Date(opened.getTime() + 30 * 60_000);
      const map = components.map((id) => `  ${id}: ${pick(STATUSES)}`).join('\n');
      text = `---\ntitle: ${pick(TOPICS)} for ${components.join(' and ')}\nimpact: ${pick(IMPACTS)}\ncomponents:\n${map}\nnext_update: ${formatTimestampUtc(new Date(now.getTime() + HOUR))}\nworkaround: Retry failed requests after a few seconds.\n---\n\n## Identified · ${formatTimestampUtc(updated)}\n\n${reference(i, 1)} ${pick(SENTENCES)}\n\n## Investigating · ${formatTimestampUtc(opened)}\n\n${reference(i, 0)} ${pick(SENTENCES)} ${pick(SENTENCES)}\n`;
      writes.push(writeFile(join(dir, 'incidents', `${openSlug}.md`), text));
      continue;
    }
    if (mix === 'stress' && i % 100 === 7) {
      // Maintenance ahead, announced a day ago.
      const start = new Date(now.getTime() + (1 + Math.floor(next() * 14)) * DAY);
      const slugAhead = `${start.toISOString().slice(0, 10)}-bench-${i}`;
      text = `---\nkind: maintenance\ntitle: Planned upgrade of ${components.join(', ')}\ncomponents: [${components.join(', ')}]\nscheduled_for: ${formatTimestampUtc(start)}\nscheduled_until: ${formatTimestampUtc(new Date(start.getTime() + 2 * HOUR))}\n---\n\n## Scheduled · ${formatTimestampUtc(new Date(now.getTime() - DAY))}\n\nWe will upgrade ${components.join(' and ')}. Expect short interruptions.\n`;
      writes.push(writeFile(join(dir, 'incidents', `${slugAhead}.md`), text));
      continue;
    }
    if (i % 10 === 5) {
      const start = new Date(posted.getTime() + 3 * DAY);
      const updates = [
        `## Completed · ${formatTimestampUtc(new Date(start.getTime() + 2 * HOUR))}\n\nThe maintenance is complete.`,
        `## In progress · ${formatTimestampUtc(start)}\n\nThe maintenance has started.`,
        `## Scheduled · ${formatTimestampUtc(posted)}\n\nWe will upgrade ${components.join(' and ')}. Expect short interruptions.`,
      ].filter((_, k) => start.getTime() + 2 * HOUR < now.getTime() || k === 2);
      text = `---\nkind: maintenance\ntitle: Planned upgrade of ${components.join(', ')}\ncomponents: [${components.join(', ')}]\nscheduled_for: ${formatTimestampUtc(start)}\nscheduled_until: ${formatTimestampUtc(new Date(start.getTime() + 3 * HOUR))}\n---\n\n${updates.join('\n\n')}\n`;
    } else {
      const steps = 2 + Math.floor(next() * 4);
      const times = Array.from({ length: steps }, (_, k) => new Date(posted.getTime() + k * 25 * 60_000));
      const statuses = ['investigating', 'identified', 'monitoring', 'resolved'];
      const updates = times
        .map((time, k) => `## ${k === steps - 1 && i > 0 ? 'Resolved' : statuses[Math.min(k, 2)]} · ${formatTimestampUtc(time)}\n\n${reference(i, k)} ${pick(SENTENCES)} ${pick(SENTENCES)}`)
        .reverse();
      const map = components.map((id) => `  ${id}: ${pick(STATUSES)}`).join('\n');
      text = `---\ntitle: ${pick(TOPICS)} for ${components.join(' and ')}\nimpact: ${pick(IMPACTS)}\ncomponents:\n${map}\nworkaround: Retry failed requests after a few seconds.\n---\n\n${updates.join('\n\n')}\n`;
      if (i % 20 === 1) {
        const postmortem = `---\npublished: ${formatTimestampUtc(new Date(posted.getTime() + 2 * DAY))}\nauthors: [Bench Author]\n---\n\n## Summary\n\n${pick(SENTENCES)}\n\n## What we are changing\n\n- ${pick(SENTENCES)}\n- ${pick(SENTENCES)}\n`;
        writes.push(writeFile(join(dir, 'incidents', `${slug}.postmortem.md`), postmortem));
      }
    }
    writes.push(writeFile(join(dir, 'incidents', `${slug}.md`), text));
  }
  await Promise.all(writes);
}

/** Files, bytes and the largest file (by path) under `dir`. */
async function measureOutput(dir: string): Promise<{ files: number; bytes: number; largest: [path: string, bytes: number] }> {
  let files = 0;
  let bytes = 0;
  let largest: [string, number] = ['', 0];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { size } = await stat(path);
    files++;
    bytes += size;
    if (size > largest[1] && path.endsWith('.html')) largest = [path.slice(dir.length + 1), size];
  }
  return { files, bytes, largest };
}

/**
 * The baseline: a bare Astro site with one trivial page per entry, built in a process of its own
 * (inside node_modules so that it finds Astro); its wall time in seconds and its output.
 */
async function bareAstroBuild(count: number): Promise<{ seconds: number; files: number; bytes: number }> {
  const root = await mkdtemp(join(repoRoot, 'node_modules', '.upfront-bench-baseline-'));
  await mkdir(join(root, 'src', 'pages'), { recursive: true });
  await writeFile(join(root, 'astro.config.mjs'), "export default { logLevel: 'error' };\n");
  await writeFile(
    join(root, 'src', 'pages', '[id].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${count} }, (_, i) => ({ params: { id: \`entry-\${i}\` } }));\n}\nconst { id } = Astro.params;\n---\n<html lang="en"><head><meta charset="utf-8"><title>{id}</title></head><body><h1>{id}</h1><p>One trivial page per entry.</p></body></html>\n`,
  );
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', root], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(`error  the baseline build failed:\n${run.stderr}`);
    process.exit(1);
  }
  const { files, bytes } = await measureOutput(join(root, 'dist'));
  await rm(root, { recursive: true, force: true });
  return { seconds, files, bytes };
}

const { values } = parseArgsOrExit(
  { options: { incidents: { type: 'string', default: '1000' }, mix: { type: 'string', default: 'realistic' }, keep: { type: 'boolean', default: false } } },
  'usage: npm run bench -- [--incidents N] [--mix realistic|stress] [--keep]',
);
const count = Number(values.incidents);
if (!Number.isInteger(count) || count < 1) {
  console.error(`error  --incidents must be a whole number of at least 1, not \`${values.incidents}\``);
  process.exit(2);
}
if (values.mix !== 'realistic' && values.mix !== 'stress') {
  console.error(`error  --mix must be \`realistic\` or \`stress\`, not \`${values.mix}\``);
  process.exit(2);
}
const mix: Mix = values.mix;
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const work = await mkdtemp(join(tmpdir(), 'upfront-bench-'));
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
await generateContent(contentDir, count, now, mix);

const baseline = await bareAstroBuild(count);
const started = performance.now();
const code = await buildSite({ root: repoRoot, contentDir }, outDir, now);
const seconds = (performance.now() - started) / 1000;
if (code !== 0) {
  console.error(`error  the build failed (exit ${code}); content kept in ${contentDir}`);
  process.exit(code);
}
const { files, bytes, largest } = await measureOutput(outDir);
const home = (await stat(join(outDir, 'index.html'))).size;
const peakMiB = process.resourceUsage().maxRSS / 1024;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`\nincidents      ${count} (${mix} mix)`);
console.log(`wall time      ${seconds.toFixed(1)} s; bare Astro, ${count} trivial pages: ${baseline.seconds.toFixed(1)} s; ratio ${(seconds / baseline.seconds).toFixed(2)}`);
console.log(`peak memory    ${peakMiB.toFixed(0)} MiB`);
console.log(`files written  ${files} (baseline ${baseline.files})`);
console.log(`total bytes    ${bytes} (${(bytes / 1024 / 1024).toFixed(1)} MiB); per entry ${kib(bytes / count)}, baseline ${kib(baseline.bytes / count)}, ratio ${(bytes / baseline.bytes).toFixed(1)}`);
console.log(`largest page   ${largest[0]} ${kib(largest[1])}`);
console.log(`home page      ${kib(home)}`);
if (values.keep) console.log(`kept in        ${work}`);
else await rm(work, { recursive: true, force: true });
