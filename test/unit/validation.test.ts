/** One test per kind of content error: the exact message and where it points. */
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { CITY_OF, zoneNameProblem } from '../../src/schemas/time-zones.ts';
import { COMPONENTS_YML, contentFolder, INCIDENT_FIELDS, incidentFile, SITE_YML } from '../helpers/content-folder.ts';
import { COMPONENT_STATUSES, IMPACTS, INCIDENT_UPDATE_STATUSES } from '../../src/schemas/status-vocabulary.ts';

const NOW = new Date('2026-11-20T16:00:00Z');
const FILE = 'incidents/2026-11-20-api-errors.md';
const GOOD_FRONTMATTER = 'title: API errors\nimpact: minor\ncomponents:\n  api: partial_outage';
const GOOD_BODY = '## Resolved · 2026-11-20 15:00 UTC\n\nFixed.\n\n## Investigating · 2026-11-20 14:00 UTC\n\nLooking.';

async function problems(files: Record<string, string | Buffer>): Promise<string[]> {
  const content = await loadContent(contentFolder(files), NOW);
  return content.diagnostics.map((d) => formatDiagnostic(d));
}

test('a valid folder has no problems and loads every event', async () => {
  const content = await loadContent(contentFolder({ [FILE]: incidentFile(GOOD_FRONTMATTER, GOOD_BODY) }), NOW);
  expect(content.diagnostics).toEqual([]);
  expect(content.events.map((e) => e.id)).toEqual(['2026-11-20-api-errors']);
  expect(content.events[0].data.updates.map((u) => [u.status, u.at.toISOString(), u.message])).toEqual([
    ['resolved', '2026-11-20T15:00:00.000Z', 'Fixed.'],
    ['investigating', '2026-11-20T14:00:00.000Z', 'Looking.'],
  ]);
});

test('`· quiet` after an update’s time marks that update quiet; `quiet: true` marks the whole file', async () => {
  const body = '## Resolved · 2026-11-20 15:00 UTC · Quiet\n\nFixed.\n\n## Investigating | 2026-11-20 14:00 UTC\n\nLooking.';
  const content = await loadContent(contentFolder({ [FILE]: incidentFile(`${GOOD_FRONTMATTER}\nquiet: true`, body) }), NOW);
  expect(content.diagnostics).toEqual([]);
  expect(content.events[0].data.quiet).toBe(true);
  expect(content.events[0].data.updates.map((u) => [u.status, u.at.toISOString(), u.quiet])).toEqual([
    ['resolved', '2026-11-20T15:00:00.000Z', true],
    ['investigating', '2026-11-20T14:00:00.000Z', false],
  ]);
});

describe('schema errors', () => {
  test.each([
    ['missing field', 'impact: minor\ncomponents:\n  api: partial_outage', `${FILE}:2:1  error  \`title\` is missing; add it (it should be text)`],
    [
      'unknown field with a suggestion',
      `${GOOD_FRONTMATTER}\nworkarround: Retry.`,
      `${FILE}:6:1  error  unknown field \`workarround\`. Did you mean \`workaround\`? Allowed fields: ${INCIDENT_FIELDS}`,
    ],
    [
      'wrong enum value, with the allowed values',
      'title: API errors\nimpact: severe\ncomponents:\n  api: partial_outage',
      `${FILE}:3:1  error  \`impact\` is \`severe\`, which is not allowed; use one of: ${IMPACTS.join(', ')}.`,
    ],
    [
      'wrong component status, with a suggestion',
      'title: API errors\nimpact: minor\ncomponents:\n  api: partial_outag',
      `${FILE}:5:3  error  \`components.api\` is \`partial_outag\`, which is not allowed; use one of: ${COMPONENT_STATUSES.join(', ')}. Did you mean \`partial_outage\`?`,
    ],
    [
      'timestamp without a zone',
      `${GOOD_FRONTMATTER}\nstarted: 2026-11-20 13:50`,
      `${FILE}:6:1  error  \`started\`: \`2026-11-20 13:50\` has no time zone; add \`UTC\`, an offset such as \`+01:00\` or a zone such as \`America/New_York\``,
    ],
    [
      'empty components',
      'title: API errors\nimpact: minor\ncomponents: {}',
      `${FILE}:4:1  error  \`components\` is empty; name each affected component with its status, such as \`api: partial_outage\``,
    ],
  ])('%s', async (_kind, frontmatter, expected) => {
    expect(await problems({ [FILE]: incidentFile(frontmatter, GOOD_BODY) })).toEqual([expected]);
  });
});

describe('update sections', () => {
  test.each([
    [
      'unknown status, with a suggestion',
      '## Identifed · 2026-11-20 15:00 UTC\n\nFound it.',
      `${FILE}:8:1  error  the status of update \`## identifed · 2026-11-20 15:00 UTC\` is \`identifed\`, which is not allowed; use one of: ${INCIDENT_UPDATE_STATUSES.join(', ')}. Did you mean \`identified\`?`,
    ],
    [
      'heading timestamp without a zone',
      '## Identified · 2026-11-20 15:00\n\nFound it.',
      `${FILE}:8:1  error  the time of update \`## identified · 2026-11-20 15:00\`: \`2026-11-20 15:00\` has no time zone; add \`UTC\`, an offset such as \`+01:00\` or a zone such as \`America/New_York\``,
    ],
    [
      'heading without a separator',
      '## Identified at 15:00\n\nFound it.',
      `${FILE}:8:1  error  update heading \`## Identified at 15:00\` should be a status and a timestamp with a zone, such as \`## Identified · 2026-11-20 14:32 UTC\``,
    ],
    [
      'a word after the time other than quiet',
      '## Identified · 2026-11-20 15:00 UTC · silent\n\nFound it.',
      `${FILE}:8:1  error  update heading \`## Identified · 2026-11-20 15:00 UTC · silent\` ends with \`silent\`; after the time only component statuses (\`· api: degraded_performance\`, from this update on) and \`· quiet\` (posted without notifying subscribers) may follow`,
    ],
    [
      'an update at heading level 3, on top',
      '### Identified · 2026-11-20 15:00 UTC\n\nFound it.\n\n## Investigating · 2026-11-20 14:00 UTC\n\nLooking.',
      `${FILE}:8:1  error  updates are level-2 headings: write \`## Identified · 2026-11-20 15:00 UTC\` (two \`#\`), not \`### Identified · 2026-11-20 15:00 UTC\``,
    ],
    [
      'an update at heading level 1, inside another update',
      '## Identified · 2026-11-20 15:00 UTC\n\nFound it.\n\n# Investigating · 2026-11-20 14:00 UTC\n\nLooking.',
      `${FILE}:12:1  error  updates are level-2 headings: write \`## Investigating · 2026-11-20 14:00 UTC\` (two \`#\`), not \`# Investigating · 2026-11-20 14:00 UTC\``,
    ],
    [
      'a maintenance status in an incident',
      '## Completed · 2026-11-20 15:00 UTC\n\nFixed.\n\n## Investigating · 2026-11-20 14:00 UTC\n\nLooking.',
      `${FILE}:8:1  error  \`## Completed\` is not a status of an incident; did you mean \`resolved\` (\`## Resolved · 2026-11-20 15:00 UTC\`)? Its statuses are ${INCIDENT_UPDATE_STATUSES.join(', ')}`,
    ],
    [
      'empty update',
      '## Identified · 2026-11-20 15:00 UTC\n\n## Investigating · 2026-11-20 14:00 UTC\n\nLooking.',
      `${FILE}:8:1  error  the message of update \`## identified · 2026-11-20 15:00 UTC\` is empty; write some text or remove the field`,
    ],
    [
      'text before the first update',
      'We are on it.\n\n## Investigating · 2026-11-20 14:00 UTC\n\nLooking.',
      `${FILE}:8:1  error  text before the first update would not be shown; put it under an update heading such as \`## Identified · 2026-11-20 14:32 UTC\``,
    ],
    [
      'no updates at all',
      'Just text.',
      `${FILE}:8:1  error  text before the first update would not be shown; put it under an update heading such as \`## Identified · 2026-11-20 14:32 UTC\``,
      `${FILE}:7:1  error  no updates: add at least one section headed like \`## Identified · 2026-11-20 14:32 UTC\`, followed by the message`,
    ],
    [
      'updates out of order',
      '## Investigating · 2026-11-20 14:00 UTC\n\nLooking.\n\n## Identified · 2026-11-20 15:00 UTC\n\nFound it.',
      `${FILE}:12:1  error  updates must be newest first, but this one (2026-11-20 15:00 UTC) is newer than the one above it (2026-11-20 14:00 UTC); move it up`,
    ],
    [
      'two updates at the same time',
      '## Identified · 2026-11-20 15:00 UTC\n\nFound it.\n\n## Investigating · 2026-11-20T16:00:00+01:00\n\nLooking.',
      `${FILE}:12:1  error  two updates at 2026-11-20 15:00 UTC; give each update its own time`,
    ],
    [
      'an update after resolved',
      '## Monitoring · 2026-11-20 15:30 UTC\n\nWatching.\n\n## Resolved · 2026-11-20 15:00 UTC\n\nFixed.',
      `${FILE}:8:1  error  an update after the \`resolved\` one (2026-11-20 15:00 UTC); the \`resolved\` update must be the newest. If the problem came back, open a new incident`,
    ],
    [
      'a component status after the time names no component',
      '## Identified · 2026-11-20 15:00 UTC · apii: degraded_performance\n\nFound it.\n\n## Investigating · 2026-11-20 14:00 UTC\n\nLooking.',
      `${FILE}:8:1  error  unknown component \`apii\`. Did you mean \`api\`? Components are listed in components/components.yml`,
    ],
    [
      'a component status after the time is mistyped',
      '## Identified · 2026-11-20 15:00 UTC · api: degraded\n\nFound it.\n\n## Investigating · 2026-11-20 14:00 UTC\n\nLooking.',
      `${FILE}:8:1  error  the status of component \`api\` in update \`## Identified · 2026-11-20 15:00 UTC\` is \`degraded\`, which is not allowed; use one of: ${COMPONENT_STATUSES.join(', ')}. Did you mean \`degraded_performance\`?`,
    ],
    [
      'the resolved update leaves a component affected',
      '## Resolved · 2026-11-20 15:00 UTC · api: partial_outage\n\nMostly fixed.\n\n## Investigating · 2026-11-20 14:00 UTC\n\nLooking.',
      `${FILE}:8:1  error  the \`resolved\` update returns every component to operational, but sets \`api: partial_outage\`; remove that, or post \`monitoring\` while it is still affected`,
    ],
    [
      'an update in the future',
      '## Identified · 2026-11-20 16:30 UTC\n\nFound it.',
      `${FILE}:8:1  error  update time 2026-11-20 16:30 UTC is in the future (now is 2026-11-20 16:00 UTC); check the date and the zone`,
    ],
  ])('%s', async (_kind, body, ...expected) => {
    expect(await problems({ [FILE]: incidentFile(GOOD_FRONTMATTER, body) })).toEqual(expected.sort());
  });

  test('a few minutes of clock skew are tolerated', async () => {
    expect(await problems({ [FILE]: incidentFile(GOOD_FRONTMATTER, '## Identified · 2026-11-20 16:04 UTC\n\nFound it.') })).toEqual([]);
  });
});

describe('references and cross-file rules', () => {
  test('unknown component, with a suggestion', async () => {
    const file = incidentFile('title: API errors\nimpact: minor\ncomponents:\n  apii: partial_outage', GOOD_BODY);
    expect(await problems({ [FILE]: file })).toEqual([
      `${FILE}:5:3  error  unknown component \`apii\`. Did you mean \`api\`? Components are listed in components/components.yml`,
    ]);
  });

  test('unknown maintenance component', async () => {
    const file = incidentFile(
      'kind: maintenance\ntitle: Upgrade\ncomponents: [api, databse]\nscheduled_for: 2026-11-25 10:00 UTC\nscheduled_until: 2026-11-25 11:00 UTC',
      '## Scheduled · 2026-11-20 10:00 UTC\n\nPlanned.',
    );
    expect(await problems({ 'incidents/2026-11-20-upgrade.md': file })).toEqual([
      'incidents/2026-11-20-upgrade.md:4:19  error  unknown component `databse`. Components are listed in components/components.yml',
    ]);
  });

  test('a maintenance update sets no component status', async () => {
    const file = 'incidents/2026-11-20-upgrade.md';
    const text = incidentFile(
      'kind: maintenance\ntitle: Upgrade\ncomponents: [api]\nscheduled_for: 2026-11-20 10:00 UTC\nscheduled_until: 2026-11-20 11:00 UTC',
      '## In progress · 2026-11-20 10:00 UTC · api: major_outage\n\nStarted.',
    );
    expect(await problems({ [file]: text })).toEqual([
      `${file}:9:1  error  \`## In progress · 2026-11-20 10:00 UTC\` sets component statuses, which only incident updates do; a maintenance window puts its \`components\` under maintenance while it runs`,
    ]);
  });

  test('maintenance that ends before it starts', async () => {
    const file = incidentFile(
      'kind: maintenance\ntitle: Upgrade\ncomponents: [db]\nscheduled_for: 2026-11-25 10:00 UTC\nscheduled_until: 2026-11-25 09:00 UTC',
      '## Scheduled · 2026-11-20 10:00 UTC\n\nPlanned.',
    );
    expect(await problems({ 'incidents/2026-11-20-upgrade.md': file })).toEqual([
      'incidents/2026-11-20-upgrade.md:6:1  error  `scheduled_until` (2026-11-25 09:00 UTC) must be after `scheduled_for` (2026-11-25 10:00 UTC)',
    ]);
  });

  test('started after the first update', async () => {
    const file = incidentFile(`${GOOD_FRONTMATTER}\nstarted: 2026-11-20 14:30 UTC`, GOOD_BODY);
    expect(await problems({ [FILE]: file })).toEqual([
      `${FILE}:6:1  error  \`started\` (2026-11-20 14:30 UTC) is after the first update (2026-11-20 14:00 UTC); it is when the outage began, at or before the first post. Remove it if the outage began when you posted`,
    ]);
  });

  test('postmortem with no incident', async () => {
    const postmortem = '---\npublished: 2026-11-20 15:00 UTC\n---\n\n## Summary\n\nText.\n';
    expect(await problems({ 'incidents/2026-11-19-gone.postmortem.md': postmortem })).toEqual([
      "incidents/2026-11-19-gone.postmortem.md:1:1  error  postmortem for `2026-11-19-gone`, but there is no incidents/…/2026-11-19-gone.md; name it after its incident's file",
    ]);
  });

  test('duplicate ids in different folders', async () => {
    const file = incidentFile(GOOD_FRONTMATTER, GOOD_BODY);
    expect(await problems({ [FILE]: file, 'incidents/2026/2026-11-20-api-errors.md': file })).toEqual([
      'incidents/2026/2026-11-20-api-errors.md:1:1  error  duplicate id `2026-11-20-api-errors`: incidents/2026-11-20-api-errors.md has the same file name; rename one of them',
    ]);
  });

  test('file names that are not YYYY-MM-DD-slug.md', async () => {
    const file = incidentFile(GOOD_FRONTMATTER, GOOD_BODY);
    expect(await problems({ 'incidents/API errors.md': file, 'incidents/notes.txt': 'x' })).toEqual([
      "incidents/API errors.md:1:1  error  file name `API errors.md` should be `YYYY-MM-DD-short-slug.md` in lower case, such as `2026-11-20-api-errors.md`; the name is the page's URL",
      'incidents/notes.txt:1:1  error  unexpected file in incidents/: only `YYYY-MM-DD-short-slug.md` incidents and their `.postmortem.md` files belong here',
    ]);
  });
});

describe('files that are not readable as content', () => {
  test.each([
    [
      'not UTF-8',
      Buffer.concat([Buffer.from('---\ntitle: caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]),
      `${FILE}:2:11  error  the file is not valid UTF-8 text; save it as UTF-8 in your editor`,
    ],
    [
      'broken YAML',
      '---\ntitle: [unclosed\nimpact: minor\n---\n\n## Investigating · 2026-11-20 14:00 UTC\n\nx\n',
      `${FILE}:3:1  error  invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ],
    [
      'no frontmatter',
      '## Investigating · 2026-11-20 14:00 UTC\n\nx\n',
      `${FILE}:1:1  error  the file must start with YAML frontmatter between \`---\` lines (see docs/authoring.md in Upfront)`,
    ],
    ['unclosed frontmatter', '---\ntitle: x\n', `${FILE}:1:1  error  the frontmatter is not closed; add a \`---\` line after the last field`],
    [
      'frontmatter that is a list',
      '---\n- a\n- b\n---\n\n## Investigating · 2026-11-20 14:00 UTC\n\nx\n',
      `${FILE}:2:1  error  the frontmatter must be a mapping of fields such as \`title: …\`, not a list or a single value`,
    ],
    [
      'duplicate key',
      '---\ntitle: a\ntitle: b\n---\n\n## Investigating · 2026-11-20 14:00 UTC\n\nx\n',
      `${FILE}:3:1  error  \`title\` appears twice; each field may appear once, so keep one and delete the other`,
    ],
    [
      'a value holding a colon and a space',
      '---\ntitle: Webhooks: deliveries delayed\nimpact: minor\n---\n\n## Investigating · 2026-11-20 14:00 UTC\n\nx\n',
      `${FILE}:2:8  error  the value of \`title\` holds \`: \`, which YAML reads as another field; quote the value (\`title: "Webhooks: deliveries delayed"\`)`,
    ],
    [
      'a field without its colon',
      '---\ntitle: A\nimpact minor\n---\n\n## Investigating · 2026-11-20 14:00 UTC\n\nx\n',
      `${FILE}:3:1  error  a field needs a colon after its name: write \`impact: minor\``,
    ],
  ])('%s', async (_kind, text, expected) => {
    expect(await problems({ [FILE]: text })).toEqual([expected]);
  });

  test('CRLF line endings and a byte-order mark are accepted', async () => {
    const text = `\uFEFF${incidentFile(GOOD_FRONTMATTER, GOOD_BODY).replace(/\n/g, '\r\n')}`;
    expect(await problems({ [FILE]: text })).toEqual([]);
  });
});

test('the folder guide and git’s placeholder in incidents/ are no content and raise nothing; other stray files still do', async () => {
  const content = await loadContent(contentFolder({ 'incidents/README.md': '# incidents/\n', 'incidents/.gitkeep': '', 'incidents/notes.txt': 'x' }), NOW);
  expect(content.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
    'incidents/notes.txt:1:1  error  unexpected file in incidents/: only `YYYY-MM-DD-short-slug.md` incidents and their `.postmortem.md` files belong here',
  ]);
  expect(content.events).toEqual([]);
});

describe('site settings and catalogue', () => {
  test('an unknown time zone and a base without slashes', async () => {
    const site = 'name: S\nurl: https://s.example\nbase: status\ntime_zone: Europe/Berln\nsupport_url: https://s.example/help\n';
    expect(await problems({ 'site.yml': site })).toEqual([
      'site.yml:3:1  error  `base` should start and end with `/`, such as `/` or `/status/`',
      'site.yml:4:1  error  `time_zone`: `Europe/Berln` is not an IANA time zone. Did you mean `Europe/Berlin`? Use a name such as `Europe/Berlin`, `America/New_York` or `UTC`',
    ]);
  });

  const SITE = 'name: S\nurl: https://s.example\ntime_zone: UTC\nsupport_url: https://s.example/help\n';
  test.each([
    [
      'logo: logo.svg',
      {},
      ["site.yml:5:1  error  `logo` names public/logo.svg, which does not exist; put the file in the site's public/ folder, or fix the name"],
    ],
    ['logo: ../secrets/logo.svg', {}, ['site.yml:5:1  error  `logo` should be a path inside `public/` such as `logo.svg`, without `..`']],
    [
      'logo: logo.gif',
      { 'public/logo.gif': 'GIF89a' },
      ['site.yml:5:1  error  `logo` should be an image ending in `.svg`, `.png`, `.webp`, `.avif`, `.jpg`, `.jpeg`'],
    ],
    ['logo: /brand/logo.svg', { 'public/brand/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>' }, []],
    [
      'logo: logo.png',
      { 'public/logo.png': 'not a PNG at all' },
      [
        'site.yml:5:1  error  `logo` names public/logo.png, which is not an image with a width and height; export it again (an SVG needs `width`/`height` or a `viewBox`)',
      ],
    ],
    [
      'logo: logo.svg',
      { 'public/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>' },
      [
        'site.yml:5:1  error  `logo` names public/logo.svg, which is not an image with a width and height; export it again (an SVG needs `width`/`height` or a `viewBox`)',
      ],
    ],
    [
      'stylesheet: theme.css',
      {},
      ["site.yml:5:1  error  `stylesheet` names public/theme.css, which does not exist; put the file in the site's public/ folder, or fix the name"],
    ],
    ['stylesheet: site.css', { 'public/site.css': 'body {}' }, []],
    [
      'accent_color: "#ffcc00"',
      {},
      [
        'site.yml:5:1  error  `accent_color` has a contrast of 1.41:1 on the light background, and links need at least 4.5:1 (WCAG 2.2 AA); the nearest colour that passes is `#8a6e00`',
      ],
    ],
    [
      'accent_color_dark: "#0b57b0"',
      {},
      [
        'site.yml:5:1  error  `accent_color_dark` has a contrast of 2.28:1 on the dark background, and links need at least 4.5:1 (WCAG 2.2 AA); the nearest colour that passes is `#578bc8`',
      ],
    ],
    ['accent_color: blue', {}, ['site.yml:5:1  error  `accent_color` should be a colour written as `#rrggbb`, such as `#0b57b0`']],
    ['accent_color: "#0b57b0"\naccent_color_dark: "#8ab8ff"', {}, []],
    [
      'footer_links:\n  - label: Privacy\n    url: /privacy',
      {},
      ['site.yml:7:5  error  `footer_links[0].url` should be an absolute `https://…` or `mailto:…` link'],
    ],
    [
      'footer_links:\n  - label: Privacy\n    href: https://s.example/privacy',
      {},
      [
        'site.yml:6:5  error  `footer_links[0].url` is missing; add it (it should be a URL)',
        'site.yml:7:5  error  unknown field `href` in `footer_links[0]`. Allowed fields: label, url',
      ],
    ],
    ['sla: 99.9\nsla_url: https://s.example/sla', {}, []],
    ['sla: "99.95 %"', {}, []],
    ['sla:\n  target: 99.9\n  components:\n    api: 99.95\n    storage: 99.5', {}, []],
    ['sla: 120', {}, ['site.yml:5:1  error  `sla.target` should be at most 100 (per cent)']],
    [
      'sla: 99.9 percent',
      {},
      [
        'site.yml:5:1  error  `sla` should be a monthly target such as `99.9`, or `target: 99.9` with `components:` holding the targets of particular components, not text',
      ],
    ],
    ['sla:\n  target: high', {}, ['site.yml:6:3  error  `sla.target` should be a monthly availability target in per cent, such as `99.9`, not text']],
    [
      'sla:\n  targt: 99.9',
      {},
      [
        'site.yml:5:1  error  `sla.target` is missing; add it (it should be a monthly availability target in per cent, such as `99.9`)',
        'site.yml:6:3  error  unknown field `targt` in `sla`. Did you mean `target`? Allowed fields: target, components',
      ],
    ],
    [
      'sla:\n  target: 99.9\n  components:\n    apii: 99.95\n    core: 99',
      {},
      [
        'site.yml:8:5  error  unknown component or group `apii`. Did you mean `api`? Components are listed in components/components.yml',
        'site.yml:9:5  error  unknown component or group `core`. Components are listed in components/components.yml',
      ],
    ],
    ['sla_url: /sla', {}, ['site.yml:5:1  error  `sla_url` should be an absolute `https://…` or `mailto:…` link']],
  ])('%s', async (line, files, expected) => {
    expect(await problems({ 'site.yml': `${SITE}${line}\n`, ...files })).toEqual(expected);
  });

  test('duplicate component ids and a component without a name', async () => {
    const catalog =
      'groups:\n  - id: core\n    name: Core\n    components:\n      - id: api\n        name: API\n      - id: api\n        name: API again\n      - id: web\n';
    expect(await problems({ 'components/components.yml': catalog })).toEqual([
      'components/components.yml:9:9  error  `groups[0].components[2].name` is missing; add it (it should be text)',
    ]);
    const duplicated = `${catalog}        name: Web\n`;
    expect(await problems({ 'components/components.yml': duplicated })).toEqual([
      'components/components.yml:7:9  error  duplicate id `api`; every group and component needs its own id',
    ]);
  });

  test('settings that are not a readable file are not called missing', async () => {
    const dir = contentFolder({});
    const { rmSync, mkdirSync } = await import('node:fs');
    rmSync(`${dir}/site.yml`);
    mkdirSync(`${dir}/site.yml`);
    const content = await loadContent(dir, NOW);
    expect(content.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'site.yml:1:1  error  site.yml cannot be read (EISDIR: illegal operation on a directory, read); it must be a readable text file; see docs/configuration.md in Upfront',
    ]);
  });

  test('a missing catalogue', async () => {
    const dir = contentFolder({});
    const { rmSync } = await import('node:fs');
    rmSync(`${dir}/components/components.yml`);
    const content = await loadContent(dir, NOW);
    expect(content.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'components/components.yml:1:1  error  components/components.yml is missing; see docs/configuration.md in Upfront',
    ]);
  });
});

test('unknown components are reported together with schema errors in the same file', async () => {
  const file = incidentFile('title: API errors\nimpact: severe\ncomponents:\n  apii: partial_outage', GOOD_BODY);
  expect(await problems({ [FILE]: file })).toEqual([
    `${FILE}:3:1  error  \`impact\` is \`severe\`, which is not allowed; use one of: ${IMPACTS.join(', ')}.`,
    `${FILE}:5:3  error  unknown component \`apii\`. Did you mean \`api\`? Components are listed in components/components.yml`,
  ]);
});

test('a content folder that does not exist is one clear error', async () => {
  const content = await loadContent('/nonexistent/upfront-content', NOW);
  expect(content.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
    '/nonexistent/upfront-content:1:1  error  the content folder does not exist; check UPFRONT_CONTENT (it should hold site.yml, components/ and incidents/)',
  ]);
});

describe('the kind of file', () => {
  const MAINTENANCE_FILE = 'incidents/2026-11-20-upgrade.md';
  const schedule = 'title: Upgrade\ncomponents: [db]\nscheduled_for: 2026-11-25 10:00 UTC\nscheduled_until: 2026-11-25 11:00 UTC';
  const body = '## Scheduled · 2026-11-20 10:00 UTC\n\nPlanned.';

  test('a mistyped kind is one error, with a suggestion, and the file is checked as what it meant', async () => {
    expect(await problems({ [MAINTENANCE_FILE]: incidentFile(`kind: maintanence\n${schedule}`, body) })).toEqual([
      `${MAINTENANCE_FILE}:2:1  error  \`kind\` is \`maintanence\`, which is not allowed; use \`incident\` (the default) or \`maintenance\`. Did you mean \`maintenance\`?`,
    ]);
  });

  test('a schedule without a kind asks for `kind: maintenance`', async () => {
    expect(await problems({ [MAINTENANCE_FILE]: incidentFile(schedule, body) })).toEqual([
      `${MAINTENANCE_FILE}:2:1  error  this file has a schedule but no \`kind\`; add \`kind: maintenance\` (incidents have no schedule)`,
    ]);
  });

  test('a missing enum field names its allowed values', async () => {
    expect(await problems({ [FILE]: incidentFile('title: API errors\ncomponents:\n  api: partial_outage', GOOD_BODY) })).toEqual([
      `${FILE}:2:1  error  \`impact\` is missing; add it, with one of: ${IMPACTS.join(', ')}`,
    ]);
  });
});

test.each([
  ['EST', 'use `America/New_York`'],
  ['PST8PDT', 'use `America/Los_Angeles`'],
  ['US/Eastern', 'use `America/New_York`'],
  ['GMT', 'use `UTC`'],
  ['Etc/UTC', 'use `UTC`'],
  ['Japan', 'use `Asia/Tokyo`'],
  ['Canada/Pacific', 'use `America/Vancouver`'],
  ['Etc/GMT+5', 'use the zone of the city whose clock your team keeps, such as `America/New_York` or `Europe/Berlin`'],
])('time_zone: %s is refused: %s', async (zone, suggestion) => {
  const site = `name: S\nurl: https://s.example\ntime_zone: ${zone}\nsupport_url: https://s.example/help\n`;
  expect(await problems({ 'site.yml': site })).toEqual([
    `site.yml:3:1  error  \`time_zone\`: \`${zone}\` is a fixed or legacy zone name, which follows no city's daylight saving time; ${suggestion}`,
  ]);
});

test.each(Object.entries(CITY_OF))('the legacy name %s is refused for %s, a city zone every engine accepts', (legacy, city) => {
  expect(zoneNameProblem(legacy)).toBe(`\`${legacy}\` is a fixed or legacy zone name, which follows no city's daylight saving time; use \`${city}\``);
  expect(zoneNameProblem(city)).toBeUndefined();
});

test.each(['UTC', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'Asia/Kolkata', 'Pacific/Chatham'])('time_zone: %s is accepted', async (zone) => {
  expect(await problems({ 'site.yml': `name: S\nurl: https://s.example\ntime_zone: ${zone}\nsupport_url: https://s.example/help\n` })).toEqual([]);
});

describe('content from before monitoring began', () => {
  const withStarts = (trackingSince: string, dbSince?: string) => ({
    'site.yml': `${SITE_YML}tracking_since: ${trackingSince}\n`,
    'components/components.yml': dbSince
      ? COMPONENTS_YML.replace('        name: Database\n', `        name: Database\n        since: ${dbSince}\n`)
      : COMPONENTS_YML,
  });
  test.each([
    [
      'an incident that began the day before tracking_since: a warning at its first update, and it still loads',
      withStarts('2026-11-20'),
      FILE,
      incidentFile(GOOD_FRONTMATTER, '## Investigating · 2026-11-19 22:00 UTC\n\nLooking.'),
      [
        `${FILE}:8:1  warning  began 2026-11-19 22:00 UTC, before monitoring of \`api\` began (\`tracking_since: 2026-11-20\` in site.yml): it stays in the history, but uptime counts only time from then on. If you were watching \`api\` then, move that date earlier`,
      ],
    ],
    [
      'the same day counts from midnight in the site’s zone (Berlin: 23:00 UTC the day before)',
      withStarts('2026-11-20'),
      FILE,
      incidentFile(GOOD_FRONTMATTER, '## Investigating · 2026-11-19 23:00 UTC\n\nLooking.'),
      [],
    ],
    [
      '`started` is where it began',
      withStarts('2026-11-20'),
      FILE,
      incidentFile(`${GOOD_FRONTMATTER}\nstarted: 2026-11-19 12:00 UTC`, '## Investigating · 2026-11-20 09:00 UTC\n\nLooking.'),
      [
        `${FILE}:6:1  warning  began 2026-11-19 12:00 UTC, before monitoring of \`api\` began (\`tracking_since: 2026-11-20\` in site.yml): it stays in the history, but uptime counts only time from then on. If you were watching \`api\` then, move that date earlier`,
      ],
    ],
    [
      'a window before a component’s own start',
      withStarts('2026-01-01', '2026-11-20'),
      'incidents/2026-11-19-upgrade.md',
      incidentFile(
        'kind: maintenance\ntitle: Upgrade\ncomponents: [db]\nscheduled_for: 2026-11-19 10:00 UTC\nscheduled_until: 2026-11-19 11:00 UTC',
        '## Scheduled · 2026-11-18 10:00 UTC\n\nWe will upgrade.',
      ),
      [
        'incidents/2026-11-19-upgrade.md:5:1  warning  began 2026-11-19 10:00 UTC, before monitoring of `db` began (`since: 2026-11-20` of `db` in components/components.yml): it stays in the history, but uptime counts only time from then on. If you were watching `db` then, move that date earlier',
      ],
    ],
  ])('%s', async (_name, settings, file, text, expected) => {
    const content = await loadContent(contentFolder({ ...settings, [file]: text }), NOW);
    expect(content.diagnostics.map((d) => formatDiagnostic(d))).toEqual(expected);
    expect(content.events).toHaveLength(1);
  });

  test('a date that is no day is refused where it is written', async () => {
    expect(await problems({ 'site.yml': `${SITE_YML}tracking_since: 2026-02-30\n` })).toEqual([
      'site.yml:5:1  error  `tracking_since` is not a day of the calendar; check the month and the day',
    ]);
  });
});
