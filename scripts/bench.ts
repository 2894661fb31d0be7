/**
 * `npm run bench -- --incidents N [--keep]`: generates N realistic synthetic incidents (spread
 * over years, with updates, components, maintenance and postmortems) in a temporary content
 * folder, runs a full build, and prints wall time, peak memory, files written and total bytes.
 */
import { mkdtemp, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { formatTimestampUtc } from '../src/lib/timestamps.ts';
import { buildSite } from './cli/site-commands.ts';
import { parseArgsOrExit } from './cli-args.ts';

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

function catalogYaml(): string {
  const lines = ['groups:'];
  for (const [group, ids] of Object.entries(GROUPS)) {
    lines.push(`  - id: ${group}`, `    name: ${group[0].toUpperCase()}${group.slice(1)}`, '    components:');
    for (const id of ids) lines.push(`      - id: ${id}`, `        name: ${id.replace('-', ' ')}`, `        description: The ${id} service`);
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `count` events ending before `now` into `dir/incidents`, about 10 % maintenance and 5 % with postmortems. */
async function generateContent(dir: string, count: number, now: Date): Promise<void> {
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
        .map((time, k) => `## ${k === steps - 1 && i > 0 ? 'Resolved' : statuses[Math.min(k, 2)]} · ${formatTimestampUtc(time)}\n\n${pick(SENTENCES)} ${pick(SENTENCES)}`)
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

async function measureOutput(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

const { values } = parseArgsOrExit(
  { options: { incidents: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } },
  'usage: npm run bench -- --incidents N [--keep]',
);
const count = Number(values.incidents);
if (!Number.isInteger(count) || count < 1) {
  console.error(`error  --incidents must be a whole number of at least 1, not \`${values.incidents}\``);
  process.exit(2);
}
const work = await mkdtemp(join(tmpdir(), 'upfront-bench-'));
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
await generateContent(contentDir, count, now);
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const started = performance.now();
const code = await buildSite({ root: repoRoot, contentDir }, outDir, now);
const seconds = (performance.now() - started) / 1000;
if (code !== 0) {
  console.error(`error  the build failed (exit ${code}); content kept in ${contentDir}`);
  process.exit(code);
}
const { files, bytes } = await measureOutput(outDir);
const peakMiB = process.resourceUsage().maxRSS / 1024;
console.log(`\nincidents      ${count}`);
console.log(`wall time      ${seconds.toFixed(1)} s (${((seconds * 1000) / count).toFixed(2)} ms per incident)`);
console.log(`peak memory    ${peakMiB.toFixed(0)} MiB`);
console.log(`files written  ${files}`);
console.log(`total bytes    ${bytes} (${(bytes / 1024 / 1024).toFixed(1)} MiB)`);
if (values.keep) console.log(`kept in        ${work}`);
else await rm(work, { recursive: true, force: true });
