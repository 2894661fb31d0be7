/**
 * The registry of outputs against the routes that serve them: each output has its endpoint, for
 * the site and (where it has one) for each component, and each endpoint of the engine is an
 * output of the registry or one of the few files that are not data (the favicon, robots.txt, the
 * banner script). Only the API may be read by other sites' scripts.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { ALL_OUTPUTS, crossOriginPaths } from '../../src/outputs/output-registry.ts';
import { routePattern } from '../../src/site/route-patterns.ts';
import { REPO_ROOT } from '../helpers/run-build.ts';

const ROUTES = join(REPO_ROOT, 'src/routes');
/** The patterns of the engine's endpoints (not its pages). */
const endpoints = readdirSync(ROUTES, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => routePattern(relative(ROUTES, join(entry.parentPath, entry.name)))!);

/** The endpoint pattern that serves `path`, one `[param]` or `[...rest]` matching a segment or the rest. */
const servedBy = (path: string) =>
  endpoints.find((pattern) => {
    const parts = pattern.split('/').map((part) => (/^\[\.\.\./.test(part) ? '.+' : /^\[/.test(part) ? '[^/]+' : part.replace(/\./g, '\\.')));
    return new RegExp(`^${parts.join('/')}$`).test(path);
  });

test.each(ALL_OUTPUTS.map((output) => [output.file, output] as const))(
  '%s has its endpoint, for the site and for each component that has one',
  (_file, output) => {
    expect(servedBy(`/${output.file}`)).toBeDefined();
    expect(Boolean(servedBy(`/components/some-id/${output.file}`))).toBe(output.perComponent);
  },
);

test('every endpoint serves an output of the registry, or a file that is not data', () => {
  const outputs = ALL_OUTPUTS.flatMap((output) => [`/${output.file}`, `/components/some-id/${output.file}`]);
  const unregistered = endpoints.filter((pattern) => !outputs.some((path) => servedBy(path) === pattern));
  expect(unregistered.sort()).toEqual(['/embed/status-banner.js', '/favicon.svg', '/robots.txt']);
});

test('only the API is readable by other sites’ scripts', () => {
  expect(crossOriginPaths()).toEqual(['api/*']);
});
