/**
 * Builds the fixture site once per test run (at the domain root and under /status/), the
 * bundled example as written, in every shipped language, and the hostile site, so that the
 * build tests and the browser tests read the same output without racing each other. The unit
 * project needs none of it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { copyFixture, REPO_ROOT, runBuildAsync, type BuildRun } from './helpers/run-build.ts';
import { EXAMPLE_WRITTEN_AT } from '../scripts/example-written-at.ts';
import { TRANSLATED_LANGUAGES } from '../src/schemas/languages.ts';

/** The languages the example is built in besides its own English: every translation, and US English. */
export const EXAMPLE_LANGUAGES = [...TRANSLATED_LANGUAGES.filter((language) => language !== 'en'), 'en-US'] as const;

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
  /** The bundled example with `language` set, by language. */
  languages: Record<(typeof EXAMPLE_LANGUAGES)[number], { dist: string; run: BuildRun }>;
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

/** A copy of the bundled example's configuration and content in `parent`, written in `language`. */
function exampleIn(language: string, parent: string): string {
  const dir = join(parent, `content-${language}`);
  for (const part of ['site.yml', 'notifications.yml', 'components', 'incidents', 'public'])
    cpSync(join(REPO_ROOT, part), join(dir, part), { recursive: true });
  writeFileSync(join(dir, 'site.yml'), `${readFileSync(join(dir, 'site.yml'), 'utf8')}language: ${language}\n`);
  return dir;
}

/** Runs `jobs` at most `limit` at a time: a build is several processes, and a CI machine has few cores. */
async function inTurn<T>(jobs: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

/** The fixture builds, a few at a time: each is mostly one process waiting on another. */
async function buildFixtures(): Promise<FixtureBuilds> {
  const outRoot = mkdtempSync(join(tmpdir(), 'upfront-dist-'));
  const build = async (name: string, content: string, now: string) => ({
    dist: join(outRoot, name),
    run: await runBuildAsync(content, join(outRoot, name), now),
  });
  const written = EXAMPLE_WRITTEN_AT.toISOString();
  const [root, sub, example, hostile, ...languages] = await inTurn(
    [
      () => build('root', copyFixture('basic-site'), FIXTURE_NOW),
      () =>
        build(
          'sub',
          copyFixture('basic-site', (s) => s.replace('base: /', 'base: /status/').replace(/^repository_url:.*\n/m, 'feed_entries: 3\n')),
          FIXTURE_NOW,
        ),
      () => build('example', REPO_ROOT, written),
      () => build('hostile', copyFixture('hostile-site'), FIXTURE_NOW),
      ...EXAMPLE_LANGUAGES.map((language) => () => build(`example-${language}`, exampleIn(language, outRoot), written)),
    ],
    4,
  );
  return {
    outRoot,
    root,
    sub,
    example,
    hostile,
    languages: Object.fromEntries(EXAMPLE_LANGUAGES.map((language, index) => [language, languages[index]])) as FixtureBuilds['languages'],
  };
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
