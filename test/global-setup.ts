/**
 * Builds the fixture site once per test run (at the domain root and under /status/), so that
 * the build tests and the browser tests read the same output without racing each other.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { copyFixture, runBuild, type BuildRun } from './helpers/run-build.ts';

/** "Now" for the fixture builds. */
export const FIXTURE_NOW = '2026-03-10 12:00 UTC';

/** What the setup hands to tests. */
export interface FixtureBuilds {
  outRoot: string;
  root: { dist: string; run: BuildRun };
  sub: { dist: string; run: BuildRun };
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureBuilds: FixtureBuilds;
  }
}

export default function setup(project: TestProject): void {
  const outRoot = mkdtempSync(join(tmpdir(), 'upfront-dist-'));
  const root = { dist: join(outRoot, 'root'), run: runBuild(copyFixture('basic-site'), join(outRoot, 'root'), FIXTURE_NOW) };
  const sub = {
    dist: join(outRoot, 'sub'),
    run: runBuild(copyFixture('basic-site', (s) => s.replace('base: /', 'base: /status/')), join(outRoot, 'sub'), FIXTURE_NOW),
  };
  project.provide('fixtureBuilds', { outRoot, root, sub });
}
