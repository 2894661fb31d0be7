/**
 * `npm run bench -- [--incidents N] [--mix realistic|stress] [--keep]`: generates N synthetic
 * incidents (spread over years, with updates, components, maintenance and postmortems; with
 * `stress`, about 10 % of them still open within the last 14 days) in a temporary folder, builds
 * them, and in the same run builds bare Astro on the same Markdown files as the baseline: the
 * machine is noisy, so Upfront's time is reported as a ratio to that baseline, with peak memory,
 * output bytes (also per entry, against the baseline's), the largest page and the home page.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildSite } from './cli/site-commands.ts';
import { parseArgsOrExit } from './cli-args.ts';
import { generateContent, type Mix } from './bench-content.ts';

/** Files, bytes and the largest file (by path) under `dir`. */
async function measureOutput(dir: string): Promise<{ files: number; bytes: number; largest: [path: string, bytes: number] }> {
  let files = 0;
  let bytes = 0;
  let largest: [string, number] = ['', 0];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { size } = await stat(path);
    files++;
    bytes += size;
    if (size > largest[1] && path.endsWith('.html')) largest = [path.slice(dir.length + 1), size];
  }
  return { files, bytes, largest };
}

/**
 * The baseline: bare Astro building the same Markdown files the simplest way, a content
 * collection with the `glob` loader, one page per entry rendering its Markdown with `render()`,
 * and an index page listing them all. Built in a process of its own (inside node_modules so that
 * it finds Astro); its wall time in seconds and its output.
 */
async function bareAstroBuild(incidentsDir: string): Promise<{ seconds: number; files: number; bytes: number }> {
  const root = await mkdtemp(join(repoRoot, 'node_modules', '.upfront-bench-baseline-'));
  await mkdir(join(root, 'src', 'pages'), { recursive: true });
  await writeFile(join(root, 'astro.config.mjs'), "export default { logLevel: 'error' };\n");
  await writeFile(
    join(root, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\nexport const collections = { incidents: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(incidentsDir)} }) }) };\n`,
  );
  const head = '<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body><h1>{title}</h1>';
  await writeFile(
    join(root, 'src', 'pages', '[id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('incidents')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst title = String(entry.data.title ?? entry.id);\nconst { Content } = await render(entry);\n---\n${head}<Content /></body></html>\n`,
  );
  await writeFile(
    join(root, 'src', 'pages', 'index.astro'),
    `---\nimport { getCollection } from 'astro:content';\nconst entries = await getCollection('incidents');\nconst title = 'Incidents';\n---\n${head}<ul>{entries.map((entry) => <li><a href={\`/\${entry.id}/\`}>{String(entry.data.title ?? entry.id)}</a></li>)}</ul></body></html>\n`,
  );
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', root], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(`error  the baseline build failed:\n${run.stderr}`);
    process.exit(1);
  }
  const { files, bytes } = await measureOutput(join(root, 'dist'));
  await rm(root, { recursive: true, force: true });
  return { seconds, files, bytes };
}

const { values } = parseArgsOrExit(
  { options: { incidents: { type: 'string', default: '1000' }, mix: { type: 'string', default: 'realistic' }, keep: { type: 'boolean', default: false } } },
  'usage: npm run bench -- [--incidents N] [--mix realistic|stress] [--keep]',
);
const count = Number(values.incidents);
if (!Number.isInteger(count) || count < 1) {
  console.error(`error  --incidents must be a whole number of at least 1, not \`${values.incidents}\``);
  process.exit(2);
}
if (values.mix !== 'realistic' && values.mix !== 'stress') {
  console.error(`error  --mix must be \`realistic\` or \`stress\`, not \`${values.mix}\``);
  process.exit(2);
}
const mix: Mix = values.mix;
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const work = await mkdtemp(join(tmpdir(), 'upfront-bench-'));
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
await generateContent(contentDir, count, now, mix);

const baseline = await bareAstroBuild(join(contentDir, 'incidents'));
const started = performance.now();
const code = await buildSite({ root: repoRoot, contentDir }, outDir, now);
const seconds = (performance.now() - started) / 1000;
if (code !== 0) {
  console.error(`error  the build failed (exit ${code}); content kept in ${contentDir}`);
  process.exit(code);
}
const { files, bytes, largest } = await measureOutput(outDir);
const home = (await stat(join(outDir, 'index.html'))).size;
const peakMiB = process.resourceUsage().maxRSS / 1024;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`\nincidents      ${count} (${mix} mix)`);
console.log(
  `wall time      ${seconds.toFixed(1)} s; bare Astro (glob collection, render(), an index) on the same files: ${baseline.seconds.toFixed(1)} s; ratio ${(seconds / baseline.seconds).toFixed(2)}`,
);
console.log(`peak memory    ${peakMiB.toFixed(0)} MiB`);
console.log(`files written  ${files} (baseline ${baseline.files})`);
console.log(
  `total bytes    ${bytes} (${(bytes / 1024 / 1024).toFixed(1)} MiB); per entry ${kib(bytes / count)}, baseline ${kib(baseline.bytes / count)}, ratio ${(bytes / baseline.bytes).toFixed(1)}`,
);
console.log(`largest page   ${largest[0]} ${kib(largest[1])}`);
console.log(`home page      ${kib(home)}`);
if (values.keep) console.log(`kept in        ${work}`);
else await rm(work, { recursive: true, force: true });
