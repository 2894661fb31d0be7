/**
 * The corpus of hostile and broken inputs: each case is one content folder (the files it adds to
 * the default settings and catalogue) and the exact diagnostics `loadContent` must report.
 */
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPONENTS_YML, INCIDENT_FIELDS, SITE_YML } from '../helpers/content-folder.ts';

/** One hostile input and what must come of it. */
export interface HostileCase {
  name: string;
  files: Record<string, string | Buffer>;
  /** Symbolic links to create: path in the folder → target. */
  links?: Record<string, string>;
  /** Exactly the formatted diagnostics expected, in order. */
  expected: string[];
}

const ok = (updates = '## Investigating · 2026-11-20 14:00 UTC\n\nLooking.') =>
  `---\ntitle: API errors\nimpact: minor\ncomponents:\n  api: partial_outage\n---\n\n${updates}\n`;
const withField = (line: string) =>
  `---\ntitle: API errors\nimpact: minor\ncomponents:\n  api: partial_outage\n${line}\n---\n\n## Investigating · 2026-11-20 14:00 UTC\n\nLooking.\n`;
const withTime = (time: string) => ok(`## Investigating · ${time}\n\nLooking.`);
const F = 'incidents/2026-11-20-api.md';
/** A folder outside any content folder, holding an incident and a folder of another: what a link out of the folder would reach. */
const OUTSIDE = realpathSync(mkdtempSync(join(tmpdir(), 'upfront-outside-')));
mkdirSync(join(OUTSIDE, 'nested'));
writeFileSync(join(OUTSIDE, '2026-11-21-elsewhere.md'), ok());
writeFileSync(join(OUTSIDE, 'nested/2026-11-22-deeper.md'), ok());
/** 2,000 components in block YAML, in 20 groups. */
export const LARGE_CATALOGUE = `groups:\n${Array.from({ length: 20 }, (_, g) => `  - id: group-${g}\n    name: Group ${g}\n    components:\n${Array.from({ length: 100 }, (_, c) => `      - id: service-${g * 100 + c}\n        name: Service ${g * 100 + c}\n        description: The service number ${g * 100 + c}`).join('\n')}`).join('\n')}\n`;

/** The corpus. */
export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'an empty file',
    files: { [F]: '' },
    expected: ['incidents/2026-11-20-api.md:1:1  error  the file must start with YAML frontmatter between `---` lines (see docs/authoring.md in Upfront)'],
  },
  {
    name: 'a file of only whitespace',
    files: { [F]: '\n\n   \n' },
    expected: ['incidents/2026-11-20-api.md:1:1  error  the file must start with YAML frontmatter between `---` lines (see docs/authoring.md in Upfront)'],
  },
  {
    name: 'only frontmatter, no updates',
    files: { [F]: '---\ntitle: API errors\nimpact: minor\ncomponents:\n  api: partial_outage\n---\n' },
    expected: [
      'incidents/2026-11-20-api.md:7:1  error  no updates: add at least one section headed like `## Identified · 2026-11-20 14:32 UTC`, followed by the message',
    ],
  },
  {
    name: 'frontmatter that never closes',
    files: { [F]: '---\ntitle: API errors\nimpact: minor\n' },
    expected: ['incidents/2026-11-20-api.md:1:1  error  the frontmatter is not closed; add a `---` line after the last field'],
  },
  {
    name: 'frontmatter that is a list',
    files: { [F]: '---\n- a\n- b\n---\n\n## Investigating · 2026-11-20 14:00 UTC\n\nx\n' },
    expected: ['incidents/2026-11-20-api.md:2:1  error  the frontmatter must be a mapping of fields such as `title: …`, not a list or a single value'],
  },
  {
    name: 'frontmatter that is a scalar',
    files: { [F]: '---\njust text\n---\n\n## Investigating · 2026-11-20 14:00 UTC\n\nx\n' },
    expected: ['incidents/2026-11-20-api.md:2:1  error  the frontmatter must be a mapping of fields such as `title: …`, not a list or a single value'],
  },
  {
    name: 'frontmatter that is null',
    files: { [F]: '---\n~\n---\n\n## Investigating · 2026-11-20 14:00 UTC\n\nx\n' },
    expected: [
      'incidents/2026-11-20-api.md:2:1  error  `title` is missing; add it (it should be text)',
      'incidents/2026-11-20-api.md:2:1  error  `impact` is missing; add it, with one of: none, minor, major, critical',
      'incidents/2026-11-20-api.md:2:1  error  `components` is missing; add it (it should map component ids to statuses, such as `api: partial_outage`)',
    ],
  },
  { name: 'a byte-order mark (accepted)', files: { [F]: `\uFEFF${ok()}` }, expected: [] },
  { name: 'CRLF line endings (accepted)', files: { [F]: ok().replace(/\n/g, '\r\n') }, expected: [] },
  { name: 'old Mac CR line endings (accepted)', files: { [F]: ok().replace(/\n/g, '\r') }, expected: [] },
  {
    name: 'non-UTF-8 bytes',
    files: { [F]: Buffer.concat([Buffer.from(ok().slice(0, 20)), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(ok().slice(20))]) },
    expected: ['incidents/2026-11-20-api.md:2:17  error  the file is not valid UTF-8 text; save it as UTF-8 in your editor'],
  },
  {
    name: 'UTF-16 text',
    files: { [F]: Buffer.from(`\uFEFF${ok()}`, 'utf16le') },
    expected: ['incidents/2026-11-20-api.md:1:1  error  the file is not valid UTF-8 text; save it as UTF-8 in your editor'],
  },
  {
    name: 'a NUL byte',
    files: { [F]: ok().replace('Looking.', 'Look\u0000ing.') },
    expected: [
      'incidents/2026-11-20-api.md:10:5  error  contains the invisible control character U+0000; delete it (it often comes with text pasted from a terminal or chat)',
    ],
  },
  {
    name: 'a YAML alias inside its own anchor',
    files: { [F]: ok().replace('title: API errors', 'title: &t [*t]') },
    expected: [
      'incidents/2026-11-20-api.md:2:12  error  the alias `*t` is inside the value its anchor `&t` names, so it would never end; write the value out instead',
    ],
  },
  {
    name: 'a YAML alias inside its own anchor, two levels down',
    files: { [F]: ok().replace('title: API errors', 'title: x\nextra: &e {a: {b: [1, *e]}}') },
    expected: [
      'incidents/2026-11-20-api.md:3:23  error  the alias `*e` is inside the value its anchor `&e` names, so it would never end; write the value out instead',
    ],
  },
  {
    name: 'a YAML merge key that merges its own map',
    files: { 'components/components.yml': 'groups: &g\n  - <<: *g\n' },
    expected: [
      'components/components.yml:2:9  error  the alias `*g` is inside the value its anchor `&g` names, so it would never end; write the value out instead',
    ],
  },
  {
    name: 'YAML lists nested 40,000 deep',
    files: { [F]: ok().replace('title: API errors', `title: ${'['.repeat(40_000)}${']'.repeat(40_000)}`) },
    expected: ['incidents/2026-11-20-api.md:2:1  error  lists or maps nest too deeply here (hundreds inside each other); write the value flat'],
  },
  {
    name: 'YAML alias bomb',
    files: {
      [F]: `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\ntitle: x\n---\n`,
    },
    expected: [
      'incidents/2026-11-20-api.md:3:8  error  YAML aliases expand too far (Excessive alias count indicates a resource exhaustion attack); write the values out instead',
    ],
  },
  {
    name: 'a duplicate key',
    files: { [F]: withField('title: Again') },
    expected: ['incidents/2026-11-20-api.md:6:1  error  `title` appears twice; each field may appear once, so keep one and delete the other'],
  },
  {
    name: 'a YAML custom tag',
    files: { [F]: withField('eta: !!js/function "function(){}"') },
    expected: [
      'incidents/2026-11-20-api.md:6:1  error  `eta`: `function(){}` is not a timestamp; write it like `2026-11-20 14:32 UTC`, `2026-11-20 09:32 America/New_York` or `2026-11-20T15:32:00+01:00`',
    ],
  },
  {
    name: 'a YAML merge key',
    files: { [F]: withField('<<: { impact: critical }') },
    expected: [`incidents/2026-11-20-api.md:6:1  error  unknown field \`<<\`. Allowed fields: ${INCIDENT_FIELDS}`],
  },
  {
    name: 'February 30',
    files: { [F]: withTime('2026-02-30 14:00 UTC') },
    expected: [
      'incidents/2026-11-20-api.md:8:1  error  the time of update `## investigating · 2026-02-30 14:00 UTC`: `2026-02-30 14:00 UTC` is not a real date and time (check the day, month and year)',
    ],
  },
  {
    name: 'year 0',
    files: { [F]: withTime('0000-11-20 14:00 UTC') },
    expected: [
      'incidents/2026-11-20-api.md:8:1  error  the time of update `## investigating · 0000-11-20 14:00 UTC`: `0000-11-20 14:00 UTC` is not a real date and time (check the day, month and year)',
    ],
  },
  {
    name: 'year 99999',
    files: { [F]: withTime('99999-11-20 14:00 UTC') },
    expected: [
      'incidents/2026-11-20-api.md:8:1  error  the time of update `## investigating · 99999-11-20 14:00 UTC`: `99999-11-20 14:00 UTC` is not a real date and time (check the day, month and year)',
    ],
  },
  {
    name: 'hour 25',
    files: { [F]: withTime('2026-11-20 25:00 UTC') },
    expected: [
      'incidents/2026-11-20-api.md:8:1  error  the time of update `## investigating · 2026-11-20 25:00 UTC`: `2026-11-20 25:00 UTC` is not a real date and time (check the day, month and year)',
    ],
  },
  {
    name: 'an offset of +25:00',
    files: { [F]: withTime('2026-11-20 14:00 +25:00') },
    expected: [
      'incidents/2026-11-20-api.md:8:1  error  the time of update `## investigating · 2026-11-20 14:00 +25:00`: `+25:00` in `2026-11-20 14:00 +25:00` is not a real offset; offsets run from -12:00 to +14:00',
    ],
  },
  {
    name: 'a time with no zone',
    files: { [F]: withTime('2026-11-20 14:00') },
    expected: [
      'incidents/2026-11-20-api.md:8:1  error  the time of update `## investigating · 2026-11-20 14:00`: `2026-11-20 14:00` has no time zone; add `UTC`, an offset such as `+01:00` or a zone such as `America/New_York`',
    ],
  },
  {
    name: 'an ambiguous zone abbreviation',
    files: { [F]: withTime('2026-11-20 14:00 CET') },
    expected: [
      'incidents/2026-11-20-api.md:8:1  error  the time of update `## investigating · 2026-11-20 14:00 CET`: `CET` in `2026-11-20 14:00 CET` is not a zone Upfront accepts (abbreviations such as CET or PST are ambiguous); use `UTC`, an offset such as `+01:00` or a zone such as `America/New_York`',
    ],
  },
  {
    name: 'a date as a YAML date, not text',
    files: { [F]: withField('eta: 2026-11-20') },
    expected: [
      'incidents/2026-11-20-api.md:6:1  error  `eta`: `2026-11-20` is a date without a time and zone; write it like `2026-11-20 14:32 UTC`, `2026-11-20 09:32 America/New_York` or `2026-11-20T15:32:00+01:00`',
    ],
  },
  {
    name: 'a title that is a number',
    files: { [F]: ok().replace('title: API errors', 'title: 404') },
    expected: ['incidents/2026-11-20-api.md:2:1  error  `title` should be text, not a number'],
  },
  {
    name: 'a title that is a list',
    files: { [F]: ok().replace('title: API errors', 'title: [a, b]') },
    expected: ['incidents/2026-11-20-api.md:2:1  error  `title` should be text, not a list'],
  },
  {
    name: 'an empty title',
    files: { [F]: ok().replace('title: API errors', 'title: ""') },
    expected: ['incidents/2026-11-20-api.md:2:1  error  `title` is empty; write a short text'],
  },
  {
    name: 'a title of 10,000 characters',
    files: { [F]: ok().replace('title: API errors', `title: ${'A'.repeat(10_000)}`) },
    expected: ['incidents/2026-11-20-api.md:2:1  error  `title` is longer than 200 characters; keep it short and put the details in the update'],
  },
  {
    name: 'a paragraph of 5,001 characters of emphasis markers',
    files: { [F]: ok().replace('Looking.', `${'*a'.repeat(2000)}\n${'*a'.repeat(501)}`) },
    expected: ['incidents/2026-11-20-api.md:10:1  error  this paragraph is longer than 5,000 characters; split it with blank lines'],
  },
  { name: 'a paragraph of 5,000 characters (accepted)', files: { [F]: ok().replace('Looking.', 'word '.repeat(999)) }, expected: [] },
  {
    name: 'a pasted log of 8,000 characters in a code fence (accepted)',
    files: { [F]: ok().replace('Looking.', `\`\`\`\n${'GET /v1/items 502 12ms\n'.repeat(350)}\`\`\``) },
    expected: [],
  },
  {
    name: '2,001 quotes',
    files: { [F]: ok().replace('Looking.', '> x\n\n'.repeat(2001)) },
    expected: ['incidents/2026-11-20-api.md:4010:1  error  more than 2,000 list items or quotes in one file; shorten it or link to the long text'],
  },
  {
    name: 'lists nested 11 deep',
    files: { [F]: ok().replace('Looking.', `${'- '.repeat(11)}deep`) },
    expected: ['incidents/2026-11-20-api.md:10:1  error  this line nests lists or quotes more than 10 levels deep; flatten it'],
  },
  {
    name: 'a line of 10,001 characters',
    files: { [F]: ok().replace('Looking.', 'x'.repeat(10_001)) },
    expected: ['incidents/2026-11-20-api.md:10:10001  error  this line is longer than 10,000 characters; break it into paragraphs or link to the long text'],
  },
  {
    name: 'a line of 2 MB',
    files: { [F]: ok().replace('Looking.', 'x'.repeat(2_000_000)) },
    expected: ['incidents/2026-11-20-api.md:1:1  error  is 2000.1 KB; content files must be under 200 KB, so move long material elsewhere and link to it'],
  },
  {
    name: 'a file of 6 MB',
    files: { [F]: ok().replace('Looking.', 'Looking.\n\n'.repeat(600_000)) },
    expected: ['incidents/2026-11-20-api.md:1:1  error  is 6000.1 KB; content files must be under 200 KB, so move long material elsewhere and link to it'],
  },
  {
    name: 'quotes nested 11 deep, written without spaces',
    files: { [F]: ok().replace('Looking.', `${'>'.repeat(11)} deep`) },
    expected: ['incidents/2026-11-20-api.md:10:1  error  this line nests lists or quotes more than 10 levels deep; flatten it'],
  },
  {
    name: 'lists nested 40 deep by indentation',
    files: { [F]: ok().replace('Looking.', Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n')) },
    expected: ['incidents/2026-11-20-api.md:20:1  error  this line nests lists or quotes more than 10 levels deep; flatten it'],
  },
  {
    name: '100,000 nested list markers',
    files: { [F]: ok().replace('Looking.', `${'> '.repeat(100_000)}deep`) },
    expected: ['incidents/2026-11-20-api.md:1:1  error  is 200.1 KB; content files must be under 200 KB, so move long material elsewhere and link to it'],
  },
  {
    name: 'a file name with a space',
    files: { 'incidents/2026-11-20 api.md': ok() },
    expected: [
      "incidents/2026-11-20 api.md:1:1  error  file name `2026-11-20 api.md` should be `YYYY-MM-DD-short-slug.md` in lower case, such as `2026-11-20-api-errors.md`; the name is the page's URL",
    ],
  },
  {
    name: 'a file name in upper case',
    files: { 'incidents/2026-11-20-API.md': ok() },
    expected: [
      "incidents/2026-11-20-API.md:1:1  error  file name `2026-11-20-API.md` should be `YYYY-MM-DD-short-slug.md` in lower case, such as `2026-11-20-api-errors.md`; the name is the page's URL",
    ],
  },
  {
    name: 'a file name in Unicode',
    files: { 'incidents/2026-11-20-störung.md': ok() },
    expected: [
      "incidents/2026-11-20-störung.md:1:1  error  file name `2026-11-20-störung.md` should be `YYYY-MM-DD-short-slug.md` in lower case, such as `2026-11-20-api-errors.md`; the name is the page's URL",
    ],
  },
  {
    name: 'a file name with dots',
    files: { 'incidents/2026-11-20-..md': ok() },
    expected: [
      "incidents/2026-11-20-..md:1:1  error  file name `2026-11-20-..md` should be `YYYY-MM-DD-short-slug.md` in lower case, such as `2026-11-20-api-errors.md`; the name is the page's URL",
    ],
  },
  {
    name: 'a file name making an id of 81 characters',
    files: { [`incidents/2026-11-20-${'a'.repeat(70)}.md`]: ok() },
    expected: [
      `incidents/2026-11-20-${'a'.repeat(70)}.md:1:1  error  file name \`2026-11-20-${'a'.repeat(70)}.md\` makes an id of 81 characters; ids are at most 64, since each names a page address, so shorten the slug, such as \`2026-11-20-api-errors.md\``,
    ],
  },
  {
    name: 'a file name without a date',
    files: { 'incidents/api-errors.md': ok() },
    expected: [
      "incidents/api-errors.md:1:1  error  file name `api-errors.md` should be `YYYY-MM-DD-short-slug.md` in lower case, such as `2026-11-20-api-errors.md`; the name is the page's URL",
    ],
  },
  {
    name: 'two files with the same id in different folders',
    files: { [F]: ok(), 'incidents/2026/2026-11-20-api.md': ok() },
    expected: [
      'incidents/2026/2026-11-20-api.md:1:1  error  duplicate id `2026-11-20-api`: incidents/2026-11-20-api.md has the same file name; rename one of them',
    ],
  },
  {
    name: 'a hidden file',
    files: { 'incidents/.2026-11-20-api.md.swp': 'binary' },
    expected: [
      'incidents/.2026-11-20-api.md.swp:1:1  warning  hidden file: it is not published; delete it if an editor left it behind, or remove the leading `.`',
    ],
  },
  {
    name: 'a stray file',
    files: { 'incidents/notes.txt': 'todo' },
    expected: [
      'incidents/notes.txt:1:1  error  unexpected file in incidents/: only `YYYY-MM-DD-short-slug.md` incidents and their `.postmortem.md` files belong here',
    ],
  },
  {
    name: 'a symlink pointing outside the content folder',
    files: {},
    links: { [F]: '/etc/passwd' },
    expected: ['incidents/2026-11-20-api.md:1:1  error  is a link to /etc/passwd, outside the content folder; copy the file into the folder instead'],
  },
  {
    name: 'a symlink to a folder outside',
    files: {},
    links: { 'incidents/elsewhere': '/etc' },
    expected: ['incidents/elsewhere:1:1  error  is a link to /etc, outside the content folder; copy the file into the folder instead'],
  },
  // One error for the link, and nothing beneath it listed or read, on every Node (Node 26's recursive readdir follows links).
  {
    name: 'a symlink to a folder outside holding incidents',
    files: {},
    links: { 'incidents/elsewhere': OUTSIDE },
    expected: [`incidents/elsewhere:1:1  error  is a link to ${OUTSIDE}, outside the content folder; copy the file into the folder instead`],
  },
  {
    name: 'the incidents folder itself a link outside',
    files: {},
    links: { incidents: OUTSIDE },
    expected: [`incidents:1:1  error  is a link to ${OUTSIDE}, outside the content folder; copy the file into the folder instead`],
  },
  {
    name: 'a symlink to a folder inside the content folder',
    files: { [F]: ok() },
    links: { 'incidents/2026-11-21-again.md': '.' },
    expected: ['incidents/2026-11-21-again.md:1:1  error  is a link to a folder; content files are files of their own, so move them here instead'],
  },
  {
    name: 'an unknown component',
    files: { [F]: ok().replace('api: partial_outage', 'apii: partial_outage') },
    expected: ['incidents/2026-11-20-api.md:5:3  error  unknown component `apii`. Did you mean `api`? Components are listed in components/components.yml'],
  },
  {
    name: 'a group id used as a component',
    files: { [F]: ok().replace('api: partial_outage', 'platform: partial_outage') },
    expected: ['incidents/2026-11-20-api.md:5:3  error  `platform` is a group, not a component; name the affected components of it instead (api, website)'],
  },
  {
    name: 'an unknown status',
    files: { [F]: ok().replace('api: partial_outage', 'api: down') },
    expected: [
      'incidents/2026-11-20-api.md:5:3  error  `components.api` is `down`, which is not allowed; use one of: operational, under_maintenance, degraded_performance, partial_outage, major_outage.',
    ],
  },
  {
    name: 'an update heading with an unknown status',
    files: { [F]: withTime('2026-11-20 14:00 UTC').replace('Investigating', 'Panicking') },
    expected: [
      'incidents/2026-11-20-api.md:8:1  error  the status of update `## panicking · 2026-11-20 14:00 UTC` is `panicking`, which is not allowed; use one of: investigating, identified, monitoring, resolved.',
    ],
  },
  {
    name: 'text above the first update',
    files: { [F]: ok().replace('## Investigating', 'Preamble.\n\n## Investigating') },
    expected: [
      'incidents/2026-11-20-api.md:8:1  error  text before the first update would not be shown; put it under an update heading such as `## Identified · 2026-11-20 14:32 UTC`',
    ],
  },
  {
    name: 'an update with no text',
    files: { [F]: ok('## Investigating · 2026-11-20 14:00 UTC') },
    expected: [
      'incidents/2026-11-20-api.md:8:1  error  the message of update `## investigating · 2026-11-20 14:00 UTC` is empty; write some text or remove the field',
    ],
  },
  {
    name: 'an update in the future',
    files: { [F]: withTime('2026-11-21 14:00 UTC') },
    expected: [
      'incidents/2026-11-20-api.md:8:1  error  update time 2026-11-21 14:00 UTC is in the future (now is 2026-11-20 15:00 UTC); check the date and the zone',
    ],
  },
  {
    name: 'a postmortem with no incident',
    files: { 'incidents/2026-11-20-api.postmortem.md': '---\npublished: 2026-11-20 14:00 UTC\n---\n\nText.\n' },
    expected: [
      "incidents/2026-11-20-api.postmortem.md:1:1  error  postmortem for `2026-11-20-api`, but there is no incidents/…/2026-11-20-api.md; name it after its incident's file",
    ],
  },
  {
    name: 'an empty catalogue',
    files: { 'components/components.yml': 'groups: []\n' },
    expected: ['components/components.yml:1:1  error  `groups` is empty; list at least one group of components'],
  },
  {
    name: 'an empty components.yml',
    files: { 'components/components.yml': '' },
    expected: ['components/components.yml:1:1  error  `groups` is missing; add it (it should be a list of groups)'],
  },
  {
    name: 'a group with no components',
    files: { 'components/components.yml': 'groups:\n  - id: g\n    name: G\n    components: []\n' },
    expected: ['components/components.yml:4:5  error  `groups[0].components` is empty; list at least one component in the group'],
  },
  {
    name: 'a component id used twice',
    files: { 'components/components.yml': COMPONENTS_YML.replace('id: website', 'id: api') },
    expected: ['components/components.yml:7:9  error  duplicate id `api`; every group and component needs its own id'],
  },
  { name: 'a site name with markup', files: { 'site.yml': SITE_YML.replace('name: Test Status', 'name: "</title><script>alert(1)</script>"') }, expected: [] },
  {
    name: 'a javascript: support link',
    files: { 'site.yml': SITE_YML.replace('support_url: mailto:help@test.example', 'support_url: "javascript:alert(1)"') },
    expected: ['site.yml:4:1  error  `support_url` should be an absolute `https://…` or `mailto:…` link'],
  },
  {
    name: 'a javascript: component link',
    files: { 'components/components.yml': COMPONENTS_YML.replace('name: API', 'name: API\n        link: "javascript:alert(1)"') },
    expected: ['components/components.yml:7:9  error  `groups[0].components[0].link` should be an absolute `https://…` or `mailto:…` link'],
  },
  {
    name: 'a maintenance window in year 9999',
    files: {
      'incidents/2026-11-20-upgrade.md':
        '---\nkind: maintenance\ntitle: Upgrade\ncomponents: [api]\nscheduled_for: 9999-01-01 02:00 UTC\nscheduled_until: 9999-01-01 04:00 UTC\n---\n\n## Scheduled · 2026-11-20 14:00 UTC\n\nWe will upgrade the API.\n',
    },
    expected: [
      'incidents/2026-11-20-upgrade.md:5:1  error  `scheduled_for` (9999-01-01 02:00 UTC) is more than 3 years ahead; check the year',
      'incidents/2026-11-20-upgrade.md:6:1  error  `scheduled_until` (9999-01-01 04:00 UTC) is more than 3 years ahead; check the year',
    ],
  },
  {
    name: 'an update in 1985',
    files: { [F]: withTime('1985-11-20 14:00 UTC') },
    expected: [
      'incidents/2026-11-20-api.md:8:1  error  the time of update `## investigating · 1985-11-20 14:00 UTC`: `1985-11-20 14:00 UTC` is before 1990, long before any status page; check the year',
    ],
  },
  {
    name: 'a next update in 2031',
    files: { [F]: withField('next_update: 2031-11-20 14:00 UTC') },
    expected: ['incidents/2026-11-20-api.md:6:1  error  `next_update` (2031-11-20 14:00 UTC) is more than 3 years ahead; check the year'],
  },
  {
    name: 'an offset of -13:00',
    files: { [F]: withTime('2026-11-20 01:00 -13:00') },
    expected: [
      'incidents/2026-11-20-api.md:8:1  error  the time of update `## investigating · 2026-11-20 01:00 -13:00`: `-13:00` in `2026-11-20 01:00 -13:00` is not a real offset; offsets run from -12:00 to +14:00',
    ],
  },
  {
    name: 'an offset of +14:30',
    files: { [F]: withTime('2026-11-21 04:30 +14:30') },
    expected: [
      'incidents/2026-11-20-api.md:8:1  error  the time of update `## investigating · 2026-11-21 04:30 +14:30`: `+14:30` in `2026-11-21 04:30 +14:30` is not a real offset; offsets run from -12:00 to +14:00',
    ],
  },
  {
    name: 'the offsets -12:00 and +14:00 (accepted)',
    files: { [F]: ok('## Identified · 2026-11-21 04:00 +14:00\n\nFound.\n\n## Investigating · 2026-11-20 01:00 -12:00\n\nLooking.') },
    expected: [],
  },
  {
    name: 'a site URL with a password',
    files: { 'site.yml': SITE_YML.replace('url: https://status.test.example', 'url: https://status:hunter2@status.test.example') },
    expected: [
      'site.yml:2:1  error  `url` contains a user name or password, which would be published wherever the link appears; remove `user:password@` (secrets belong in environment variables)',
    ],
  },
  {
    name: 'a site URL with a query',
    files: { 'site.yml': SITE_YML.replace('url: https://status.test.example', 'url: https://status.test.example?utm=x') },
    expected: ['site.yml:2:1  error  `url` should be an origin such as `https://status.example.com`, with no path, `?…` or `#…` (put any path in `base`)'],
  },
  {
    name: 'a site URL with a fragment',
    files: { 'site.yml': SITE_YML.replace('url: https://status.test.example', 'url: "https://status.test.example#top"') },
    expected: ['site.yml:2:1  error  `url` should be an origin such as `https://status.example.com`, with no path, `?…` or `#…` (put any path in `base`)'],
  },
  {
    name: 'a site URL with an invalid port',
    files: { 'site.yml': SITE_YML.replace('url: https://status.test.example', 'url: https://status.test.example:99999') },
    expected: ['site.yml:2:1  error  `url` is not a valid URL (check the host name and the port, which runs from 1 to 65535)'],
  },
  {
    name: 'a base with ..',
    files: { 'site.yml': `${SITE_YML}base: /status/../\n` },
    expected: ['site.yml:5:1  error  `base` should name real folders: `.` and `..` are not allowed, such as `/status/`'],
  },
  {
    name: 'a support link with a password',
    files: { 'site.yml': SITE_YML.replace('support_url: mailto:help@test.example', 'support_url: https://me:secret@help.test.example/') },
    expected: [
      'site.yml:4:1  error  `support_url` contains a user name or password, which would be published wherever the link appears; remove `user:password@` (secrets belong in environment variables)',
    ],
  },
  {
    name: 'a message of only a zero-width space',
    files: { [F]: ok('## Investigating · 2026-11-20 14:00 UTC\n\n\u200B') },
    expected: [
      'incidents/2026-11-20-api.md:8:1  error  the message of update `## investigating · 2026-11-20 14:00 UTC` is empty; write some text or remove the field',
    ],
  },
  {
    name: 'a title of only zero-width spaces',
    files: { [F]: ok().replace('title: API errors', 'title: "\u200B\u200B"') },
    expected: ['incidents/2026-11-20-api.md:2:1  error  `title` is empty; write a short text'],
  },
  {
    name: 'an HTML block above the first update',
    files: { [F]: ok().replace('## Investigating', '<div>Hidden notes</div>\n\n## Investigating') },
    expected: [
      'incidents/2026-11-20-api.md:8:1  error  text before the first update would not be shown; put it under an update heading such as `## Identified · 2026-11-20 14:32 UTC`',
    ],
  },
  {
    name: 'a component id of 300 characters',
    files: { 'components/components.yml': COMPONENTS_YML.replace('id: website', `id: ${'gateway-'.repeat(37)}web`) },
    expected: [
      'components/components.yml:7:9  error  `groups[0].components[1].id` is longer than 64 characters; an id names a page address, so keep it short, such as `eu-west-storage`',
    ],
  },
  {
    name: 'a workaround of 2,001 quotes',
    files: { [F]: withField(`workaround: |\n${'  > x\n\n'.repeat(2001)}`) },
    expected: [
      'incidents/2026-11-20-api.md:6:1  error  `workaround` at line 4001 of the text: more than 2,000 list items or quotes in one file; shorten it or link to the long text',
    ],
  },
  {
    name: 'a catalogue of 2,000 components and an incident affecting 150 of them (accepted)',
    files: {
      'components/components.yml': LARGE_CATALOGUE,
      [F]: `---\ntitle: Wide outage\nimpact: major\ncomponents:\n${Array.from({ length: 150 }, (_, i) => `  service-${i}: partial_outage`).join('\n')}\n---\n\n## Investigating · 2026-11-20 14:00 UTC\n\nMany services fail.\n`,
    },
    expected: [],
  },
  {
    name: 'a control character by YAML escape in a title',
    files: { [F]: ok().replace('title: API errors', 'title: "Outage \\x01 now"') },
    expected: ['incidents/2026-11-20-api.md:2:1  error  `title` contains the invisible control character U+0001, written as an escape; delete it'],
  },
  {
    name: 'a NUL by YAML escape in the site name',
    files: { 'site.yml': SITE_YML.replace('name: Test Status', 'name: "a\\0b"') },
    expected: ['site.yml:1:1  error  `name` contains the invisible control character U+0000, written as an escape; delete it'],
  },
  {
    name: 'half a surrogate pair by YAML escape',
    files: { [F]: withField('workaround: "Retry \\uD800 later"') },
    expected: [
      'incidents/2026-11-20-api.md:6:1  error  `workaround` contains the broken character U+D800 (half of a surrogate pair), written as an escape; delete it',
    ],
  },
  {
    name: 'a control character by YAML escape in a key',
    files: { 'components/components.yml': COMPONENTS_YML.replace('name: API', '"na\\x07me": API') },
    expected: [
      'components/components.yml:6:9  error  `groups[0].components[0].na\u0007me` contains the invisible control character U+0007, written as an escape; delete it',
    ],
  },
  {
    name: 'a C1 control character',
    files: { [F]: ok().replace('Looking.', 'Look\u0085ing.') },
    expected: [
      'incidents/2026-11-20-api.md:10:5  error  contains the invisible control character U+0085; delete it (it often comes with text pasted from a terminal or chat)',
    ],
  },
  {
    name: 'the noncharacter U+FFFE',
    files: { [F]: ok().replace('Looking.', 'Look\uFFFEing.') },
    expected: [
      'incidents/2026-11-20-api.md:10:5  error  contains the noncharacter U+FFFE; delete it (it often comes with text pasted from a terminal or chat)',
    ],
  },
  {
    name: 'an impact written as a list',
    files: { [F]: ok().replace('impact: minor', 'impact: [major]') },
    expected: ['incidents/2026-11-20-api.md:3:1  error  `impact` should be one value, not a list; use one of: none, minor, major, critical'],
  },
  {
    name: 'a site name of binary data',
    files: { 'site.yml': SITE_YML.replace('name: Test Status', 'name: !!binary aGVsbG8=') },
    expected: ['site.yml:1:1  error  `name` should be text, not binary data (`!!binary`)'],
  },
];
