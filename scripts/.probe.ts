import { symlinkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentFolder } from '../test/helpers/content-folder.ts';
import { HOSTILE_CASES } from '../test/hostile/hostile-inputs.ts';
import { loadContent } from '../src/lib/load-content.ts';
import { formatDiagnostic } from '../src/lib/diagnostics.ts';
const only = process.argv[2];
for (const c of HOSTILE_CASES) {
  if (only && !c.name.includes(only)) continue;
  const dir = contentFolder(c.files);
  for (const [p, t] of Object.entries(c.links ?? {})) { mkdirSync(dirname(join(dir, p)), { recursive: true }); symlinkSync(t, join(dir, p)); }
  const t0 = performance.now();
  try {
    const r = await loadContent(dir, new Date('2026-11-20T15:00:00Z'));
    console.log(`## ${c.name} (${Math.round(performance.now() - t0)} ms)\n${r.diagnostics.map((d) => '  ' + formatDiagnostic(d).slice(0, 300)).join('\n')}`);
  } catch (e) { console.log(`## ${c.name} THREW ${(e as Error).stack?.slice(0, 300)}`); }
}
