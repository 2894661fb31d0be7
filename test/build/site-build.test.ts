/** Builds the fixture site for real and reads what lands in the output folder. */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { brokenInternalLinks, copyFixture, listFiles, runBuild } from '../helpers/run-build.ts';
import { FIXTURE_NOW as NOW } from '../global-setup.ts';

const { outRoot, root, sub } = inject('fixtureBuilds');
const [rootDist, subDist] = [root.dist, sub.dist];
const [rootBuild, subBuild] = [root.run, sub.run];

const read = (dist: string, file: string) => readFileSync(join(dist, file), 'utf8');
/** Visible text of HTML, tags removed and whitespace collapsed, for assertions on what readers see. */
const text = (html: string) =>
  html
    .replace(/<\/?(?:p|div|li|ul|ol|dt|dd|dl|h\d|section|article|header|footer|main)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

test('both builds succeed and report what they built', () => {
  expect(rootBuild.stderr).toBe('');
  expect(rootBuild.status).toBe(0);
  expect(rootBuild.stdout).toContain(`✓ built 5 incidents and maintenance windows into ${rootDist} (now: 2026-03-10T12:00:00.000Z)`);
  expect(subBuild.status).toBe(0);
});

test('the output has a home page, one page per event and one per postmortem', () => {
  expect(listFiles(rootDist).filter((f) => f.endsWith('.html'))).toEqual([
    'incidents/2026-02-01-cancelled-work/index.html',
    'incidents/2026-03-01-slow-website/index.html',
    'incidents/2026-03-01-slow-website/postmortem/index.html',
    'incidents/2026-03-08-web-maintenance/index.html',
    'incidents/2026-03-10-api-down/index.html',
    'incidents/2026-03-10-db-maintenance/index.html',
    'index.html',
  ]);
});

describe('home page', () => {
  const home = () => read(rootDist, 'index.html');

  test('the banner states the overall status in words', () => {
    expect(home()).toContain('<p class="banner critical" role="status">Major System Outage</p>');
  });

  test('the open incident shows its latest update, workaround, next update and estimate', () => {
    const card = text(home().split('<h2 id="open-incidents">')[1].split('</section>')[0]);
    expect(card).toBe(
      'Ongoing incidents API is down Impact: Critical Affects: API Started 10 Mar 2026, 12:00 CET ' +
        'Identified · 10 Mar 2026, 12:30 CET We found the cause. What you can do meanwhile Use the backup endpoint. ' +
        'Next update by 10 Mar 2026, 13:30 CET Estimated resolution: 10 Mar 2026, 15:00 CET',
    );
    expect(home()).toContain('<time datetime="2026-03-10T12:30:00Z">10 Mar 2026, 13:30 CET</time>');
    expect(home()).toContain('<p>Use the <strong>backup endpoint</strong>.</p>');
    expect(home()).toContain('href="/incidents/2026-03-10-api-down/#update-20260310t113000z"');
  });

  test('maintenance in progress and upcoming maintenance are listed separately', () => {
    expect(text(home().split('<h2 id="active-maintenance">')[1].split('</h3>')[0])).toBe('Maintenance in progress Database upgrade');
    expect(text(home().split('<h2 id="upcoming-maintenance">')[1].split('</h3>')[0])).toBe('Upcoming maintenance Website migration');
  });

  test('components show their current status in words, by group', () => {
    const statuses = [...home().matchAll(/<span class="name">([^<]+)<\/span><span class="status (\w+)">([^<]+)<\/span>/g)].map((m) => `${m[1]}: ${m[3]}`);
    expect(statuses).toEqual(['API: Major outage', 'Website: Operational', 'Database: Under maintenance']);
    expect(home()).toContain('<h3 id="group-platform">Platform</h3><span class="status major_outage">Major outage</span>');
  });

  test('uptime bars carry their figures as text', () => {
    // API: 1 h of major outage today, of the 13 h elapsed since midnight in Berlin; 89 clean days before.
    // 1 - 1 / (89 * 24 + 13) = 99.953 %. The cancelled maintenance on the API does not count.
    expect(home()).toContain('aria-label="API: 99.95% uptime over the last 90 days, 1 day with incidents or maintenance"');
    expect(home()).toContain('<title>10 Mar 2026: 92.30% (major outage 1 h)</title>');
    // The group is the mean of API (92.30 %) and Website (100 %) that day.
    expect(home()).toContain('<title>10 Mar 2026: 96.15% (major outage 1 h)</title>');
    expect(home()).toContain('<title>10 Mar 2026: 100.00% (under maintenance 1 h)</title>');
    expect(home()).toContain('aria-label="Website: 100.00% uptime over the last 90 days, 1 day with incidents or maintenance"');
  });

  test('what was posted in the last 14 days is listed newest first; older events are not', () => {
    const recent = home().split('<h2 id="recent">')[1];
    // The database maintenance was announced on 5 March, the website migration on 8 March.
    expect([...recent.matchAll(/<a href="\/incidents\/([^/]+)\/">/g)].map((m) => m[1])).toEqual([
      '2026-03-10-api-down',
      '2026-03-08-web-maintenance',
      '2026-03-10-db-maintenance',
      '2026-03-01-slow-website',
    ]);
  });

  test('the page says when it was generated', () => {
    expect(home()).toContain('Page generated <time datetime="2026-03-10T12:00:00Z">10 Mar 2026, 13:00 CET</time>.');
  });
});

describe('incident pages', () => {
  test('the timeline lists every update newest first with absolute times and anchors', () => {
    const page = read(rootDist, 'incidents/2026-03-10-api-down/index.html');
    const updates = [...page.matchAll(/<li id="(update-[^"]+)">.*?<h3>([^<]+)<\/h3>.*?<time datetime="([^"]+)">([^<]+)<\/time>/g)].map((m) => m.slice(1).join(' | '));
    expect(updates).toEqual([
      'update-20260310t113000z | Identified | 2026-03-10T11:30:00Z | 10 Mar 2026, 12:30 CET',
      'update-20260310t110000z | Investigating | 2026-03-10T11:00:00Z | 10 Mar 2026, 12:00 CET',
    ]);
    expect(text(page.split('<dl class="facts">')[1].split('</dl>')[0])).toBe(
      'Status Identified Impact Critical Started 10 Mar 2026, 12:00 CET Ongoing for 1 h Next update by 10 Mar 2026, 13:30 CET Estimated resolution 10 Mar 2026, 15:00 CET',
    );
  });

  test('a resolved incident shows start, end, duration and its postmortem link', () => {
    const page = read(rootDist, 'incidents/2026-03-01-slow-website/index.html');
    expect(text(page.split('<dl class="facts">')[1].split('</dl>')[0])).toBe(
      'Status Resolved Impact Minor Started 1 Mar 2026, 10:00 CET (first posted 1 Mar 2026, 10:30 CET) Resolved 1 Mar 2026, 12:00 CET after 2 h Postmortem Read what happened and what will change',
    );
    expect(page).toContain('<a href="/incidents/2026-03-01-slow-website/postmortem/">');
  });

  test('a cancelled maintenance stays visible, marked as cancelled', () => {
    const page = read(rootDist, 'incidents/2026-02-01-cancelled-work/index.html');
    expect(text(page.split('<dl class="facts">')[1].split('</dl>')[0])).toBe('Status Cancelled Scheduled 3 Feb 2026, 23:00 CET – 4 Feb 2026, 00:00 CET');
  });

  test('the postmortem page renders the report with its authors and links back', () => {
    const page = read(rootDist, 'incidents/2026-03-01-slow-website/postmortem/index.html');
    expect(page).toContain('<h2>Root cause</h2>\n<p>A cache expired.</p>');
    expect(text(page)).toContain('Published 3 Mar 2026, 11:00 CET by Ada Lovelace');
    expect(page).toContain('<a href="/incidents/2026-03-01-slow-website/">← Back to the incident</a>');
  });
});

describe('links and origins', () => {
  test.each([
    ['at the domain root', () => rootDist, '/'],
    ['under a sub-path base', () => subDist, '/status/'],
  ])('every internal link, script and stylesheet resolves %s', (_name, dist, base) => {
    const pages = listFiles(dist()).filter((f) => f.endsWith('.html'));
    expect(pages).toHaveLength(7);
    for (const page of pages) expect([page, brokenInternalLinks(dist(), base, page)]).toEqual([page, []]);
    expect(read(dist(), 'index.html')).toContain(`href="${base}incidents/2026-03-10-api-down/"`);
  });

  test('pages load nothing from other origins', () => {
    for (const page of listFiles(rootDist).filter((f) => /\.(html|css)$/.test(f))) {
      const content = read(rootDist, page);
      const loaded = [...content.matchAll(/<(?:link|script|img|iframe|source)\b[^>]*?(?:href|src)="([^"]+)"/g), ...content.matchAll(/url\(([^)]+)\)/g)]
        .map((m) => m[1])
        .filter((url) => /^(https?:)?\/\//.test(url) && !url.startsWith('https://status.fixture.example/'));
      expect([page, loaded]).toEqual([page, []]);
    }
  });
});

test('a build with invalid content fails with located errors and leaves the previous output untouched', () => {
  const content = copyFixture('basic-site');
  writeFileSync(join(content, 'incidents/2026-03-10-api-down.md'), readFileSync(join(content, 'incidents/2026-03-10-api-down.md'), 'utf8').replace('impact: critical', 'impact: severe'));
  const out = join(outRoot, 'kept');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'previous site');
  const run = runBuild(content, out, NOW);
  expect(run.status).toBe(1);
  expect(run.stderr).toBe(
    'incidents/2026-03-10-api-down.md:3:1  error  `impact` is `severe`, which is not allowed; use one of: none, minor, major, critical.\n' +
      '✗ 1 error, 0 warnings in 8 files. Nothing was built; kept/ is unchanged.\n',
  );
  expect(listFiles(out)).toEqual(['index.html']);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
  expect(listFiles(outRoot).filter((f) => f.startsWith('.kept'))).toEqual([]);
});
