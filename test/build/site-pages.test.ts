/** The fixture site's history, component, uptime, maintenance, subscribe and 404 pages, read from the built output. */
import { describe, expect, inject, test } from 'vitest';
import { read, text } from '../helpers/html-text.ts';
import { listFiles } from '../helpers/run-build.ts';

const { root, sub } = inject('fixtureBuilds');
const page = (file: string) => read(root.dist, file);
const main = (file: string) => text(page(file).split('<main id="main" class="wrap">')[1].split('</main>')[0]);

describe('history', () => {
  test('the index lists every month, newest first, with its counts, linking to the month', () => {
    expect(main('history/index.html')).toBe(
      'History Incidents not resolved yet Every incident and maintenance window, newest first. Choose a month: Month Incidents Maintenance March 2026 2 2 February 2026 0 1',
    );
    expect(page('history/index.html')).toContain('<a href="/history/2026-03/">March 2026</a>');
  });

  test('a month lists its events by when they happened, maintenance marked, with links to the neighbouring months', () => {
    const march = page('history/2026-03/index.html');
    expect([...march.matchAll(/<li class="(\w+)"><a href="\/incidents\/([^/]+)\/">/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'maintenance 2026-03-08-web-maintenance',
      'incident 2026-03-10-api-down',
      'maintenance 2026-03-10-db-maintenance',
      'incident 2026-03-01-slow-website',
    ]);
    expect(
      text(
        march
          .split('<nav class="pager"')[1]
          .split('</nav>')[0]
          .replace(/^[^>]*>/, ''),
      ),
    ).toBe('All months Older month: February 2026 →');
    const february = page('history/2026-02/index.html');
    expect(
      text(
        february
          .split('<nav class="pager"')[1]
          .split('</nav>')[0]
          .replace(/^[^>]*>/, ''),
      ),
    ).toBe('← Newer month: March 2026 All months');
    expect(february).toContain('<a href="/history/2026-03/" rel="prev">');
    expect(text(february)).toContain('Cancelled network work Maintenance Cancelled 3 Feb 2026, 23:00 CET');
  });
});

describe('component page', () => {
  test('shows status, description, the 90-day bar, uptime by month and the events that touched it', () => {
    const api = main('components/api/index.html');
    expect(api.split(' Last 90 days')[0]).toBe('Group: Platform API Current status: Major outage The public API');
    // March so far in Berlin: 28 Feb 23:00 UTC to 10 Mar 12:00 UTC is 229 h, 1 h of it a major outage.
    expect(api).toContain('Uptime by month Month Uptime Major outage (min) Partial outage (min) March 2026 (so far) 99.56% 60 0 February 2026 100.00% 0 0');
    expect(api).toContain('April 2025 100.00% 0 0 Uptime = 1 − (minutes of “Major outage”');
    expect(api.split('Incidents and maintenance, last 90 days ')[1]).toBe(
      'API is down Identified Impact: Critical 10 Mar 2026, 12:00 CET ongoing for 1 hr Cancelled network work Maintenance Cancelled 3 Feb 2026, 23:00 CET All incidents and maintenance, by year 2026: 2 incidents and maintenance windows',
    );
  });

  test('an outbound component link is offered', () => {
    expect(page('components/web/index.html')).toContain('<p><a href="https://www.fixture.example">Open Website</a></p>');
  });
});

test('the uptime report gives, per month, every group and component with the minutes behind its figure', () => {
  const report = main('uptime/index.html');
  // The group is the mean of its components, minutes included, so its figures add up.
  expect(report).toContain(
    'March 2026 (so far) Component Uptime Major outage (min) Partial outage (min) Platform 99.78% 30 0 API 99.56% 60 0 Website 100.00% 0 0 Storage 100.00% 0 0 Database 100.00% 0 0 February 2026',
  );
  expect(report.match(/ Component Uptime Major outage \(min\) Partial outage \(min\) /g)).toHaveLength(12);
  expect(page('uptime/index.html')).toContain('<a href="/components/api/">API</a>');
});

test('the maintenance page lists current and upcoming windows as cards and past ones below', () => {
  const maintenance = page('maintenance/index.html');
  expect([...maintenance.split('<h2 id="past">')[0].matchAll(/<h3 id="card-([^"]+)"/g)].map((m) => m[1])).toEqual([
    '2026-03-10-db-maintenance',
    '2026-03-08-web-maintenance',
  ]);
  expect(text(maintenance.split('<h2 id="past">')[1].split('</section>')[0])).toBe(
    'Past maintenance, last 90 days Cancelled network work Maintenance Cancelled 3 Feb 2026, 23:00 CET',
  );
});

test('the subscribe page offers the page, each component and the repository with its commit feed', () => {
  const subscribe = main('subscribe/index.html');
  expect(subscribe).toContain('Bookmark https://status.fixture.example/.');
  expect(subscribe).toContain(
    'One component Each component has its own page, feeds, calendar and badge: API: RSS (API) · Atom (API) · Calendar (API) · Badge (API) · shields.io JSON (API) Website:',
  );
  expect(page('subscribe/index.html')).toContain('<a href="https://github.com/fixture/status/commits/main.atom">Atom feed of every change</a>');
  expect(read(sub.dist, 'subscribe/index.html')).toContain('Bookmark https://status.fixture.example/status/.');
  expect(read(sub.dist, 'subscribe/index.html')).not.toContain('commits');
});

test('the 404 page has the site look and leads back', () => {
  expect(main('404.html')).toBe(
    'Page not found There is no page at this address. It may have moved, or the link may be mistyped. Go to the current status Browse all incidents',
  );
  expect(page('404.html')).toContain('<link rel="stylesheet" href="/_astro/site.');
  expect(page('404.html')).toContain('<meta name="robots" content="noindex">');
  expect(page('404.html')).not.toContain('rel="canonical"');
  expect(read(sub.dist, '404.html')).toContain('<a href="/status/">Go to the current status</a>');
});

test('every page is reachable by following links from the home page', () => {
  const seen = new Set<string>();
  const queue = ['/'];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    for (const [, href] of read(root.dist, `${url.slice(1)}index.html`).matchAll(/href="(\/[^"#]*\/)(?:#[^"]*)?"/g)) if (!seen.has(href)) queue.push(href);
  }
  const pages = listFiles(root.dist)
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`);
  expect([...seen].sort()).toEqual(pages.sort());
  expect(seen.size).toBe(20);
});
