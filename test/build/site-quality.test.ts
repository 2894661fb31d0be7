/** Properties every built page must have: links resolve, no foreign origins, small, valid HTML. */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { brokenInternalLinks, listFiles, REPO_ROOT } from '../helpers/run-build.ts';
import { read } from '../helpers/html-text.ts';

const { root, sub, example } = inject('fixtureBuilds');
const htmlFiles = (dist: string) => listFiles(dist).filter((f) => f.endsWith('.html'));

test('the bundled example builds cleanly', () => {
  expect([example.run.status, example.run.stderr]).toEqual([0, '']);
});

describe('links', () => {
  test.each([
    ['at the domain root', () => root.dist, '/'],
    ['under a sub-path base', () => sub.dist, '/status/'],
    ['in the example', () => example.dist, '/'],
  ])('every internal link, script and stylesheet resolves %s', (_name, dist, base) => {
    const pages = htmlFiles(dist());
    expect(pages.length).toBeGreaterThanOrEqual(17);
    for (const page of pages) expect([page, brokenInternalLinks(dist(), base, page)]).toEqual([page, []]);
    expect(read(dist(), 'index.html')).toMatch(new RegExp(`<script type="module" src="${base}_astro/live-page\\.[\\w-]+\\.js"></script>`));
    expect(read(dist(), 'index.html')).toMatch(new RegExp(`<link rel="stylesheet" href="${base}_astro/site\\.[\\w-]+\\.css">`));
  });
});

describe('origins', () => {
  /** Every absolute URL in HTML attributes and CSS, wherever it appears. */
  const absoluteUrls = (content: string) =>
    [...content.matchAll(/(?:href|src|srcset|action|poster|data|content)="([^"]*)"|url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)/g)]
      .flatMap((m) => (m[1] ?? m[2] ?? m[3]).split(/,\s*/))
      .map((url) => url.trim().split(/\s/)[0])
      .filter((url) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url));

  test.each([
    // The site itself, then the outbound links its content configures: support, privacy policy, repository, a component's site, a link in an update, the mailing list's form.
    [
      'fixture',
      () => root.dist,
      [
        'https://status.fixture.example',
        'https://fixture.example',
        'https://github.com',
        'https://www.fixture.example',
        'https://docs.fixture.example',
        'https://buttondown.com',
      ],
    ],
    [
      'example',
      () => example.dist,
      ['https://status.larkspur.example', 'https://larkspur.example', 'https://github.com', 'https://docs.larkspur.example', 'https://lists.larkspur.example'],
    ],
  ])('%s: built HTML and CSS refer to no origin but the site and its configured outbound links', (_name, dist, allowed) => {
    const foreign: string[] = [];
    for (const file of listFiles(dist()).filter((f) => /\.(html|css|js)$/.test(f))) {
      for (const url of absoluteUrls(read(dist(), file))) if (!allowed.includes(new URL(url, 'https://x.invalid').origin)) foreign.push(`${file}: ${url}`);
    }
    expect(foreign).toEqual([]);
  });

  test('a stray reference to another origin would be caught', () => {
    expect(absoluteUrls('<link href="//fonts.example/a.css"><p style="background:url(https://cdn.example/x.png)">')).toEqual([
      '//fonts.example/a.css',
      'https://cdn.example/x.png',
    ]);
  });
});

test('the example home page is readable in under 50 KB of HTML, CSS and JavaScript', () => {
  const home = read(example.dist, 'index.html');
  const assets = [...home.matchAll(/(?:href|src)="\/(_astro\/[^"]+)"/g)].map((m) => m[1]);
  expect(assets).toHaveLength(2);
  const bytes = statSync(join(example.dist, 'index.html')).size + assets.reduce((sum, file) => sum + statSync(join(example.dist, file)).size, 0);
  expect(bytes).toBeLessThan(50 * 1024);
});

const VNU = join(REPO_ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
function javaAvailable(): boolean {
  if (spawnSync('java', ['-version']).status === 0) return true;
  if (process.env.CI) throw new Error('java is missing; .ci/run installs it with apt-get install default-jre-headless');
  return false;
}

describe.skipIf(!javaAvailable())('HTML validity', () => {
  test('the Nu Html Checker reports no errors on any page of the example or the fixture', () => {
    expect(existsSync(VNU)).toBe(true);
    const files = [...htmlFiles(example.dist).map((f) => join(example.dist, f)), ...htmlFiles(root.dist).map((f) => join(root.dist, f))];
    const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'text', ...files], { encoding: 'utf8' });
    expect([run.status, (run.stderr + run.stdout).trim()]).toEqual([0, 'Document checking completed. No errors found.']);
  });
});
