/**
 * The GitHub automation that `upfront init` writes into a new status repository: workflows that
 * parse, run only npm scripts of the package.json it writes (each an `upfront` command that
 * exists), and trigger when they should.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { refreshCron } from '../../scripts/init/workflow-files.ts';
import { validateWorkflow } from '@action-validator/core';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/run-build.ts';

const TIME_ZONE = 'America/Chicago';
const NOW = new Date('2026-12-01T09:00:00Z');
const site = join(mkdtempSync(join(tmpdir(), 'upfront-init-')), 'status');
const init = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/upfront.ts'), 'init', site, '--yes', '--time-zone', TIME_ZONE, '--now', NOW.toISOString()], {
  encoding: 'utf8',
});
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

test.each(['alert.yml', 'check.yml', 'deploy.yml', 'refresh.yml'])('%s is valid against SchemaStore’s published GitHub workflow schema', (name) => {
  expect(validateWorkflow(readFileSync(join(site, '.github/workflows', name), 'utf8')).errors).toEqual([]);
});

test('the schema check would catch a broken workflow', () => {
  expect(validateWorkflow('on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: run everything\n').errors.length).toBeGreaterThan(0);
});

test.each(['alert.yml', 'check.yml', 'deploy.yml'])('%s runs only npm scripts that exist, each an upfront command', (name) => {
  const commands = runs(workflow(name));
  expect(commands.length).toBeGreaterThan(0);
  for (const command of commands) {
    // A script's last line is its command; the lines before it prepare (git's identity, the notification's file).
    const script = /^npm run ([\w:-]+)/m.exec(command)?.[1];
    if (!script) {
      expect([
        'npm ci',
        'test -f package-lock.json || { echo "::error file=package.json::package-lock.json is missing. Run npm install and commit package-lock.json; the workflows install exactly what it pins (npm ci)."; exit 1; }',
      ]).toContain(command);
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

test('the default branch, whatever its name, is deployed to GitHub Pages on push, on demand and when the refresh calls; every job has a time-out and only the permissions it needs', () => {
  const deploy = workflow('deploy.yml');
  expect(Object.keys(deploy.on)).toEqual(['push', 'workflow_dispatch', 'workflow_call']);
  expect(deploy.on.push).toBeNull();
  expect(deploy.jobs.build.if).toBe("github.event_name == 'schedule' || github.ref_name == github.event.repository.default_branch");
  expect(deploy.jobs.notify.if).toBe("github.event_name != 'schedule' || inputs.notify");
  expect(deploy.permissions).toEqual({});
  expect(Object.fromEntries(Object.entries(deploy.jobs).map(([name, job]) => [name, [job.permissions, job['timeout-minutes']]]))).toEqual({
    build: [{ contents: 'read' }, 15],
    deploy: [{ pages: 'write', 'id-token': 'write' }, 10],
    notify: [{ contents: 'write' }, 15],
  });
  const check = workflow('check.yml');
  expect([check.permissions, check.jobs.check.permissions, check.jobs.check['timeout-minutes']]).toEqual([{}, { contents: 'read' }, 15]);
  const uses = Object.values(deploy.jobs).flatMap((job) => job.steps.map((step) => step.uses).filter(Boolean));
  expect(uses).toEqual([
    'actions/checkout@v4',
    'actions/setup-node@v4',
    'actions/upload-pages-artifact@v3',
    'actions/deploy-pages@v4',
    'actions/checkout@v4',
    'actions/setup-node@v4',
  ]);
  const upload = deploy.jobs.build.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'));
  expect(upload?.with).toEqual({ path: 'dist' });
});

test('an alert is proposed on a dispatch or by hand, one group at a time, with only the permissions it needs and a token that lets the Check run', () => {
  const alert = workflow('alert.yml') as Workflow & {
    concurrency: { group: string; 'cancel-in-progress': boolean };
    jobs: { propose: Job & { env: Record<string, string> } };
  };
  expect(alert.on).toEqual({
    repository_dispatch: { types: ['upfront-alert'] },
    workflow_dispatch: {
      inputs: {
        notification: { description: 'The alert notification, as JSON (Alertmanager, Grafana, PagerDuty or generic)', required: true, type: 'string' },
      },
    },
  });
  expect(alert.concurrency).toEqual({ group: 'alert-${{ github.event.client_payload.group || github.run_id }}', 'cancel-in-progress': false });
  const { propose } = alert.jobs;
  expect([alert.permissions, propose.permissions, propose['timeout-minutes'], propose.env]).toEqual([
    {},
    { contents: 'write', 'pull-requests': 'write' },
    10,
    { GH_TOKEN: '${{ secrets.UPFRONT_ALERT_TOKEN || github.token }}' },
  ]);
  expect(propose.steps[0]).toEqual({ uses: 'actions/checkout@v4', with: { token: '${{ secrets.UPFRONT_ALERT_TOKEN || github.token }}' } });
  expect(runs(alert).at(-1)!.trim().split('\n').at(-1)).toBe('npm run upfront -- alert "$RUNNER_TEMP/notification.json" --pr');
});

test('the schedule lives in a workflow of its own that checks six times a day and calls the deploy only when something is due', () => {
  const refresh = workflow('refresh.yml') as Workflow & {
    jobs: { deploy: { uses: string; with: unknown; secrets: string; needs: string; if: string; permissions: unknown } };
  };
  expect(Object.keys(refresh.on)).toEqual(['schedule', 'workflow_dispatch']);
  expect(refresh.on.schedule).toEqual([{ cron: refreshCron(TIME_ZONE, NOW) }]);
  expect(refresh.permissions).toEqual({});
  expect([refresh.jobs.due.permissions, refresh.jobs.due['timeout-minutes'], refresh.jobs.due.steps.some((step) => step.uses)]).toEqual([
    { actions: 'write' },
    3,
    false,
  ]);
  const { deploy } = refresh.jobs;
  expect([deploy.needs, deploy.if, deploy.uses, deploy.with, deploy.secrets, deploy.permissions]).toEqual([
    'due',
    "needs.due.outputs.due == 'true'",
    './.github/workflows/deploy.yml',
    { notify: "${{ needs.due.outputs.notify == 'true' }}" },
    'inherit',
    { contents: 'write', pages: 'write', 'id-token': 'write' },
  ]);
});

test.each([
  ['Europe/Berlin', '2026-01-15T12:00:00Z', '5 3,7,11,15,19,23 * * *'],
  ['Europe/Berlin', '2026-07-15T12:00:00Z', '5 3,7,11,15,19,23 * * *'],
  ['Australia/Sydney', '2026-01-15T12:00:00Z', '5 2,6,10,14,18,22 * * *'],
  ['America/New_York', '2026-01-15T12:00:00Z', '5 1,5,9,13,17,21 * * *'],
  ['Asia/Kolkata', '2026-01-15T12:00:00Z', '35 2,6,10,14,18,22 * * *'],
  ['UTC', '2026-01-15T12:00:00Z', '5 0,4,8,12,16,20 * * *'],
])('in %s on %s the refresh runs at %s (one just after midnight, standard time)', (zone, now, cron) => {
  expect(refreshCron(zone, new Date(now))).toBe(cron);
});

describe('the refresh check, its shell run as GitHub runs it, against a stub of the live site', () => {
  const step = () => workflow('refresh.yml').jobs.due.steps[0] as Step & { env: Record<string, string> };
  /** Runs the step with `curl` answering `answer` (or failing, with `undefined`) at `now`; returns its outputs, what it printed and the URL it asked for. */
  function check(answer: unknown): { outputs: Record<string, string>; stdout: string; asked: string } {
    const dir = mkdtempSync(join(tmpdir(), 'upfront-refresh-'));
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(dir, 'answer.json'), JSON.stringify(answer ?? {}));
    // curl as the live site answers it: the build.json there, or, unreachable, curl's exit 7.
    writeFileSync(
      join(bin, 'curl'),
      `#!/bin/sh\nfor last; do :; done\necho "$last" > "${dir}/asked"\n${answer === undefined ? 'echo "curl: (7) Failed to connect" >&2; exit 7' : `cat "${dir}/answer.json"`}\n`,
      { mode: 0o755 },
    );
    const output = join(dir, 'output');
    writeFileSync(output, '');
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step().run!], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, GITHUB_OUTPUT: output, ...step().env },
    });
    // curl's own complaint stays in the log, as on GitHub.
    expect([run.status, run.stderr]).toEqual([0, answer === undefined ? 'curl: (7) Failed to connect\n' : '']);
    const outputs = Object.fromEntries(
      readFileSync(output, 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split('=') as [string, string]),
    );
    return { outputs, stdout: run.stdout, asked: readFileSync(join(dir, 'asked'), 'utf8').trim() };
  }
  const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
  const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();

  test('nothing due: no build', () => {
    const run = check({ generated_at: anHourAgo, next_change_at: inAnHour, next_change: 'maintenance db is scheduled to start' });
    expect(run.asked).toBe('https://status.example.com/build.json');
    expect(run.outputs).toEqual({ due: 'false' });
    expect(run.stdout).toBe(`Nothing is due: the site next changes at ${inAnHour} (maintenance db is scheduled to start).\n`);
  });

  test('a window starting: a build, with notifications', () => {
    const run = check({ generated_at: anHourAgo, next_change_at: anHourAgo, next_change: 'maintenance db is scheduled to start' });
    expect(run.outputs).toEqual({ due: 'true', notify: 'true' });
    expect(run.stdout).toBe(`Due: maintenance db is scheduled to start (at ${anHourAgo}).\n`);
  });

  test('a new day: a build, without notifications', () => {
    expect(check({ generated_at: anHourAgo, next_change_at: anHourAgo, next_change: 'the day turns over' }).outputs).toEqual({ due: 'true', notify: 'false' });
  });

  test('the site unreachable: a build, to be safe, and a warning that says what to check', () => {
    const run = check(undefined);
    expect(run.outputs).toEqual({ due: 'true', notify: 'true' });
    expect(run.stdout).toBe(
      "::warning::https://status.example.com/build.json could not be read, so the site is rebuilt to be safe. Check that site.yml's url and base are where the site is published.\n",
    );
  });
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

/** Whether a job with `condition` runs in `contexts`, as GitHub's own expression library evaluates it. */
function jobRuns(condition: string | undefined, contexts: Record<string, unknown>): boolean {
  if (condition === undefined) return true;
  const { tokens } = new Lexer(condition).lex();
  const expression = new Parser(tokens, Object.keys(contexts), []).parse();
  const result = new Evaluator(expression, JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary).evaluate() as {
    kind: number;
    value?: unknown;
  };
  // Truthiness as GitHub has it: false, null, 0 and '' are false.
  return result.kind !== data.Kind.Null && Boolean(result.value);
}

describe('which jobs run, their conditions evaluated by GitHub’s expression library', () => {
  const deploy = () => workflow('deploy.yml').jobs;
  const push = (branch: string, defaultBranch: string) => ({
    github: { event_name: 'push', ref_name: branch, event: { repository: { default_branch: defaultBranch } } },
    inputs: {},
  });
  // A call from the refresh: the caller's event, which has no repository in its payload.
  const scheduled = (notify: boolean) => ({ github: { event_name: 'schedule', ref_name: 'trunk', event: { schedule: '5 3 * * *' } }, inputs: { notify } });

  test.each([
    ['the first push, to main', push('main', 'main'), [true, true]],
    ['a push to trunk, the default branch', push('trunk', 'trunk'), [true, true]],
    ['a push to an incident branch', push('status/2026-12-01-api-errors-091500', 'trunk'), [false, true]],
    ['main, where trunk is the default branch', push('main', 'trunk'), [false, true]],
    ['the refresh, something due', scheduled(true), [true, true]],
    ['the refresh, only a new day', scheduled(false), [true, false]],
  ] as const)('%s: build %s, notify (after a deployment) %s', (_name, contexts, [build, notify]) => {
    expect([jobRuns(deploy().build.if, contexts), jobRuns(deploy().notify.if, contexts)]).toEqual([build, notify]);
  });

  test.each([
    ['true', true],
    ['false', false],
  ])('the refresh calls the deploy when the check says due=%s', (due, calls) => {
    const refresh = workflow('refresh.yml') as unknown as { jobs: { deploy: { if: string } } };
    expect(jobRuns(refresh.jobs.deploy.if, { needs: { due: { outputs: { due } } } })).toBe(calls);
  });
});

test.each([
  ['renewed', 0, ''],
  ['refused', 1, '::warning::Could not renew the schedule; if GitHub disables it after 60 quiet days, enable it again under Actions.\n'],
])('the refresh renews its schedule through the API with a stub gh (%s), and never fails the check for it', (_name, ghStatus, stdout) => {
  const dir = mkdtempSync(join(tmpdir(), 'upfront-gh-'));
  writeFileSync(join(dir, 'gh'), `#!/bin/sh\necho "$@" > "${dir}/args"\nexit ${ghStatus}\n`, { mode: 0o755 });
  const step = workflow('refresh.yml').jobs.due.steps[1];
  const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, GITHUB_REPOSITORY: 'acme/status', GH_TOKEN: 'token' },
  });
  expect([run.status, run.stdout]).toEqual([0, stdout]);
  expect(readFileSync(join(dir, 'args'), 'utf8')).toBe('api --silent -X PUT repos/acme/status/actions/workflows/refresh.yml/enable\n');
});

test('this repository has a Dependabot configuration of its own: npm weekly (Astro grouped), its actions monthly', () => {
  const config = parse(readFileSync(join(REPO_ROOT, '.github/dependabot.yml'), 'utf8')) as {
    version: number;
    updates: Array<{ 'package-ecosystem': string; directory: string; schedule: { interval: string }; groups?: Record<string, { patterns?: string[] }> }>;
  };
  expect(config.version).toBe(2);
  expect(config.updates.map((u) => [u['package-ecosystem'], u.directory, u.schedule.interval])).toEqual([
    ['npm', '/', 'weekly'],
    ['github-actions', '/', 'monthly'],
  ]);
  expect(config.updates[0].groups?.astro.patterns).toEqual(['astro', '@astrojs/*']);
});
