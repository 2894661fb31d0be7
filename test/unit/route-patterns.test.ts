/** Where each file of the engine's routes/ folder is served, as Astro's file-based routing would put it. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { routePattern } from '../../src/site/route-patterns.ts';
import { REPO_ROOT } from '../helpers/run-build.ts';

test.each([
  ['index.astro', '/'],
  ['404.astro', '/404'],
  ['feed.xml.ts', '/feed.xml'],
  ['history/index.astro', '/history'],
  ['history/[month].astro', '/history/[month]'],
  ['incidents/[id]/index.astro', '/incidents/[id]'],
  ['incidents/[id]/postmortem.astro', '/incidents/[id]/postmortem'],
  ['api/v2/[...file].ts', '/api/v2/[...file]'],
  ['components/[id]/[output].ts', '/components/[id]/[output]'],
  ['components/[id]/[year].astro', '/components/[id]/[year]'],
  ['embed\\status-banner.js.ts', '/embed/status-banner.js'],
  ['types.d.ts', undefined],
  ['notes.md', undefined],
  ['history', undefined],
])('%s → %s', (file, pattern) => {
  expect(routePattern(file)).toBe(pattern);
});

test('every file of src/routes is a route, each at its own pattern', () => {
  const files = readdirSync(join(REPO_ROOT, 'src/routes'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const patterns = files.map((e) => routePattern(join(e.parentPath, e.name).slice(join(REPO_ROOT, 'src/routes/').length)));
  expect(patterns.filter((p) => p === undefined)).toEqual([]);
  expect(new Set(patterns).size).toBe(files.length);
  expect(patterns.length).toBe(18);
});
