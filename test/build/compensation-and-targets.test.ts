/**
 * What customers receive for an outage and the months below the availability target, in the
 * bundled example as written (`sla: 99.9`, and each long outage says what it is worth): on the
 * incident page, its postmortem, the feeds (read by an independent parser), the API (checked
 * against Statuspage's schema elsewhere; here the extra field) and the uptime pages.
 */
import { expect, inject, test } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { read, text } from '../helpers/html-text.ts';

const { example } = inject('fixtureBuilds');
const CREDITED = '2026-11-10-api-errors-eu-west';
const CREDIT =
  "Every account with API or webhook traffic in eu-west receives a service credit of 25 % of the month's fee for both, as our SLA sets for a critical outage of more than two hours. It appears on your next invoice; there is nothing to do.";
const page = (file: string) => read(example.dist, file);

test('the resolved incident’s page says what customers receive, under its own heading, before the workaround it no longer needs', () => {
  const html = page(`incidents/${CREDITED}/index.html`);
  const section = /<section class="callout" aria-labelledby="compensation">(.*?)<\/section>/s.exec(html)?.[1] ?? '';
  expect(text(section)).toBe(`Compensation ${CREDIT}`);
  expect(html.indexOf('id="compensation"')).toBeLessThan(html.indexOf('<h2>Affected components</h2>'));
});

test('an incident with no compensation has no such section, and an ongoing one none either', () => {
  expect(
    [page('incidents/2026-08-19-dashboard-outage/index.html'), page('incidents/2026-11-23-sign-in-errors/index.html')].map((html) =>
      html.includes('id="compensation"'),
    ),
  ).toEqual([false, false]);
});

test('the postmortem lists it among the incident’s facts', () => {
  const facts = /<aside class="postmortem-facts"[^>]*>(.*?)<details>/s.exec(page(`incidents/${CREDITED}/postmortem/index.html`))?.[1] ?? '';
  expect(text(facts).endsWith(`Compensation ${CREDIT}`)).toBe(true);
});

test('in the feeds, the resolving update carries it, and the earlier updates do not', async () => {
  for (const file of ['feed.xml', 'atom.xml', 'components/api/atom.xml']) {
    const feed = parseFeed(page(file));
    const ofIncident = feed.items.filter((item) => item.url?.includes(`/incidents/${CREDITED}/`));
    const carrying = ofIncident.filter((item) => item.content?.includes('<h3>Compensation</h3>'));
    expect([file, carrying.map((item) => item.title)]).toEqual([file, ['[Resolved] API and webhook failures in eu-west']]);
    expect(carrying[0].content).toContain(`<h3>Compensation</h3><p>${CREDIT}</p>`);
    expect(ofIncident.length).toBeGreaterThan(1);
  }
});

test('the API gives each incident a `compensation` (null when none) and maintenance none', () => {
  const { incidents, scheduled_maintenances } = JSON.parse(page('api/v2/summary.json')) as Record<string, Array<Record<string, unknown>>>;
  const all = JSON.parse(page('api/v2/incidents.json')).incidents as Array<Record<string, unknown>>;
  expect(all.find((incident) => incident.id === CREDITED)?.compensation).toBe(CREDIT);
  expect(all.find((incident) => incident.id === '2026-08-19-dashboard-outage')?.compensation).toBeNull();
  // The summary holds the example's ongoing incident and its upcoming windows: neither list is empty, so neither check is vacuous.
  expect([incidents.length > 0, incidents.every((incident) => incident.compensation === null)]).toEqual([true, true]);
  expect([scheduled_maintenances.length > 0, scheduled_maintenances.some((window) => 'compensation' in window)]).toEqual([true, false]);
  const windows = JSON.parse(page('api/v2/scheduled-maintenances.json')).scheduled_maintenances as Array<Record<string, unknown>>;
  expect([windows.length > 0, windows.some((window) => 'compensation' in window)]).toEqual([true, false]);
});

test('the uptime report holds each month to 99.9 %, marks the rows below it in words, and lists the downtime behind them with the incidents', () => {
  const report = page('uptime/index.html');
  expect(text(/<p class="target-note">.*?<\/p>/s.exec(report)?.[0] ?? '')).toBe(
    'Each month is held to an availability target of 99.9%; a month below its target is marked, with the incidents behind it. Read the SLA policy',
  );
  expect(report).toContain('<a href="https://larkspur.example/legal/sla">Read the SLA policy</a>');
  const november = /<section aria-labelledby="month-2026-11">(.*?)<\/section>/s.exec(report)?.[1] ?? '';
  expect(november).toContain('<strong class="below-target">below its 99.9% target</strong>');
  const below = /<div class="missed-targets">(.*)/s.exec(november)?.[1] ?? '';
  expect(text(below)).toBe(
    [
      'Below target',
      'Core platform: 99.83% against a target of 99.9%; 53 mins of downtime, caused by API and webhook failures in eu-west, Errors when signing in to the dashboard.',
      'API: 99.54% against a target of 99.9%; 2 hrs 29 mins of downtime, caused by API and webhook failures in eu-west.',
      'Webhooks: 99.86% against a target of 99.9%; 45 mins of downtime, caused by API and webhook failures in eu-west.',
    ].join(' '),
  );
  expect(below).toContain(`<a href="/incidents/${CREDITED}/">API and webhook failures in eu-west</a>`);
});

test('a component page marks its months below target and lists what caused them', () => {
  const html = page('components/api/index.html');
  expect(html).toContain('<strong class="below-target">below its 99.9% target</strong>');
  const below = /<div class="missed-targets">(.*?)<\/div>/s.exec(html)?.[1] ?? '';
  expect(text(below)).toBe(
    [
      'Below target',
      'November 2026: 99.54% against a target of 99.9%; 2 hrs 29 mins of downtime, caused by API and webhook failures in eu-west.',
      'June 2026: 99.74% against a target of 99.9%; 1 hr 49 mins of downtime, caused by API unavailable in us-east.',
    ].join(' '),
  );
  // Only those two rows are marked; September's 87 minutes of partial outage count as 26 and stay within target.
  expect(html.match(/<tr><th scope="row">[^<]*<\/th><td>[^<]*<strong class="below-target">/g)).toEqual([
    '<tr><th scope="row">November 2026 (so far)</th><td>99.54% <strong class="below-target">',
    '<tr><th scope="row">June 2026</th><td>99.74% <strong class="below-target">',
  ]);
});
