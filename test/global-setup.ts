/**
 * Builds the fixture site once per test run (at the domain root and under /status/), and the
 * bundled example as written, so that the build tests and the browser tests read the same
 * output without racing each other.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { copyFixture, REPO_ROOT, runBuild, type BuildRun } from './helpers/run-build.ts';
import { EXAMPLE_WRITTEN_AT } from '../scripts/example-written-at.ts';

/** "Now" for the fixture builds. */
export const FIXTURE_NOW = '2026-03-10 12:00 UTC';

/** What the setup hands to tests. */
export interface FixtureBuilds {
  outRoot: string;
  root: { dist: string; run: BuildRun };
  sub: { dist: string; run: BuildRun };
  /** The bundled example, built at the moment it depicts. */
  example: { dist: string; run: BuildRun };
  /** A site whose every text field carries an injection attempt. */
  hostile: { dist: string; run: BuildRun };
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureBuilds: FixtureBuilds;
  }
}

export default function setup(project: TestProject): () => void {
  const outRoot = mkdtempSync(join(tmpdir(), 'upfront-dist-'));
  const root = { dist: join(outRoot, 'root'), run: runBuild(copyFixture('basic-site'), join(outRoot, 'root'), FIXTURE_NOW) };
  const sub = {
    dist: join(outRoot, 'sub'),
    run: runBuild(copyFixture('basic-site', (s) => s.replace('base: /', 'base: /status/').replace(/^repository_url:.*\n/m, 'feed_entries: 3\n')), join(outRoot, 'sub'), FIXTURE_NOW),
  };
  const example = { dist: join(outRoot, 'example'), run: runBuild(REPO_ROOT, join(outRoot, 'example'), EXAMPLE_WRITTEN_AT.toISOString()) };
  const hostile = { dist: join(outRoot, 'hostile'), run: runBuild(copyFixture('hostile-site'), join(outRoot, 'hostile'), FIXTURE_NOW) };
  project.provide('fixtureBuilds', { outRoot, root, sub, example, hostile });
  return () => rmSync(outRoot, { recursive: true, force: true });
}
