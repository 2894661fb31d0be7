/**
 * Builds the fixture site once per test run (at the domain root and under /status/), the
 * bundled example as written and the hostile site, so that the build tests and the browser
 * tests read the same output without racing each other. The unit project needs none of it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { copyFixture, REPO_ROOT, runBuildAsync, type BuildRun } from './helpers/run-build.ts';
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

/** The builds of this test run, shared by the projects that need them (`build` and `browser`). */
interface SharedBuilds {
  builds: Promise<FixtureBuilds>;
  users: number;
}
const SHARED = Symbol.for('upfront.fixtureBuilds');
const registry = globalThis as typeof globalThis & { [SHARED]?: SharedBuilds };

/** The four fixture builds, run in parallel: each is mostly one process waiting on another. */
async function buildFixtures(): Promise<FixtureBuilds> {
  const outRoot = mkdtempSync(join(tmpdir(), 'upfront-dist-'));
  const build = async (name: keyof Omit<FixtureBuilds, 'outRoot'>, content: string, now: string) => ({ dist: join(outRoot, name), run: await runBuildAsync(content, join(outRoot, name), now) });
  const [root, sub, example, hostile] = await Promise.all([
    build('root', copyFixture('basic-site'), FIXTURE_NOW),
    build('sub', copyFixture('basic-site', (s) => s.replace('base: /', 'base: /status/').replace(/^repository_url:.*\n/m, 'feed_entries: 3\n')), FIXTURE_NOW),
    build('example', REPO_ROOT, EXAMPLE_WRITTEN_AT.toISOString()),
    build('hostile', copyFixture('hostile-site'), FIXTURE_NOW),
  ]);
  return { outRoot, root, sub, example, hostile };
}

/**
 * Builds the fixtures once per test run, however many projects ask: the projects' setups run
 * in vitest's main process, so the builds are kept on its global object; the last project to
 * finish removes them.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const shared = (registry[SHARED] ??= { builds: buildFixtures(), users: 0 });
  shared.users++;
  const builds = await shared.builds;
  project.provide('fixtureBuilds', builds);
  return () => {
    if (--shared.users > 0) return;
    delete registry[SHARED];
    rmSync(builds.outRoot, { recursive: true, force: true });
  };
}
