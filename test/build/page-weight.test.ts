/**
 * A page pays only for itself: the same resolved incident page, byte for byte, whether one or
 * two hundred other incidents are open (it used to embed every open incident's data); and the
 * home page stays light on such a day, with every ongoing incident a click away.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { read, text } from '../helpers/html-text.ts';
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

const [one, many] = [builtWithOpenIncidents(1), builtWithOpenIncidents(200)];

test('a resolved incident page is the same with 1 and with 200 other open incidents', () => {
  const page = 'incidents/2026-03-01-slow-website/index.html';
  expect(read(many, page)).toBe(read(one, page));
  expect(read(one, page).length).toBeLessThan(8_000);
});

test('an uptime bar on the home page lists its latest 7 troubled days and links to the component page, which lists them all', () => {
  const dir = copyFixture('basic-site');
  for (let day = 1; day <= 9; day++) {
    const date = `2026-02-${String(day).padStart(2, '0')}`;
    writeFileSync(
      join(dir, `incidents/${date}-db-slow.md`),
      `---\ntitle: Database slow ${day}\nimpact: minor\ncomponents:\n  db: degraded_performance\n---\n\n## Resolved · ${date} 11:00 UTC\n\nFixed: an index was rebuilt. We are sorry for the slow queries.\n\n## Investigating · ${date} 10:00 UTC\n\nQueries are slow.\n`,
    );
  }
  const out = join(dir, '.out');
  expect(runBuild(dir, out, NOW).status).toBe(0);
  const bar = (page: string) => text(read(out, page).split('data-component="db"')[1].split('<details>')[1].split('</details>')[0]);
  const home = bar('index.html');
  expect(
    home.startsWith(
      '10 days with incidents or maintenance, Database 10 Mar 2026: 100.00% (under maintenance 1 hr): Database upgrade 9 Feb 2026: 100.00% (degraded performance 1 hr): Database slow 9',
    ),
  ).toBe(true);
  expect(home.endsWith('4 Feb 2026: 100.00% (degraded performance 1 hr): Database slow 4 3 earlier days: see Database')).toBe(true);
  expect(read(out, 'index.html')).toContain('<a href="/components/db/">3 earlier days: see Database</a>');
  expect(
    bar('components/db/index.html').endsWith(
      '2 Feb 2026: 100.00% (degraded performance 1 hr): Database slow 2 1 Feb 2026: 100.00% (degraded performance 1 hr): Database slow 1',
    ),
  ).toBe(true);
});

test('with 201 incidents open, the home page shows 5 in full and 45 a line each, links the other 151, and stays under 100 KB', () => {
  const home = read(many, 'index.html');
  expect(home.length).toBeLessThan(100_000);
  const ongoing = home.split('<section aria-labelledby="open-incidents">')[1].split('</section>')[0];
  expect(ongoing.match(/<article/g)).toHaveLength(5);
  expect(ongoing.match(/<li class="incident">/g)).toHaveLength(45);
  expect(text(ongoing).endsWith('151 more ongoing incidents: see all ongoing incidents')).toBe(true);
  expect(ongoing).toContain('<a href="/incidents/">151 more ongoing incidents');
  const all = read(many, 'incidents/index.html');
  expect(text(all)).toContain('Ongoing incidents 201 incidents are not resolved yet, newest first.');
  expect(all.match(/<li class="incident">/g)).toHaveLength(201);
  expect(text(read(one, 'index.html'))).not.toContain('more ongoing incident');
  // The uptime bar of the API names three of the day's events and counts the others.
  expect(home).toMatch(
    /10 Mar 2026: [^<]*\(major outage[^<]*\): (<a href="\/incidents\/[^"]+\/">[^<]+<\/a>, ){3}<a href="\/history\/2026-03\/">and 198 more<\/a>/,
  );
});

test('a component page lists what its bar covers and links every year of its history, each a page of its own', () => {
  const dir = copyFixture('basic-site');
  for (const date of ['2024-06-03', '2025-02-04', '2025-12-20']) {
    writeFileSync(
      join(dir, `incidents/${date}-db-slow.md`),
      `---\ntitle: Database slow on ${date}\nimpact: minor\ncomponents:\n  db: degraded_performance\n---\n\n## Resolved · ${date} 11:00 UTC\n\nFixed: an index was rebuilt. We are sorry for the slow queries.\n\n## Investigating · ${date} 10:00 UTC\n\nQueries are slow.\n`,
    );
  }
  const out = join(dir, '.out');
  expect(runBuild(dir, out, NOW).status).toBe(0);
  const titles = (html: string) => [...html.matchAll(/<li class="(?:incident|maintenance)">\s*<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => `${m[1]} ${m[2]}`);
  const page = read(out, 'components/db/index.html');
  expect(titles(page)).toEqual(['/incidents/2026-03-10-db-maintenance/ Database upgrade', '/incidents/2025-12-20-db-slow/ Database slow on 2025-12-20']);
  expect(text(page.split('<h2 id="by-year">')[1].split('</ul>')[0])).toBe(
    'All incidents and maintenance, by year 2026: 1 incident or maintenance window 2025: 2 incidents and maintenance windows 2024: 1 incident or maintenance window',
  );
  expect(page).toContain('<a href="/components/db/2025/">');
  const year = read(out, 'components/db/2025/index.html');
  expect(titles(year)).toEqual(['/incidents/2025-12-20-db-slow/ Database slow on 2025-12-20', '/incidents/2025-02-04-db-slow/ Database slow on 2025-02-04']);
  expect(text(year.split('aria-label="Years">')[1].split('</nav>')[0])).toBe('← Newer year: 2026 Older year: 2024 →');
  expect(text(read(out, 'components/db/2024/index.html'))).toContain('Database: incidents and maintenance in 2024');
  // A year with no other year around it has no pager.
  expect(read(out, 'components/web/2026/index.html')).not.toContain('aria-label="Years"');
});
