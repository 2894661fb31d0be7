/**
 * A page pays only for itself: the same resolved incident page, byte for byte, whether one or
 * two hundred other incidents are open (it used to embed every open incident's data).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { read } from '../helpers/html-text.ts';
import { copyFixture, runBuild } from '../helpers/run-build.ts';

const NOW = '2026-03-10 12:00 UTC';

/** The fixture with `count` more open incidents, built; returns its output folder. */
function builtWithOpenIncidents(count: number): string {
  const dir = copyFixture('basic-site');
  for (let i = 0; i < count; i++) {
    const file = `---\ntitle: Slow API responses ${i}\nimpact: minor\ncomponents:\n  api: degraded_performance\nnext_update: 2026-03-10 12:30 UTC\n---\n\n## Investigating · 2026-03-10 11:${String(i % 60).padStart(2, '0')} UTC\n\nSome API requests are slow. We are investigating.\n`;
    writeFileSync(join(dir, `incidents/2026-03-10-slow-api-${i}.md`), file);
  }
  const out = join(dir, '.out');
  const run = runBuild(dir, out, NOW);
  expect([run.status, run.stderr]).toEqual([0, '']);
  return out;
}

test('a resolved incident page is the same with 1 and with 200 other open incidents', () => {
  const page = 'incidents/2026-03-01-slow-website/index.html';
  const [one, many] = [builtWithOpenIncidents(1), builtWithOpenIncidents(200)];
  expect(read(many, page)).toBe(read(one, page));
  expect(read(one, page).length).toBeLessThan(8_000);
});
