/** Runs the real `upfront build` on a content folder, as `npm run build` would. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Output of one build. */
export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Builds `contentDir` into `outDir` with "now" pinned. */
export function runBuild(contentDir: string, outDir: string, now: string): BuildRun {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/upfront.ts'), 'build', '--out-dir', outDir], {
    cwd: REPO_ROOT,
    env: { ...process.env, UPFRONT_CONTENT: contentDir, UPFRONT_NOW: now },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `runBuild` without blocking, so that several builds can run at once. */
export function runBuildAsync(contentDir: string, outDir: string, now: string): Promise<BuildRun> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts/upfront.ts'), 'build', '--out-dir', outDir], {
    cwd: REPO_ROOT,
    env: { ...process.env, UPFRONT_CONTENT: contentDir, UPFRONT_NOW: now },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

/** A copy of a fixture folder in a temporary place, with `site.yml` edited by `editSettings`. */
export function copyFixture(name: string, editSettings: (text: string) => string = (t) => t): string {
  const dir = mkdtempSync(join(tmpdir(), `upfront-${name}-`));
  cpSync(join(REPO_ROOT, 'test/fixtures', name), dir, { recursive: true });
  writeFileSync(join(dir, 'site.yml'), editSettings(readFileSync(join(dir, 'site.yml'), 'utf8')));
  return dir;
}

/** Every file below `dir`, relative, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Internal URLs (href/src starting with `/`) in an HTML file that do not resolve to a file or an id in `dist`. */
export function brokenInternalLinks(dist: string, base: string, htmlFile: string): string[] {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const broken: string[] = [];
  for (const [, url] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
    if (!url.startsWith('/') && !url.startsWith('#')) continue;
    const [path, fragment] = url.split('#');
    let target = htmlFile;
    if (path) {
      if (!path.startsWith(base)) {
        broken.push(`${url} (outside base ${base})`);
        continue;
      }
      const local = join(dist, path.slice(base.length));
      target = relative(dist, path.endsWith('/') ? join(local, 'index.html') : local);
      if (!existsSync(join(dist, target))) {
        broken.push(url);
        continue;
      }
    }
    if (fragment && !readFileSync(join(dist, target), 'utf8').includes(`id="${fragment}"`)) broken.push(url);
  }
  return broken;
}
