/**
 * Documentation that cannot drift: every ```sh runnable``` block of docs/ runs as written, with
 * `npx upfront` this Upfront, in a site `upfront init` just made; the figures the docs quote (a count, a
 * script's size) and README's account of `init`'s questions are read from the code and the build.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { COMMANDS } from '../../scripts/cli/command-table.ts';
import { upfront, CLI } from '../helpers/cli.ts';
import { listFiles, REPO_ROOT } from '../helpers/run-build.ts';
import { HOSTILE_CASES } from '../hostile/hostile-inputs.ts';
import { HOME_LIMITS } from '../../src/status/home-lists.ts';
import { REPORT_MONTHS, UPTIME_DAYS } from '../../src/status/status-overview.ts';
import { DOWNTIME_WEIGHT } from '../../src/status/uptime.ts';
import { COMPONENT_STATUSES, type ComponentStatus } from '../../src/schemas/status-vocabulary.ts';
import { API_LIST_LIMIT } from '../../src/outputs/statuspage-api.ts';
import { siteSettingsSchema } from '../../src/schemas/site-settings-schema.ts';
import { TRANSLATED_LANGUAGES } from '../../src/schemas/languages.ts';
import { MAX_CONTAINER_LINES, MAX_LINE_CHARS, MAX_NESTING, MAX_PARAGRAPH_CHARS } from '../../src/schemas/markdown-limits.ts';
import { MAX_FILE_BYTES } from '../../src/content/load-content.ts';

const DOCS = join(REPO_ROOT, 'docs');
const NOW = '2026-11-20 14:00 UTC';

/** The `sh runnable` blocks of each page of docs/. */
const blocks = readdirSync(DOCS)
  .filter((name) => name.endsWith('.md'))
  .flatMap((name) =>
    [...readFileSync(join(DOCS, name), 'utf8').matchAll(/^```sh runnable\n([\s\S]*?)^```$/gm)].map((m, i) => [`${name} #${i + 1}`, m[1]] as const),
  );

test('the docs have runnable examples', () => {
  expect(blocks.map(([name]) => name)).toEqual(['authoring.md #1']);
});

test.each(blocks)('%s runs as written in a new site', (_name, script) => {
  const site = join(mkdtempSync(join(tmpdir(), 'upfront-docs-')), 'status');
  const made = upfront(['init', site, '--yes', '--time-zone', 'Europe/Berlin', '--component', 'api=API', '--component', 'db=Database', '--now', NOW]);
  expect(made.status, made.stderr).toBe(0);
  // `npx upfront …` as an installed site runs it: this repository's CLI.
  const bin = mkdtempSync(join(tmpdir(), 'upfront-npx-'));
  writeFileSync(join(bin, 'npx'), `#!/bin/sh\n[ "$1" = upfront ] || exit 127\nshift\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  chmodSync(join(bin, 'npx'), 0o755);
  // Each command a few minutes after the one before, as a person types them.
  const commands = script
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .filter((line) => line.trim());
  commands.forEach((command, i) => {
    const now = new Date(Date.parse('2026-11-20T14:00:00Z') + i * 10 * 60_000).toISOString();
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], {
      cwd: site,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, UPFRONT_NOW: now, UPFRONT_CONTENT: '', VITEST: '' },
    });
    expect([command, run.status, run.stderr.split('\n').filter((line) => line.startsWith('error'))], run.stderr).toEqual([command, 0, []]);
  });
});

test('docs/security.md counts the hostile inputs there are', () => {
  const said = /holds (\d+) such inputs/.exec(readFileSync(join(DOCS, 'security.md'), 'utf8'))?.[1];
  expect(Number(said)).toBe(HOSTILE_CASES.length);
});

test('README says every question `init` asks (each flag but --yes and --base, which a path in the URL answers)', () => {
  const line = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith('npx upfront init'))!;
  const words: Record<string, string> = {
    name: 'name',
    url: 'URL',
    'time-zone': 'time zone',
    language: 'language',
    'support-url': 'support link',
    component: 'components',
  };
  const asked = COMMANDS.init.flags.map((flag) => (typeof flag === 'string' ? flag : flag[0])).filter((flag) => flag !== 'yes' && flag !== 'base');
  expect(asked.map((flag) => [flag, line.includes(words[flag])])).toEqual(asked.map((flag) => [flag, true]));
});

test.each([
  ['pages.md', /live-page\.ts`, about (\d+) KB/, /^_astro\/live-page\.[\w-]+\.js$/],
  ['feeds-and-api.md', /The script has no dependencies and is about (\d+) KB/, /^embed\/status-banner\.js$/],
])('docs/%s gives the size of its script as built, to the kilobyte', (page, claim, file) => {
  const { example } = inject('fixtureBuilds');
  const said = Number(claim.exec(readFileSync(join(DOCS, page), 'utf8'))?.[1]);
  const built = listFiles(example.dist).find((path) => file.test(path))!;
  expect([built, said]).toEqual([built, Math.round(statSync(join(example.dist, built)).size / 1024)]);
});

test('docs/pages.md gives the home page’s and component pages’ limits the code has', () => {
  const pages = readFileSync(join(DOCS, 'pages.md'), 'utf8').replaceAll(/\s+/g, ' ');
  const docsName: Partial<Record<ComponentStatus, string>> = { degraded_performance: 'degraded performance', under_maintenance: 'maintenance' };
  const up = COMPONENT_STATUSES.filter((status) => status !== 'operational' && DOWNTIME_WEIGHT[status] === 0).toReversed();
  for (const said of [
    `the newest ${HOME_LIMITS.full} in full, the next ${HOME_LIMITS.compact} a line each`,
    `status, ${UPTIME_DAYS}-day bar, uptime by month for ${REPORT_MONTHS} months`,
    `**Uptime** over ${UPTIME_DAYS} days`,
    `time in \`major_outage\` counts ${DOWNTIME_WEIGHT.major_outage * 100} % as downtime, \`partial_outage\` ${DOWNTIME_WEIGHT.partial_outage * 100} %, ${up.map((status) => docsName[status]).join(' and ')} count as up`,
  ])
    expect([said, pages.includes(said)]).toEqual([said, true]);
});

test('docs/feeds-and-api.md gives the feeds’ and the API’s list lengths the code has', () => {
  const page = readFileSync(join(DOCS, 'feeds-and-api.md'), 'utf8');
  const feedEntries = siteSettingsSchema.parse({
    name: 'S',
    url: 'https://status.example.com',
    time_zone: 'UTC',
    support_url: 'mailto:help@example.com',
  }).feed_entries;
  for (const said of [`at most \`feed_entries\` (default ${feedEntries})`, `hold the ${API_LIST_LIMIT} most recent, as Statuspage's do`])
    expect([said, page.includes(said)]).toEqual([said, true]);
});

test('docs/security.md’s table of parsing limits is the code’s', () => {
  const page = readFileSync(join(DOCS, 'security.md'), 'utf8');
  const number = (n: number) => n.toLocaleString('en');
  for (const row of [
    `| file size | ${MAX_FILE_BYTES / 1000} KB |`,
    `| line length | ${number(MAX_LINE_CHARS)} characters |`,
    `| paragraph length | ${number(MAX_PARAGRAPH_CHARS)} characters (fenced code is exempt) |`,
    `| nesting of lists or quotes | ${MAX_NESTING} levels |`,
    `| list items or quotes in one file | ${number(MAX_CONTAINER_LINES)} |`,
  ])
    expect([row, page.includes(row)]).toEqual([row, true]);
});

test('docs/authoring.md gives the checks’ defaults that site.yml’s schema has', () => {
  const page = readFileSync(join(DOCS, 'authoring.md'), 'utf8');
  const { checks } = siteSettingsSchema.parse({ name: 'S', url: 'https://status.example.com', time_zone: 'UTC', support_url: 'mailto:help@example.com' });
  for (const [name, value] of Object.entries(checks)) expect([name, page.includes(`| \`${name}: ${value}\` |`)]).toEqual([name, true]);
});

test('docs/configuration.md’s table of site.yml has each field of the schema, once, required exactly when the schema requires it', () => {
  const page = readFileSync(join(DOCS, 'configuration.md'), 'utf8');
  const table = page.slice(page.indexOf('## `site.yml`'), page.indexOf('## Making it yours'));
  const rows = [...table.matchAll(/^\| `(\w+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2].trim() === 'yes'] as const);
  const schema = Object.entries(siteSettingsSchema.shape).map(([field, type]) => [field, !type.safeParse(undefined).success] as const);
  expect(rows.toSorted()).toEqual(schema.toSorted());
});

test('docs/translations.md’s table lists each shipped language, once, in the order the code registers them', () => {
  const table = readFileSync(join(DOCS, 'translations.md'), 'utf8').matchAll(/^\| `([^`]+)` \|/gm);
  expect([...table].map((row) => row[1])).toEqual([...TRANSLATED_LANGUAGES]);
});
