/** Every input of the hostile corpus gets exactly its expected, located diagnostics: never a crash, never a stall. */
import { existsSync, mkdirSync, rmdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { contentFolder } from '../helpers/content-folder.ts';
import { HOSTILE_CASES } from './hostile-inputs.ts';

// Generous: the slowest case takes well under a second. A Markdown shape that makes parsing
// explode (minutes before the limits existed) fails here instead of hanging a build.
const TIME_BOUND_MS = 5_000;

test('the corpus holds at least 50 cases', () => {
  expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(50);
  expect(new Set(HOSTILE_CASES.map((c) => c.name)).size).toBe(HOSTILE_CASES.length);
});

test.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s', async (_name, hostile) => {
  const dir = contentFolder(hostile.files);
  for (const [path, target] of Object.entries(hostile.links ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    // The link may take the place of a folder the content folder starts with (incidents/).
    if (existsSync(join(dir, path))) rmdirSync(join(dir, path));
    symlinkSync(target, join(dir, path));
  }
  const started = performance.now();
  const content = await loadContent(dir, new Date('2026-11-20T15:00:00Z'));
  expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
  expect(content.diagnostics.map((d) => formatDiagnostic(d))).toEqual(hostile.expected);
});
