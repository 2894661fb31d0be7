/**
 * `upfront init` beyond the happy path: questions at a real terminal that ask again after a wrong
 * answer and keep every other answer, refusals that write nothing, and files that already exist
 * left exactly as they were.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { atTerminal, upfront } from '../helpers/cli.ts';
import { TRANSLATED_LANGUAGES } from '../../src/schemas/languages.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'upfront-init-'));
const init = (cwd: string, ...args: string[]) => upfront(['init', ...args], { cwd });

test('at a terminal, every question shows its default, and a wrong answer is asked again with the reason, keeping the others', async () => {
  const dir = folder();
  const answers = [
    'Acme Status',
    'https://status.acme.test/status?x=1',
    'https://status.acme.test/status',
    'Mars/Base',
    'America/New_York',
    'German',
    'de',
    'help@acme.test',
    'API, Web app',
  ];
  const { status, screen } = await atTerminal(['init', 'site'], answers, { cwd: dir });
  expect(status).toBe(0);
  expect(screen).toContain('Page name [Site Status]:');
  expect(screen).toContain('Public URL (with its path, if the site is served under one) [https://status.example.com]:');
  expect(screen).toContain('  ✗ should be an origin such as `https://status.example.com`, with no path, `?…` or `#…` (put any path in `base`)');
  // The path is the base path: said, and not asked again.
  expect(screen).toContain('The site is served under a path: url https://status.acme.test, base /status/.');
  expect(screen).not.toContain('Base path');
  expect(screen).toContain('  ✗ `Mars/Base` is not an IANA time zone. Use a name such as `Europe/Berlin`, `America/New_York` or `UTC`');
  expect(screen).toContain(`Language of the page (${TRANSLATED_LANGUAGES.join(', ')}, or a regional tag such as en-US) [en]:`);
  expect(screen).toContain('  ✗ `German` is not a BCP 47 language tag. Did you mean `de`? Write a tag such as `en`, `de`, `en-US` or `pt-BR`');
  expect(screen).toContain('Where customers get help (a link, or an email address) [mailto:support@example.com]:');
  const settings = readFileSync(join(dir, 'site/site.yml'), 'utf8');
  // Monitoring begins the day the page is made, in its zone: no uptime is claimed for earlier days.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());
  expect(settings.split('\n').filter((line) => /^\w+:/.test(line))).toEqual([
    'name: Acme Status',
    'url: https://status.acme.test',
    'base: /status/',
    'time_zone: America/New_York',
    `tracking_since: ${today}`,
    'language: de',
    'support_url: mailto:help@acme.test',
  ]);
  expect(readFileSync(join(dir, 'site/components/components.yml'), 'utf8')).toContain(
    '      - id: api\n        name: API\n      - id: web-app\n        name: Web app\n',
  );
});

test('without a terminal and without --yes, a missing answer is an error; a wrong flag too; neither writes anything', () => {
  const dir = folder();
  expect(init(dir, 'site', '--name', 'Acme Status')).toMatchObject({
    status: 2,
    stderr: 'error  --url is required when there is no terminal to ask at; give it, or --yes to take the defaults\n',
  });
  expect(init(dir, 'site', '--yes', '--time-zone', 'Mars/Base')).toMatchObject({
    status: 2,
    stderr: 'error  --time-zone: `Mars/Base` is not an IANA time zone. Use a name such as `Europe/Berlin`, `America/New_York` or `UTC`\n',
  });
  expect(init(dir, 'site', '--yes', '--component', 'api=')).toMatchObject({
    status: 2,
    stderr: 'error  --component: `api=` needs a name after the `=`, such as `api=API`\n',
  });
  expect(init(dir, 'site', '--yes', '--component', 'API, api')).toMatchObject({
    status: 2,
    stderr: 'error  --component: two components would have the id `api`; give one of them its own, as in `api-eu=api`\n',
  });
  expect(init(dir, 'site', '--yes', '--url', 'status.acme.test')).toMatchObject({
    status: 2,
    stderr: 'error  --url: should be an origin such as `https://status.example.com`, with no path, `?…` or `#…` (put any path in `base`)\n',
  });
  expect(init(dir, 'site', '--yes', '--url', 'https://acme.github.io/acme-status', '--base', '/status/')).toMatchObject({
    status: 2,
    stderr:
      'error  --url https://acme.github.io/acme-status is served under `/acme-status/`, but --base says `/status/`; give one of them. Nothing was written.\n',
  });
  expect(init(dir, 'site', '--yes', '--url', 'https://acme.github.io/acme status')).toMatchObject({
    status: 2,
    stderr: 'error  --url: should be an origin such as `https://status.example.com`, with no path, `?…` or `#…` (put any path in `base`)\n',
  });
  expect(readdirSync(dir)).toEqual([]);
});

test('files that exist are left as they were; package.json only gains what it lacks; a second init refuses', () => {
  const dir = folder();
  writeFileSync(join(dir, 'README.md'), '# Our status page\n');
  writeFileSync(join(dir, 'package.json'), '{\n    "name": "ours",\n    "scripts": {\n        "build": "make status"\n    }\n}\n');
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github/CODEOWNERS'), '* @ours\n');
  const run = init(dir, '.', '--yes');
  expect([run.status, run.stderr]).toEqual([0, '']);
  expect(run.stdout).toContain(
    '  ~ package.json (added scripts.check, scripts.dev, scripts.preview, scripts.upfront, dependencies.upfront)\n  = .github/CODEOWNERS (exists, left as it was)\n  = README.md (exists, left as it was)\n',
  );
  expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('# Our status page\n');
  expect(readFileSync(join(dir, '.github/CODEOWNERS'), 'utf8')).toBe('* @ours\n');
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  expect(pkg.scripts).toEqual({ build: 'make status', check: 'upfront check', dev: 'upfront dev', preview: 'upfront preview', upfront: 'upfront' });
  expect(pkg.dependencies.upfront).toMatch(/^\^\d+\.\d+\.\d+$/);
  expect(readFileSync(join(dir, 'package.json'), 'utf8').startsWith('{\n    "name": "ours",')).toBe(true);

  const before = readFileSync(join(dir, 'site.yml'), 'utf8');
  const again = init(dir, '.', '--yes', '--name', 'Other');
  expect([again.status, again.stderr]).toEqual([
    1,
    `error  ${dir} already holds a status page (site.yml); nothing was written. Edit its files, or run \`upfront init\` in a new folder.\n`,
  ]);
  expect(readFileSync(join(dir, 'site.yml'), 'utf8')).toBe(before);
  expect(existsSync(join(dir, 'incidents/README.md'))).toBe(true);
});

test('every other command, started outside any status site, says so in one line and points at init', () => {
  const dir = folder();
  for (const command of [['check'], ['build'], ['new', '--title', 'API errors']]) {
    const run = upfront(command, { cwd: dir });
    expect([command[0], run.status, run.stdout, run.stderr]).toEqual([
      command[0],
      2,
      '',
      `error  ${dir} is not a status site: there is no site.yml in it or any folder above. Run the command inside your status repository, or create one with \`npx upfront init\`.\n`,
    ]);
  }
  expect(readdirSync(dir)).toEqual([]);
});

test('a GitHub Pages project address is split into url and base, a bare support address becomes mailto:, and the new folder is a git repository on main', () => {
  const dir = folder();
  const run = init(dir, 'site', '--yes', '--url', 'https://acme.github.io/acme-status', '--support-url', 'help@acme.test');
  expect([run.status, run.stderr]).toEqual([0, '']);
  expect(run.stdout.split('\n')[0]).toBe('The site is served under a path: url https://acme.github.io, base /acme-status/.');
  expect(run.stdout).toContain('\nStarted a git repository on branch main (nothing committed yet).\n');
  const settings = readFileSync(join(dir, 'site/site.yml'), 'utf8');
  expect(settings.split('\n').filter((line) => /^(url|base|support_url):/.test(line))).toEqual([
    'url: https://acme.github.io',
    'base: /acme-status/',
    'support_url: mailto:help@acme.test',
  ]);
  expect(spawnSync('git', ['symbolic-ref', '--short', 'HEAD'], { cwd: join(dir, 'site'), encoding: 'utf8' }).stdout).toBe('main\n');
  // Inside a repository already (a monorepo, say), none is started.
  const inner = init(join(dir, 'site'), 'status', '--yes');
  expect(inner.stdout).not.toContain('Started a git repository');
  expect(existsSync(join(dir, 'site/status/.git'))).toBe(false);
});
