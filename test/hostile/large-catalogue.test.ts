/**
 * Valid content that is merely large builds: 2,000 components in block YAML (once refused as a
 * Markdown paragraph too long) and an incident naming 150 of them.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { contentFolder } from '../helpers/content-folder.ts';
import { read } from '../helpers/html-text.ts';
import { listFiles, runBuild } from '../helpers/run-build.ts';
import { LARGE_CATALOGUE } from './hostile-inputs.ts';

test('a site of 2,000 components builds, with a page for each and the wide incident on each of its 150', { timeout: 240_000 }, () => {
  const components = Array.from({ length: 150 }, (_, i) => `  service-${i}: partial_outage`).join('\n');
  const dir = contentFolder({
    'components/components.yml': LARGE_CATALOGUE,
    'incidents/2026-11-20-wide.md': `---\ntitle: Wide outage\nimpact: major\ncomponents:\n${components}\n---\n\n## Investigating · 2026-11-20 14:00 UTC\n\nMany services fail. We are investigating and will update within 30 minutes.\n`,
  });
  const out = join(dir, '.out');
  const run = runBuild(dir, out, '2026-11-20 15:00 UTC');
  expect([run.status, run.stderr]).toEqual([0, '']);
  expect(listFiles(join(out, 'components')).filter((f) => /^service-\d+\/index\.html$/.test(f))).toHaveLength(2000);
  const home = read(out, 'index.html');
  expect(home.match(/data-component="service-\d+"/g)).toHaveLength(2000);
  expect(read(out, 'components/service-149/index.html')).toContain('<a href="/incidents/2026-11-20-wide/">Wide outage</a>');
  expect(read(out, 'components/service-150/index.html')).not.toContain('Wide outage');
});
