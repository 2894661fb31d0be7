/** Builds the fixture site for real and reads what lands in the output folder. */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture, listFiles, runBuild } from '../helpers/run-build.ts';
import { read, text } from '../helpers/html-text.ts';
import { FIXTURE_NOW as NOW } from '../global-setup.ts';
import { IMPACTS } from '../../src/schemas/status-vocabulary.ts';

const { outRoot, root, sub } = inject('fixtureBuilds');
const [rootDist, subDist] = [root.dist, sub.dist];
const [rootBuild, subBuild] = [root.run, sub.run];

test('both builds succeed and report what they built', () => {
  expect(rootBuild.stderr).toBe('');
  expect(rootBuild.status).toBe(0);
  expect(rootBuild.stdout).toContain(
    `✓ 9 files checked; built 2 incidents, 3 maintenance windows and 1 postmortem into ${rootDist} (now: 2026-03-10T12:00:00.000Z)`,
  );
  expect(subBuild.status).toBe(0);
});

test('the output folder is readable like any build output (the umask decides, not the private mode of a temporary folder)', () => {
  const umask = process.umask(0o022);
  process.umask(umask);
  expect((statSync(rootDist).mode & 0o777).toString(8)).toBe((0o777 & ~umask).toString(8));
});

test('the output has every page: home, events, ongoing incidents, postmortems, history by month, components, uptime, maintenance, subscribe, 404', () => {
  expect(listFiles(rootDist).filter((f) => f.endsWith('.html'))).toEqual([
    '404.html',
    'components/api/2026/index.html',
    'components/api/index.html',
    'components/db/2026/index.html',
    'components/db/index.html',
    'components/web/2026/index.html',
    'components/web/index.html',
    'history/2026-02/index.html',
    'history/2026-03/index.html',
    'history/index.html',
    'incidents/2026-02-01-cancelled-work/index.html',
    'incidents/2026-03-01-slow-website/index.html',
    'incidents/2026-03-01-slow-website/postmortem/index.html',
    'incidents/2026-03-08-web-maintenance/index.html',
    'incidents/2026-03-10-api-down/index.html',
    'incidents/2026-03-10-db-maintenance/index.html',
    'incidents/index.html',
    'index.html',
    'maintenance/index.html',
    'subscribe/index.html',
    'uptime/index.html',
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
        'Identified · 10 Mar 2026, 12:30 CET We found the cause. See the backup guide. What you can do meanwhile Use the backup endpoint. ' +
        'Next update by 10 Mar 2026, 13:30 CET Estimated resolution: 10 Mar 2026, 15:00 CET',
    );
    expect(home()).toContain('<time datetime="2026-03-10T12:30:00Z">10 Mar 2026, 13:30 CET</time>');
    expect(home()).toContain('<p>Use the <strong>backup endpoint</strong>.</p>');
    expect(home()).toContain('href="/incidents/2026-03-10-api-down/#update-20260310t113000z"');
  });

  test('maintenance in progress comes first, then upcoming, each with its phase in words', () => {
    const section = home().split('<h2 id="maintenance">')[1].split('</section>')[0];
    expect(
      [...section.matchAll(/<h3[^>]*><a [^>]*>([^<]+)<\/a><\/h3><ul class="meta"><li><span class="phase (\w+)"[^>]*>([^<]+)</g)].map((m) => `${m[1]}: ${m[3]}`),
    ).toEqual(['Database upgrade: In progress', 'Website migration: Scheduled']);
  });

  test('components show their current status in words, by group, and link to their pages', () => {
    const statuses = [...home().matchAll(/<a class="name" href="([^"]+)">([^<]+)<\/a><span class="status (\w+)"[^>]*>([^<]+)<\/span>/g)].map(
      (m) => `${m[1]} ${m[2]}: ${m[4]}`,
    );
    expect(statuses).toEqual(['/components/api/ API: Major outage', '/components/web/ Website: Operational', '/components/db/ Database: Under maintenance']);
    expect(home()).toContain('<h3 id="group-platform">Platform</h3><span class="status major_outage" data-members="api web">Major outage</span>');
  });

  test('uptime bars carry their figures as text, with each troubled day linked to what happened', () => {
    // API: 1 h of major outage today, of the 13 h elapsed since midnight in Berlin; 89 clean days before.
    // 1 - 1 / (89 * 24 + 13) = 99.953 %. The cancelled maintenance on the API does not count.
    const api = home().split('data-component="api"')[1].split('<div class="component">')[0];
    expect(text(api.split('<div class="legend">')[1])).toBe(
      '90 days ago API: 99.95% uptime over the last 90 days. One bar per day, the oldest first. Today 1 day with incidents or maintenance, API 10 Mar 2026: 92.30% (major outage 1 hr): API is down',
    );
    expect(api).toContain('<svg viewBox="0 0 718 30" preserveAspectRatio="none" aria-hidden="true">');
    expect(api).toContain('<path class="bar-major_outage" d="M712 0h6v30h-6z"></path>');
    expect(api).toContain('<a href="/incidents/2026-03-10-api-down/">API is down</a>');
    expect(text(home().split('data-component="db"')[1])).toContain('10 Mar 2026: 100.00% (under maintenance 1 hr): Database upgrade');
  });

  test('what happened in the last 14 days is listed newest first; older events, and maintenance still to come, are not', () => {
    const recent = home().split('<h2 id="recent">')[1];
    // The database maintenance began today; the website migration, announced on 8 March, is on
    // the 15th: upcoming maintenance, not the past 14 days.
    expect([...recent.matchAll(/<a href="\/incidents\/([^/]+)\/">/g)].map((m) => m[1])).toEqual([
      '2026-03-10-api-down',
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
    const updates = [
      ...page.matchAll(/<li id="(update-[^"]+)">.*?<h3 class="update-status \w+">([^<]+)<\/h3>.*?<time datetime="([^"]+)">([^<]+)<\/time>/g),
    ].map((m) => m.slice(1).join(' | '));
    expect(updates).toEqual([
      'update-20260310t113000z | Identified | 2026-03-10T11:30:00Z | 10 Mar 2026, 12:30 CET',
      'update-20260310t110000z | Investigating | 2026-03-10T11:00:00Z | 10 Mar 2026, 12:00 CET',
    ]);
    expect(text(page.split('<dl class="facts">')[1].split('</dl>')[0])).toBe(
      'Status Identified Impact Critical Started 10 Mar 2026, 12:00 CET Ongoing for 1 hr Next update by 10 Mar 2026, 13:30 CET Estimated resolution 10 Mar 2026, 15:00 CET',
    );
  });

  test('affected components link to their pages, and the edit history of the file is one click away', () => {
    const page = read(rootDist, 'incidents/2026-03-10-api-down/index.html');
    expect(page).toContain('<a href="/components/api/">API</a><span class="status major_outage">Major outage</span>');
    expect(page).toContain(
      '<p class="file-history"><a href="https://github.com/fixture/status/commits/main/incidents/2026-03-10-api-down.md">View every edit of this page in the repository</a></p>',
    );
    // Without a repository in site.yml, there is no such link.
    expect(read(subDist, 'incidents/2026-03-10-api-down/index.html')).not.toContain('file-history');
  });

  test('a resolved incident shows start, end, duration and its postmortem link', () => {
    const page = read(rootDist, 'incidents/2026-03-01-slow-website/index.html');
    expect(text(page.split('<dl class="facts">')[1].split('</dl>')[0])).toBe(
      'Status Resolved Impact Minor Started 1 Mar 2026, 10:00 CET (first posted 1 Mar 2026, 10:30 CET) Resolved 1 Mar 2026, 12:00 CET Duration 2 hrs Postmortem Read what happened and what will change',
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

  test('the postmortem: the report first, then the facts, then the updates as posted, collapsed', () => {
    const page = read(rootDist, 'incidents/2026-03-01-slow-website/postmortem/index.html');
    expect(page.indexOf('<h2>Summary</h2>')).toBeLessThan(page.indexOf('<aside class="postmortem-facts"'));
    const facts = page.split('<aside class="postmortem-facts"')[1].split('</aside>')[0];
    expect(text(facts.split('<details>')[0].replace(/^[^>]*>/, ''))).toBe(
      'The incident Impact Minor Started 1 Mar 2026, 10:00 CET Resolved 1 Mar 2026, 12:00 CET Duration 2 hrs Components Website',
    );
    expect(text(facts.split('<details>')[1])).toBe(
      'Timeline as posted Resolved 1 Mar 2026, 12:00 CET Fixed: a cache setting was wrong, and pages load quickly again. Investigating 1 Mar 2026, 10:30 CET The website is slow.',
    );
    expect(facts).toContain('<a href="/incidents/2026-03-01-slow-website/#update-20260301t110000z">');
  });

  test('a time the author wrote in the report is a <time> in the site zone, which the script shows in the reader’s: one clock per page', () => {
    const page = read(rootDist, 'incidents/2026-03-01-slow-website/postmortem/index.html');
    expect(page).toContain(
      '<td><time datetime="2026-03-01T09:00:00Z">1 Mar 2026, 10:00 CET</time></td>\n<td>A cache setting was changed. <code>2026-03-01 09:00 UTC</code> in code stays as written.</td>',
    );
  });
});

test('a build with invalid content fails with located errors and leaves the previous output untouched', () => {
  const content = copyFixture('basic-site');
  writeFileSync(
    join(content, 'incidents/2026-03-10-api-down.md'),
    readFileSync(join(content, 'incidents/2026-03-10-api-down.md'), 'utf8').replace('impact: critical', 'impact: severe'),
  );
  const out = join(outRoot, 'kept');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'previous site');
  const run = runBuild(content, out, NOW);
  expect(run.status).toBe(1);
  expect(run.stderr).toBe(
    `incidents/2026-03-10-api-down.md:3:1  error  \`impact\` is \`severe\`, which is not allowed; use one of: ${IMPACTS.join(', ')}.\n` +
      '✗ 1 error, 0 warnings in 9 files. Nothing was built; kept/ is unchanged.\n',
  );
  expect(listFiles(out)).toEqual(['index.html']);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
  expect(listFiles(outRoot).filter((f) => f.startsWith('.kept'))).toEqual([]);
});
