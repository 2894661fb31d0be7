/**
 * The bundled example built in every shipped language (by the global setup): it builds, its home,
 * incident and 404 pages hold none of a fixed list of English interface words, its times are
 * written in the language's own format, and the feeds, calendar and badge speak the language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { EXAMPLE_LANGUAGES } from '../global-setup.ts';
import { siteLocale } from '../../src/core/site-locale.ts';
import { EXAMPLE_WRITTEN_AT } from '../../scripts/example-written-at.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { REPO_ROOT } from '../helpers/run-build.ts';

const { languages, example } = inject('fixtureBuilds');

/**
 * Interface words of the English pages; none of them occurs in what the example's authors wrote,
 * so a translated page must not hold them. (Words some languages share with English, such as
 * Impact or Updates in French and Dutch, are left out; the translations test lists those.)
 */
const ENGLISH_WORDS = [
  'Skip to content',
  'Contact support',
  'Page generated',
  'Times are in',
  'Published from a git repository',
  'More from us',
  'All Systems Operational',
  'Partial System Outage',
  'Ongoing incidents',
  'Components',
  'Operational',
  'Degraded performance',
  'Partial outage',
  'Major outage',
  'Under maintenance',
  'Investigating',
  'Estimated resolution',
  'was due',
  'What you can do meanwhile',
  'Affected components',
  'uptime',
  'days ago',
  'Today',
  'History',
  'Subscribe',
  'Uptime',
  'In progress',
  'Started',
  'Affects',
  'Ongoing for',
  'View every edit',
  'One bar per day',
  'Past 7 days',
  'with incidents or maintenance',
  'Page not found',
  'Go to the current status',
  'Browse all incidents',
];

/** The footer's "generated" time of the example (21:45 in Berlin), as each language writes it. */
const GENERATED: Record<(typeof EXAMPLE_LANGUAGES)[number], string> = {
  de: '23. Nov. 2026, 21:45 MEZ',
  fr: '23 nov. 2026, 21:45 UTC+1',
  es: '23 nov 2026, 21:45 CET',
  'pt-BR': '23 de nov. de 2026, 21:45 GMT+1',
  it: '23 nov 2026, 21:45 CET',
  nl: '23 nov 2026, 21:45 CET',
  ja: '2026年11月23日 21:45 GMT+1',
  'zh-Hans': '2026年11月23日 GMT+1 21:45',
  ar: '23 نوفمبر 2026، 9:45\u202fم غرينتش+1',
  'en-US': 'Nov 23, 2026, 9:45\u202fPM CET',
};

const PAGES = ['index.html', 'incidents/2026-11-23-sign-in-errors/index.html', '404.html'];
const wholeWord = (phrase: string) => new RegExp(`(?<![\\p{L}])${phrase}(?![\\p{L}])`, 'u');

/** What a reader gets from a page: its text and the attributes read out or shown (labels, titles, alt texts, descriptions), not markup. */
const readable = (html: string) =>
  [
    ...[...html.matchAll(/\s(?:aria-label|title|alt|content)="([^"]*)"/g)].map((match) => match[1]),
    html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' '),
  ].join('\n');

test('no English interface word of the list occurs in the example content, so finding one on a page means untranslated interface', async () => {
  const content = await loadContent(REPO_ROOT, EXAMPLE_WRITTEN_AT);
  const written = [
    content.settings!.name,
    ...content.settings!.footer_links.map((link) => link.label),
    ...content.catalog!.groups.flatMap((group) => [group.name, group.description ?? '', ...group.components.flatMap((c) => [c.name, c.description ?? ''])]),
    ...content.events.flatMap(({ data }) => [data.title, data.workaround ?? '', ...data.updates.map((update) => update.message)]),
    ...content.postmortems.flatMap(({ data }) => [data.title ?? '', data.body]),
  ].join('\n');
  expect(ENGLISH_WORDS.filter((phrase) => wholeWord(phrase).test(written))).toEqual([]);
});

describe.each(EXAMPLE_LANGUAGES.filter((language) => language !== 'en-US'))('the example translated into %s', (language) => {
  const page = (file: string) => readFileSync(join(languages[language].dist, file), 'utf8');

  test('its home, incident and 404 pages hold no English interface word', () => {
    const found = PAGES.flatMap((file) => ENGLISH_WORDS.filter((phrase) => wholeWord(phrase).test(readable(page(file)))).map((phrase) => `${file}: ${phrase}`));
    expect(found).toEqual([]);
  });
});

describe.each(EXAMPLE_LANGUAGES)('the example in %s', (language) => {
  const { dist, run } = languages[language];
  const page = (file: string) => readFileSync(join(dist, file), 'utf8');

  test('builds, with nothing on stderr', () => {
    expect([run.status, run.stderr]).toEqual([0, '']);
  });

  test('declares its language and direction', () => {
    expect(page('index.html')).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`);
  });

  test('writes times in the language’s format', () => {
    const footer = /<footer class="site">[\s\S]*?<time datetime="2026-11-23T20:45:00Z">([^<]+)<\/time>/.exec(page('index.html'));
    expect(footer?.[1]).toBe(GENERATED[language]);
  });

  test('the feeds, calendar and badge name the language and speak it', () => {
    expect(page('feed.xml')).toContain(`<language>${language}</language>`);
    expect(page('atom.xml')).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`);
    expect(page('maintenance.ics')).toContain(`PRODID:-//Upfront//status//${language.toUpperCase()}`);
    // The example depicts a partial outage: the banner, badge and calendar say so in the language.
    const { UI } = siteLocale({ language });
    expect(JSON.parse(page('shields.json'))).toMatchObject({ message: UI.badgeWord(UI.overall.major) });
    expect(page('index.html')).toContain(`<p class="banner major" role="status">${UI.overall.major}</p>`);
    expect(page('maintenance.ics')).toContain(`SUMMARY:${UI.event.maintenanceShort}: Object storage metadata migration`);
  });

  test('the Statuspage API is the English example’s, byte for byte', () => {
    for (const file of ['status.json', 'summary.json', 'components.json', 'incidents.json', 'scheduled-maintenances.json']) {
      expect(page(`api/v2/${file}`)).toBe(readFileSync(join(example.dist, `api/v2/${file}`), 'utf8'));
    }
  });
});
