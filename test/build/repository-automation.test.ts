/**
 * The GitHub automation that `upfront init` writes into a new status repository: workflows that
 * parse, run only npm scripts of the package.json it writes (each an `upfront` command that
 * exists), and trigger when they should.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/run-build.ts';

const site = join(mkdtempSync(join(tmpdir(), 'upfront-init-')), 'status');
const init = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/upfront.ts'), 'init', site, '--yes'], { encoding: 'utf8' });
const usage = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/upfront.ts'), '--help'], { encoding: 'utf8' }).stdout;

type Step = { id?: string; name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = { needs?: string; if?: string; 'timeout-minutes'?: number; 'continue-on-error'?: boolean; permissions?: Record<string, string>; steps: Step[] };
type Workflow = { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> };
const workflow = (name: string) => parse(readFileSync(join(site, '.github/workflows', name), 'utf8')) as Workflow;
const scripts = () => JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')).scripts as Record<string, string>;
const runs = (wf: Workflow) => Object.values(wf.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run] : [])));

test('init wrote the repository', () => {
  expect([init.status, init.stderr]).toEqual([0, '']);
});

test.each(['check.yml', 'deploy.yml'])('%s runs only npm scripts that exist, each an upfront command', (name) => {
  const commands = runs(workflow(name));
  expect(commands.length).toBeGreaterThan(0);
  for (const command of commands) {
    const script = /^npm run ([\w:-]+)/.exec(command)?.[1];
    if (!script) {
      expect(['npm ci', 'test -f package-lock.json || { echo "::error file=package.json::package-lock.json is missing. Run npm install and commit package-lock.json; the workflows install exactly what it pins (npm ci)."; exit 1; }']).toContain(command);
      continue;
    }
    const [bin, subcommand] = scripts()[script]?.split(' ') ?? [];
    expect([command, bin]).toEqual([command, 'upfront']);
    if (subcommand) expect([subcommand, usage.includes(`\n  ${subcommand} `)]).toEqual([subcommand, true]);
  }
});

test('pull requests are checked with annotations and a build', () => {
  const check = workflow('check.yml');
  expect(Object.keys(check.on)).toEqual(['pull_request']);
  expect(runs(check)).toEqual([
    'test -f package-lock.json || { echo "::error file=package.json::package-lock.json is missing. Run npm install and commit package-lock.json; the workflows install exactly what it pins (npm ci)."; exit 1; }',
    'npm ci',
    'npm run check -- --format github --since "${{ github.event.pull_request.base.sha }}"',
    'npm run build',
    'npm run upfront -- notify --dry-run',
  ]);
  expect(check.jobs.check.steps[0].with).toEqual({ 'fetch-depth': 0 });
});

test('the default branch, whatever its name, is deployed to GitHub Pages on push, on demand, and every 5 to 15 minutes; every job has a time-out and only the permissions it needs', () => {
  const deploy = workflow('deploy.yml');
  expect(deploy.on.push).toBeNull();
  expect(deploy.jobs.build.if).toBe('github.ref_name == github.event.repository.default_branch');
  expect(deploy.permissions).toEqual({});
  expect(Object.fromEntries(Object.entries(deploy.jobs).map(([name, job]) => [name, [job.permissions, job['timeout-minutes']]]))).toEqual({
    build: [{ contents: 'read' }, 15],
    deploy: [{ pages: 'write', 'id-token': 'write' }, 10],
    notify: [{ contents: 'write' }, 15],
  });
  const check = workflow('check.yml');
  expect([check.permissions, check.jobs.check.permissions, check.jobs.check['timeout-minutes']]).toEqual([{}, { contents: 'read' }, 15]);
  expect(Object.keys(deploy.on)).toEqual(['push', 'schedule', 'workflow_dispatch']);
  const [{ cron }] = deploy.on.schedule as Array<{ cron: string }>;
  const minutes = Number(/^\*\/(\d+) \* \* \* \*$/.exec(cron)?.[1]);
  expect(minutes).toBeGreaterThanOrEqual(5);
  expect(minutes).toBeLessThanOrEqual(15);
  const uses = Object.values(deploy.jobs).flatMap((job) => job.steps.map((step) => step.uses).filter(Boolean));
  expect(uses).toEqual(['actions/checkout@v4', 'actions/setup-node@v4', 'actions/upload-pages-artifact@v3', 'actions/deploy-pages@v4', 'actions/checkout@v4', 'actions/setup-node@v4']);
  const upload = deploy.jobs.build.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'));
  expect(upload?.with).toEqual({ path: 'dist' });
});

test('after each deployment, what is due is delivered with no revision arithmetic, the record pushed, with every secret the commented notifications.yml names', () => {
  const deploy = workflow('deploy.yml');
  const { notify } = deploy.jobs;
  expect([notify.needs, notify['continue-on-error'], notify.permissions]).toEqual(['deploy', undefined, { contents: 'write' }]);
  expect(notify.steps[0].with).toEqual({ 'fetch-depth': 2 });
  const deliver = notify.steps.find((step) => step.name === 'Deliver the news')!;
  expect(deliver.run).toBe('npm run upfront -- notify');
  const named = [...readFileSync(join(site, 'notifications.yml'), 'utf8').matchAll(/_env: (\w+)/g)].map((m) => m[1]);
  expect(named).toHaveLength(10);
  expect(Object.keys(deliver.env ?? {}).sort()).toEqual(named.sort());
  for (const [name, value] of Object.entries(deliver.env ?? {})) expect(value).toBe(`\${{ secrets.${name} }}`);
});

test('the pull request template carries the author checklist', () => {
  const template = readFileSync(join(site, '.github/pull_request_template.md'), 'utf8');
  expect(template.match(/^- \[ \] /gm)).toHaveLength(9);
  expect(template).toContain('(`next_update`)');
});
