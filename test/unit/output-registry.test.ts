/**
 * The registry of outputs against the routes: the engine's endpoints are the registry's two
 * generic ones (the site's outputs, each component's), the API, and the few files that are no
 * data; the site's endpoint serves each entry, and only the API may be read by other sites' scripts.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { crossOriginPaths, OUTPUTS, siteOutputPaths } from '../../src/outputs/output-registry.ts';
import { routePattern } from '../../src/site/route-patterns.ts';
import { REPO_ROOT } from '../helpers/run-build.ts';

const ROUTES = join(REPO_ROOT, 'src/routes');

test('the endpoints are the registry’s, the API and the files that are no data: a new output needs no route file', () => {
  const endpoints = readdirSync(ROUTES, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => routePattern(relative(ROUTES, join(entry.parentPath, entry.name))));
  expect(endpoints.sort()).toEqual(['/[output]', '/api/v2/[...file]', '/components/[id]/[output]', '/embed/status-banner.js', '/favicon.svg', '/robots.txt']);
});

test('the site’s endpoint serves every entry of the registry, by its name', () => {
  expect(siteOutputPaths()).toEqual([
    { params: { output: 'feed.xml' }, props: { name: 'rss' } },
    { params: { output: 'atom.xml' }, props: { name: 'atom' } },
    { params: { output: 'maintenance.ics' }, props: { name: 'calendar' } },
    { params: { output: 'badge.svg' }, props: { name: 'badge' } },
    { params: { output: 'shields.json' }, props: { name: 'shields' } },
    { params: { output: 'build.json' }, props: { name: 'build' } },
  ]);
  expect(Object.keys(OUTPUTS)).toEqual(siteOutputPaths().map((path) => path.props.name));
});

test('only the API is readable by other sites’ scripts', () => {
  expect(crossOriginPaths()).toEqual(['api/*']);
});
