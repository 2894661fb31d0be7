/**
 * The benchmark's synthetic content: a catalogue of twelve components and N incidents, maintenance
 * windows and postmortems, the same for every run (a seeded generator).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatTimestampUtc } from '../src/schemas/timestamps.ts';

/** Which content: years of past incidents, or that plus a bad fortnight still open. */
export type Mix = 'realistic' | 'stress';

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
export async function generateContent(dir: string, count: number, now: Date, mix: Mix): Promise<void> {
  const next = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  await mkdir(join(dir, 'incidents'), { recursive: true });
  await mkdir(join(dir, 'components'), { recursive: true });
  await writeFile(
    join(dir, 'site.yml'),
    'name: Bench Status\nurl: https://status.bench.example\ntime_zone: Europe/Berlin\nsupport_url: mailto:help@bench.example\n',
  );
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
      text = `---\ntitle: ${pick(TOPICS)} for ${components.join(' and ')}\nimpact: ${pick(IMPACTS)}\ncomponents:\n${map}\nnext_update: ${formatTimestampUtc(new Date(now.getTime() + HOUR))}\nworkaround: Retry failed requests after a few seconds.\n---\n\n## Identified · ${formatTimestampUtc(updated)} · ${components[0]}: ${pick(STATUSES)}\n\n${reference(i, 1)} ${pick(SENTENCES)}\n\n## Investigating · ${formatTimestampUtc(opened)}\n\n${reference(i, 0)} ${pick(SENTENCES)} ${pick(SENTENCES)}\n`;
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
        // A monitoring update eases the first component, as real ones do once a fix is in.
        .map(
          (time, k) =>
            `## ${k === steps - 1 && i > 0 ? 'Resolved' : statuses[Math.min(k, 2)]} · ${formatTimestampUtc(time)}${k === 2 && k < steps - 1 ? ` · ${components[0]}: degraded_performance` : ''}\n\n${reference(i, k)} ${pick(SENTENCES)} ${pick(SENTENCES)}`,
        )
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
