/**
 * The engine's layers, checked from the imports themselves: each folder of `src/` imports only
 * folders below it (or itself), the browser script only what is safe in a browser, and no
 * module imports itself back through others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/run-build.ts';

/** The layers, lowest first: a folder may import its own and any earlier one. */
const LAYERS = [
  'schemas',
  'locale',
  'core',
  'content',
  'status',
  'outputs',
  'notify',
  'alerts',
  'site',
  'client',
  'components',
  'layouts',
  'routes',
  'integration.ts',
];
/** The browser script runs in readers' browsers: it may use only what has no Node or build code. */
const BROWSER_SAFE = new Set(['schemas', 'locale', 'core', 'client']);
const SRC = join(REPO_ROOT, 'src');
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"?]+)['"]|(?:^|\n)\s*import\s*['"](\.{1,2}\/[^'"?]+)['"]|import\(\s*['"](\.{1,2}\/[^'"?]+)['"]\s*\)/g;

const sources = readdirSync(SRC, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(ts|js|astro)$/.test(e.name) && !e.name.endsWith('.d.ts'))
  .map((e) => relative(SRC, join(e.parentPath, e.name)));

/** `core/event-state.ts` → `core`; `integration.ts` → itself. */
const layerOf = (file: string) => file.split('/')[0];

/** Every relative import of `file`, as paths inside `src/`. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => normalize(join(dirname(file), m[1] ?? m[2] ?? m[3]))).filter((target) => !target.startsWith('..'));
}
const graph = new Map(sources.map((file) => [file, importsOf(file)]));

test('every source file of src/ belongs to a known layer', () => {
  expect(sources.filter((file) => !LAYERS.includes(layerOf(file)))).toEqual([]);
});

test('imports point down the layers: pages → outputs/status → content/core → schemas', () => {
  const upward = [...graph].flatMap(([file, targets]) =>
    targets.filter((target) => LAYERS.indexOf(layerOf(target)) > LAYERS.indexOf(layerOf(file))).map((target) => `${file} → ${target}`),
  );
  expect(upward).toEqual([]);
});

test('the browser script imports only browser-safe modules', () => {
  const unsafe = [...graph]
    .filter(([file]) => layerOf(file) === 'client')
    .flatMap(([file, targets]) => targets.filter((t) => !BROWSER_SAFE.has(layerOf(t))).map((t) => `${file} → ${t}`));
  expect(unsafe).toEqual([]);
});

test('no module imports itself back through others', () => {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
      return;
    }
    state.set(file, 'open');
    for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  expect(cycles).toEqual([]);
});
