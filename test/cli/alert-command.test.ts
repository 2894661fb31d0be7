/**
 * `upfront alert` run for real on recorded notifications of each sender: firing writes a
 * proposal that passes `check --strict`, a repeat changes nothing, a group becomes one incident,
 * a resolution proposes `monitoring`; bad rules and unknown labels are located errors naming
 * alerts.yml; hostile text stays one escaped line and never reaches the page as markup.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { expect, test } from 'vitest';
import { ALERTMANAGER, GRAFANA, PAGERDUTY } from '../helpers/alert-payloads.ts';
import { upfront } from '../helpers/cli.ts';
import { contentFolder } from '../helpers/content-folder.ts';
import { runBuild } from '../helpers/run-build.ts';

const RULES = `# Which alerts propose which incident.
rules:
  - match: { alertname: ProbeFailure, severity: critical }
    title: The API is not answering
    impact: major
    components: { api: major_outage }
  - match: { team: blue }
    impact: minor
    components: { website: degraded_performance }
  - match: { service: Checkout API }
    title: Checkout errors
    impact: critical
    components: { api: partial_outage, db: degraded_performance }
`;

type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** A site with the rules, and `upfront alert` run in it on a notification at a time. */
function site(rules = RULES) {
  const dir = contentFolder({ 'alerts.yml': rules });
  const run = (notification: unknown, at: string, ...args: string[]) => {
    const file = join(dir, 'notification.json');
    writeFileSync(file, typeof notification === 'string' ? notification : JSON.stringify(notification));
    return upfront(['alert', file, '--now', at, ...args], { content: dir });
  };
  const incidents = () => readdirSync(join(dir, 'incidents')).sort();
  const read = (name: string) => readFileSync(join(dir, 'incidents', name), 'utf8');
  const check = (at: string) => upfront(['check', '--strict', '--now', at], { content: dir });
  return { dir, run, incidents, read, check };
}

test('Alertmanager firing: a proposal that passes check --strict; the same notification again changes nothing; resolved proposes monitoring', () => {
  const s = site();
  expect(s.run(ALERTMANAGER, '2026-11-20 14:03 UTC')).toEqual({ status: 0, stdout: 'incidents/2026-11-20-the-api-is-not-answering.md\n', stderr: '' });
  const first = s.read('2026-11-20-the-api-is-not-answering.md');
  expect(first).toMatch(
    /^---\ntitle: The API is not answering\nimpact: major\ncomponents:\n {2}api: major_outage\nstarted: 2026-11-20 15:02 \+01:00\nnext_update: 2026-11-20 15:30 \+01:00\nalert:\n {2}group: [0-9a-f]{16}\n {2}fingerprints:\n {4}- [0-9a-f]{16}\n---\n\n## Investigating · 2026-11-20 15:03 \+01:00\n\nWe are investigating a problem affecting API\. We will post the next update by 20 Nov 2026, 15:30 CET\.\n$/,
  );
  // The sender's links are for reviewers only: never in the file the page is built from.
  expect(first).not.toContain('prometheus');
  expect(s.check('2026-11-20 14:04 UTC')).toMatchObject({ status: 0, stdout: '✓ 0 errors, 0 warnings in 4 files\n' });

  expect(s.run(ALERTMANAGER, '2026-11-20 14:08 UTC')).toEqual({
    status: 0,
    stdout: '',
    stderr: 'nothing to propose: 2026-11-20-the-api-is-not-answering proposes these alerts already\n',
  });
  expect(s.read('2026-11-20-the-api-is-not-answering.md')).toBe(first);

  const resolved = { ...ALERTMANAGER, status: 'resolved', alerts: [{ ...ALERTMANAGER.alerts[0], status: 'resolved', endsAt: '2026-11-20T14:15:00Z' }] };
  expect(s.run(resolved, '2026-11-20 14:16 UTC').stdout).toBe('incidents/2026-11-20-the-api-is-not-answering.md\n');
  expect(s.read('2026-11-20-the-api-is-not-answering.md')).toContain('next_update: 2026-11-20 15:45 +01:00\nalert:');
  expect(s.read('2026-11-20-the-api-is-not-answering.md')).toContain(
    '---\n\n## Monitoring · 2026-11-20 15:16 +01:00\n\nOur monitoring shows API working normally again. We are watching closely and will post the next update by 20 Nov 2026, 15:45 CET.\n\n## Investigating · 2026-11-20 15:03 +01:00',
  );
  expect(s.check('2026-11-20 14:17 UTC').status).toBe(0);
  expect(s.incidents()).toEqual(['2026-11-20-the-api-is-not-answering.md']);
});

test('Grafana: the alerts of one group become one incident, named by the firing one', () => {
  const s = site();
  expect(s.run(GRAFANA, '2026-11-20 08:00 UTC').stdout).toBe('incidents/2026-11-20-memory-high-in-us-1.md\n');
  expect(s.read('2026-11-20-memory-high-in-us-1.md')).toContain(
    'title: Memory high in us-1\nimpact: minor\ncomponents:\n  website: degraded_performance\nstarted: 2026-11-20 08:51 +01:00\n',
  );
  expect(s.incidents()).toEqual(['2026-11-20-memory-high-in-us-1.md']);
});

test('PagerDuty: triggered opens, by the service; resolved proposes monitoring', () => {
  const s = site();
  expect(s.run(PAGERDUTY('incident.triggered'), '2026-11-20 14:06 UTC').stdout).toBe('incidents/2026-11-20-checkout-errors.md\n');
  expect(s.read('2026-11-20-checkout-errors.md')).toContain(
    'impact: critical\ncomponents:\n  api: partial_outage\n  db: degraded_performance\nstarted: 2026-11-20 15:04 +01:00\n',
  );
  expect(s.read('2026-11-20-checkout-errors.md')).toContain('We are investigating a problem affecting API and Database.');
  expect(s.run(PAGERDUTY('incident.resolved'), '2026-11-20 14:30 UTC').stdout).toBe('incidents/2026-11-20-checkout-errors.md\n');
  expect(s.read('2026-11-20-checkout-errors.md')).toContain(
    '## Monitoring · 2026-11-20 15:30 +01:00\n\nOur monitoring shows API and Database working normally again.',
  );
});

test('labels no rule takes: a located error naming alerts.yml and its nearest rule, and nothing written', () => {
  const s = site();
  const warning = { ...ALERTMANAGER, alerts: [{ ...ALERTMANAGER.alerts[0], labels: { ...ALERTMANAGER.alerts[0].labels, severity: 'warning' } }] };
  expect(s.run(warning, '2026-11-20 14:03 UTC')).toEqual({
    status: 1,
    stdout: '',
    stderr:
      'error  alerts.yml:3:1  error  no rule matches the alert “API probe failing” (labels: alertname=ProbeFailure, instance=https://api.example.org, job=http_checks, severity=warning), so nothing was proposed. The rule at line 3 wants severity: critical (the alert has `warning`). Add a rule for it, such as `- match: { alertname: ProbeFailure }` with its `impact` and `components`\n',
  });
  expect(s.incidents()).toEqual([]);
});

test.each([
  [
    'a component that does not exist',
    'rules:\n  - match: { service: api }\n    impact: major\n    components: { apii: major_outage }\n',
    'alerts.yml:4:19  error  `apii` is not a component in components/components.yml. Did you mean `api`?',
  ],
  [
    'a mistyped field',
    'rules:\n  - match: { service: api }\n    impact: major\n    componets: { api: major_outage }\n',
    'alerts.yml:2:5  error  `rules[0].components` is missing; add it (it should map component ids to statuses, such as `api: major_outage`)\nalerts.yml:4:5  error  unknown field `componets` in `rules[0]`. Did you mean `components`? Allowed fields: match, title, impact, components',
  ],
  [
    'a rule that would take every alert',
    'rules:\n  - match: {}\n    impact: major\n    components: { api: major_outage }\n',
    'alerts.yml:2:5  error  `rules[0].match` is empty: a rule without labels would take every alert; name at least one, such as `service: api`',
  ],
])('check: alerts.yml with %s is a located error', (_name, rules, problem) => {
  const s = site(rules);
  const errors = problem.split('\n').length;
  expect(s.check('2026-11-20 14:00 UTC')).toEqual({
    status: 1,
    stdout: `${problem}\n✗ ${errors} error${errors === 1 ? '' : 's'}, 0 warnings in 3 files\n`,
    stderr: '',
  });
  // And `upfront alert` proposes nothing by rules that are wrong.
  expect(s.run(ALERTMANAGER, '2026-11-20 14:03 UTC')).toMatchObject({
    status: 1,
    stderr: `error  alerts.yml has errors, so nothing was proposed:\n${problem}\n`,
  });
});

test.each([
  ['not JSON', '{"version": "4",', 2, /is not JSON \(/],
  [
    'an unknown shape',
    '{"hello": "world"}',
    2,
    /is neither Alertmanager, Grafana nor PagerDuty, and not the generic format \(docs\/alerts\.md\): `id` is missing: each alert needs an `id` that stays the same on every repeat/,
  ],
  [
    'a PagerDuty event about something else',
    JSON.stringify({ event: { ...PAGERDUTY('service.updated').event } }),
    2,
    /is a PagerDuty v3 webhook: `event\.event_type` is not about an incident/,
  ],
])('a notification that is %s: said, and nothing written', (_name, body, status, message) => {
  const s = site();
  const run = s.run(body, '2026-11-20 14:03 UTC');
  expect([run.status, run.stdout]).toEqual([status, '']);
  expect(run.stderr).toMatch(message);
  expect(s.incidents()).toEqual([]);
});

test('without alerts.yml, the rules it needs are shown', () => {
  const dir = contentFolder({});
  writeFileSync(join(dir, 'n.json'), JSON.stringify(ALERTMANAGER));
  expect(upfront(['alert', join(dir, 'n.json'), '--now', '2026-11-20 14:03 UTC'], { content: dir })).toEqual({
    status: 1,
    stdout: '',
    stderr:
      'error  there is no alerts.yml: its rules say which components an alert affects; write one (docs/alerts.md), such as:\nrules:\n  - match: { service: api }\n    impact: major\n    components: { api: major_outage }\n',
  });
});

test('hostile text (markup, control characters, a 100 KB annotation) becomes one short line of text, and the page shows it escaped', () => {
  const s = site('rules:\n  - match: { service: api }\n    impact: minor\n    components: { api: degraded_performance }\n');
  const hostile = {
    id: 'x1',
    status: 'firing',
    summary: `<img src=x onerror=alert(1)>\u0007\u001b[31m **bold** ${'A'.repeat(100_000)}`,
    labels: { service: 'api' },
    links: ['javascript:alert(1)', 'https://grafana.example.org/d/1'],
  };
  const run = s.run(hostile, '2026-11-20 14:03 UTC');
  expect(run.status).toBe(0);
  const [file] = s.incidents();
  const text = s.read(file);
  const title = /^title: (.*)$/m.exec(text)![1];
  expect(title).toBe(`<img src=x onerror=alert(1)> [31m **bold** ${'A'.repeat(76)}…`);
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]|javascript:|grafana/);
  expect(s.check('2026-11-20 14:04 UTC').status).toBe(0);
  const dist = join(s.dir, 'dist');
  expect(runBuild(s.dir, dist, '2026-11-20T14:05:00Z').status).toBe(0);
  const page = readFileSync(join(dist, 'incidents', file.replace(/\.md$/, ''), 'index.html'), 'utf8');
  // Read as a browser reads it: the title is the heading's text, and no element came of it.
  const elements = (node: ParentNode): string[] =>
    ('childNodes' in node ? node.childNodes : []).flatMap((child) => ['tagName' in child ? child.tagName : '', ...elements(child as ParentNode)]);
  const tags = elements(parse(page));
  expect([tags.includes('img'), tags.filter((tag) => tag === 'script').length]).toEqual([false, 2]);
  expect(page).toContain(`<h1 dir="auto">&lt;img src=x onerror=alert(1)&gt; [31m **bold** ${'A'.repeat(76)}…</h1>`);
});
