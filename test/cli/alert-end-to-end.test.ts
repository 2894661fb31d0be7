/**
 * From a monitoring alert to a pull request, end to end on this machine: Alertmanager's
 * notification is posted to the relay (the Worker `upfront relay` writes, in workerd), which
 * dispatches it to a local stand-in for GitHub's API; the Alert workflow that `upfront init`
 * writes then runs as written (its expressions evaluated by GitHub's library, its steps by bash)
 * in a fresh clone, with a stand-in `gh`. The proposal is a branch and a pull request whose file
 * passes `check --strict`; a repeat proposes nothing; after the merge, the resolution is a new
 * pull request with a monitoring update; a declined proposal stays declined until it resolves.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { templateFiles } from '../../scripts/init/init-command.ts';
import { workflowFiles } from '../../scripts/init/workflow-files.ts';
import { RELAY_SETTINGS, relayForTests } from '../helpers/alert-relay.ts';
import { ALERTMANAGER, PAGERDUTY } from '../helpers/alert-payloads.ts';
import { upfront } from '../helpers/cli.ts';
import { REPO_ROOT } from '../helpers/run-build.ts';
import { standInGh } from '../helpers/stand-in-gh.ts';
import { git, statusRepository } from '../helpers/status-repository.ts';
import { interpolate, runJob } from '../helpers/workflow-steps.ts';

const RULES = `rules:
  - match: { alertname: ProbeFailure }
    title: The API is not answering
    impact: major
    components: { api: major_outage }
  - match: { service: Checkout API }
    title: Checkout errors
    impact: minor
    components: { api: partial_outage }
`;
const WORKFLOW = workflowFiles(
  { url: 'https://status.test.example', base: '/', time_zone: 'Europe/Berlin' },
  new Date('2026-11-20T00:00:00Z'),
  (path) => templateFiles().get(path)!,
).get('.github/workflows/alert.yml')!;

const harness = relayForTests();

/** A status repository with the rules, a CODEOWNERS, the Alert workflow and a package.json whose `upfront` script is this Upfront. */
function repository() {
  return statusRepository({
    'alerts.yml': RULES,
    '.github/CODEOWNERS': '# Who reviews what.\n*            @acme/platform\n/incidents/  @acme/on-call @dana\n',
    '.github/workflows/alert.yml': WORKFLOW,
    'package.json': `${JSON.stringify({ name: 'acme-status', private: true, scripts: { upfront: 'upfront' } })}\n`,
    '.gitignore': 'node_modules/\n',
  });
}

/**
 * One run of the Alert workflow's `propose` job, as a runner does it: a fresh checkout of the
 * default branch, the package installed (here: this Upfront linked in, for `npm ci`), then the
 * steps as written, at `now`.
 */
function runAlertWorkflow(origin: string, gh: ReturnType<typeof standInGh>, contexts: Record<string, unknown>, now: string) {
  const workspace = join(mkdtempSync(join(tmpdir(), 'upfront-runner-')), 'status');
  git(tmpdir(), 'clone', '-q', origin, workspace);
  const install = `mkdir -p node_modules/.bin && ln -s ${REPO_ROOT} node_modules/upfront && ln -s ../upfront/scripts/upfront-bin.mjs node_modules/.bin/upfront`;
  const runnerTemp = mkdtempSync(join(tmpdir(), 'upfront-runner-temp-'));
  mkdirSync(runnerTemp, { recursive: true });
  return runJob(WORKFLOW, 'propose', {
    cwd: workspace,
    contexts: { secrets: {}, inputs: {}, ...contexts },
    env: { ...process.env, PATH: `${gh.bin}:${process.env.PATH}`, ...gh.env, RUNNER_TEMP: runnerTemp, UPFRONT_NOW: now, GIT_TERMINAL_PROMPT: '0', VITEST: '' },
    replace: { 'npm ci': install },
  });
}

const dispatchContexts = (payload: unknown) => ({
  github: { event_name: 'repository_dispatch', event: { action: 'upfront-alert', client_payload: payload }, token: 'ghs_job_token', run_id: '4711' },
});

/** What the runs said, for a failure's message. */
const said = (runs: ReturnType<typeof runJob>) => runs.map((r) => `${r.name}: ${r.status}\n${r.stdout}${r.stderr}`).join('\n');

test('Alertmanager → relay → the Alert workflow → a branch and a labelled pull request, reviewed by the code owners, whose file passes check --strict', async () => {
  const repo = repository();
  const gh = standInGh();
  const started = performance.now();

  const sent = await fetch(harness.relay.url, {
    method: 'POST',
    headers: { authorization: `Bearer ${RELAY_SETTINGS.RELAY_SECRET}` },
    body: JSON.stringify(ALERTMANAGER),
  });
  expect(sent.status).toBe(202);
  const dispatch = JSON.parse(harness.github.received.at(-1)!.body);
  expect(dispatch.event_type).toBe((parse(WORKFLOW).on.repository_dispatch.types as string[])[0]);
  const contexts = dispatchContexts(dispatch.client_payload);
  // One group at a time: the concurrency group names the alert group the relay worked out.
  expect(interpolate(parse(WORKFLOW).concurrency.group, contexts)).toBe(`alert-${dispatch.client_payload.group}`);

  const runs = runAlertWorkflow(repo.origin, gh, contexts, '2026-11-20 14:03 UTC');
  const elapsed = performance.now() - started;
  expect(
    runs.map((r) => [r.name, r.status]),
    said(runs),
  ).toEqual([
    ['npm ci', 0],
    ['Propose the incident', 0],
  ]);
  // Measured for docs/alerts.md: from the sender's POST to the pull request, without a runner's start and npm ci.
  console.log(`alert to pull request, in this harness: ${Math.round(elapsed)} ms`);

  const [pull] = gh.state().pulls;
  const branch = pull.head;
  expect(branch).toMatch(/^upfront\/alert-[0-9a-f]{16}$/);
  expect({ ...pull, body: undefined }).toEqual({
    number: 1,
    state: 'OPEN',
    url: 'https://github.com/acme/status/pull/1',
    base: 'main',
    head: branch,
    title: 'The API is not answering: investigating (proposed from an alert)',
    body: undefined,
    labels: ['upfront-alert'],
    reviewers: ['acme/on-call', 'dana'],
  });
  expect(gh.state().labels).toEqual(['upfront-alert']);
  expect(pull.body).toContain('> We are investigating a problem affecting API. We will post the next update by 20 Nov 2026, 15:30 CET.');
  expect(pull.body).toContain(
    '- firing: `API probe failing` `alertname=ProbeFailure instance=https://api.example.org job=http_checks severity=critical` <http://prometheus.example.org:9090/graph?g0.expr=probe_success+%3D%3D+0>',
  );

  // On the branch: one commit on top of main, with the incident file alone.
  const file = 'incidents/2026-11-20-the-api-is-not-answering.md';
  expect(git(repo.origin, 'log', '--format=%s', `main..${branch}`)).toBe('The API is not answering: investigating (proposed from an alert)');
  expect(git(repo.origin, 'diff', '--name-only', `main...${branch}`)).toBe(file);
  const review = join(mkdtempSync(join(tmpdir(), 'upfront-review-')), 'status');
  git(tmpdir(), 'clone', '-q', '--branch', branch, repo.origin, review);
  expect(upfront(['check', '--strict', '--now', '2026-11-20 14:04 UTC'], { content: review })).toEqual({
    status: 0,
    stdout: '✓ 0 errors, 0 warnings in 4 files\n',
    stderr: '',
  });

  // Alertmanager repeats the notification (its repeat_interval): nothing new, nothing pushed.
  const head = git(repo.origin, 'rev-parse', branch);
  const repeat = runAlertWorkflow(repo.origin, gh, contexts, '2026-11-20 14:10 UTC');
  expect(repeat.at(-1)!.stderr, said(repeat)).toContain(
    'nothing to propose: 2026-11-20-the-api-is-not-answering proposes these alerts already (https://github.com/acme/status/pull/1)',
  );
  expect([git(repo.origin, 'rev-parse', branch), gh.state().pulls.length]).toEqual([head, 1]);

  // A person merges it (GitHub fast-forwards main here); then the alert resolves.
  git(repo.origin, 'update-ref', 'refs/heads/main', head);
  gh.set(1, 'MERGED');
  const resolved = { ...ALERTMANAGER, status: 'resolved', alerts: [{ ...ALERTMANAGER.alerts[0], status: 'resolved', endsAt: '2026-11-20T14:20:00Z' }] };
  await fetch(harness.relay.url, { method: 'POST', headers: { authorization: `Bearer ${RELAY_SETTINGS.RELAY_SECRET}` }, body: JSON.stringify(resolved) });
  const afterMerge = runAlertWorkflow(
    repo.origin,
    gh,
    dispatchContexts(JSON.parse(harness.github.received.at(-1)!.body).client_payload),
    '2026-11-20 14:21 UTC',
  );
  expect(afterMerge.at(-1)!.status, said(afterMerge)).toBe(0);
  const second = gh.state().pulls[1];
  expect([second.number, second.state, second.head, second.title]).toEqual([
    2,
    'OPEN',
    branch,
    'The API is not answering: monitoring (proposed from an alert)',
  ]);
  // The merged incident gets an update: its past, already published, stays as it was.
  expect(git(repo.origin, 'diff', `main...${branch}`)).toContain('-next_update: 2026-11-20 15:30 +01:00\n+next_update: 2026-11-20 15:50 +01:00\n');
  expect(git(repo.origin, 'show', `${branch}:${file}`)).toContain(
    '---\n\n## Monitoring · 2026-11-20 15:21 +01:00\n\nOur monitoring shows API working normally again.',
  );
  git(review, 'fetch', '-q', 'origin', `+${branch}:refs/remotes/origin/${branch}`);
  git(review, 'reset', '-q', '--hard', `origin/${branch}`);
  expect(upfront(['check', '--strict', '--now', '2026-11-20 14:22 UTC'], { content: review }).status).toBe(0);
});

test('run by hand (workflow_dispatch) with a PagerDuty notification; a declined proposal is not proposed again until its alerts resolve', () => {
  const repo = repository();
  const gh = standInGh();
  const byHand = (body: unknown, now: string) =>
    runAlertWorkflow(
      repo.origin,
      gh,
      { github: { event_name: 'workflow_dispatch', event: {}, token: 'ghs_job_token', run_id: '1' }, inputs: { notification: JSON.stringify(body) } },
      now,
    );

  const opened = byHand(PAGERDUTY('incident.triggered'), '2026-11-20 14:06 UTC');
  expect(opened.at(-1)!.stdout, said(opened)).toContain('pull request: https://github.com/acme/status/pull/1');
  expect(gh.state().pulls[0].title).toBe('Checkout errors: investigating (proposed from an alert)');

  // A person closes it unmerged: the alert is not news for customers.
  gh.set(1, 'CLOSED');
  const again = byHand(PAGERDUTY('incident.triggered'), '2026-11-20 14:30 UTC');
  expect(again.at(-1)!.stderr, said(again)).toContain(
    'nothing proposed: a person declined this group’s proposal (https://github.com/acme/status/pull/1 is closed); it is proposed again once its alerts have resolved',
  );
  expect(gh.state().pulls.length).toBe(1);

  const branch = gh.state().pulls[0].head;
  const resolved = byHand(PAGERDUTY('incident.resolved'), '2026-11-20 14:40 UTC');
  expect(resolved.at(-1)!.stderr, said(resolved)).toContain(`the declined proposal’s branch ${branch} is removed`);
  expect(git(repo.origin, 'branch', '--list', branch)).toBe('');

  // The next time it fires, it is proposed again.
  const next = byHand(PAGERDUTY('incident.triggered'), '2026-11-21 09:00 UTC');
  expect(next.at(-1)!.stdout, said(next)).toContain('pull request: https://github.com/acme/status/pull/2');
});
