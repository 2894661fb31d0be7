/**
 * Upfront's own release: the workflow is valid, refuses a tag that is not package.json's version
 * (its shell step run as GitHub runs it), and takes the release notes from the changelog.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { validateWorkflow } from '@action-validator/core';
import { releaseNotes } from '../../scripts/release-notes.ts';
import { REPO_ROOT } from '../helpers/run-build.ts';

const CHANGELOG =
  '# Changelog\n\n## [Unreleased]\n\n### Added\n- Next.\n\n## [0.3.0] - 2026-12-20\n\n### Added\n- Mailing lists.\n\n## [0.2.0] - 2026-12-01\n\n- Older.\n';

test.each([
  ['0.3.0', { notes: '### Added\n- Mailing lists.' }],
  ['0.2.0', { notes: '- Older.' }],
  ['0.4.0', { problem: 'CHANGELOG.md has no section `## [0.4.0] - YYYY-MM-DD`: move what [Unreleased] lists under it before tagging v0.4.0' }],
  ['0.3', { problem: 'CHANGELOG.md has no section `## [0.3] - YYYY-MM-DD`: move what [Unreleased] lists under it before tagging v0.3' }],
])('the notes of %s', (version, expected) => {
  expect(releaseNotes(CHANGELOG, version)).toEqual(expected);
});

test('every released version of the real changelog has notes', () => {
  const changelog = readFileSync(join(REPO_ROOT, 'CHANGELOG.md'), 'utf8');
  const versions = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+)\]/gm)].map((m) => m[1]);
  expect(versions.length).toBeGreaterThanOrEqual(2);
  for (const version of versions) expect(releaseNotes(changelog, version)).toHaveProperty('notes');
});

const release = readFileSync(join(REPO_ROOT, '.github/workflows/release.yml'), 'utf8');

test.each(['release.yml', 'ci.yml'])('%s is valid against SchemaStore’s GitHub workflow schema', (name) => {
  expect(validateWorkflow(readFileSync(join(REPO_ROOT, '.github/workflows', name), 'utf8')).errors).toEqual([]);
});

test('a version tag publishes with provenance after the whole suite, with the least permissions', () => {
  const workflow = parse(release);
  expect(workflow.on).toEqual({ push: { tags: ['v*'] } });
  expect(workflow.permissions).toEqual({});
  expect(workflow.jobs.test.steps.at(-1).run).toBe('CI=true bash .ci/run');
  expect([workflow.jobs.publish.needs, workflow.jobs.publish.permissions]).toEqual(['test', { contents: 'write', 'id-token': 'write' }]);
  expect(
    workflow.jobs.publish.steps
      .map((s: { run?: string }) => s.run)
      .filter(Boolean)
      .slice(1),
  ).toEqual([
    'node scripts/release-notes.ts "$GITHUB_REF_NAME" > release-notes.md',
    'npm publish --provenance --access public',
    'gh release create "$GITHUB_REF_NAME" --title "Upfront $GITHUB_REF_NAME" --notes-file release-notes.md --verify-tag',
  ]);
});

test.each([
  ['the version in package.json', `v${JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version}`, 0],
  ['another version', 'v9.9.9', 1],
])('a tag naming %s: the check passes or says which tag to make', (_name, tag, status) => {
  const step = parse(release).jobs.publish.steps.find((s: { name?: string }) => s.name === 'The tag names the version in package.json');
  const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_REF_NAME: tag },
  });
  expect(run.status).toBe(status);
  if (status)
    expect(run.stdout).toMatch(
      /^::error file=package\.json::the tag v9\.9\.9 does not match version \d+\.\d+\.\d+ in package\.json; tag v\d+\.\d+\.\d+ instead\n$/,
    );
});
