/**
 * The authoring commands at a real pseudo-terminal (`script`), as an engineer at 3 am meets
 * them: questions that list their choices and show the site's zone, wrong answers asked again
 * without losing the earlier ones, the message typed at the prompt unless an editor was really
 * chosen, and the open incident offered when no id is given.
 */
import { chmodSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentFolder, incidentFile } from '../helpers/content-folder.ts';
import { atTerminal as typed, upfront, type Keystrokes } from '../helpers/cli.ts';
import { COMPONENT_STATUSES, IMPACTS } from '../../src/schemas/status-vocabulary.ts';

/** `upfront args` at a pseudo-terminal in `dir`'s site, where npx's EDITOR=vi is set: that is no choice of editor. */
const atTerminal = (dir: string, args: string[], answers: Keystrokes[], env: Record<string, string> = {}) =>
  typed(args, answers, { content: dir, env: { EDITOR: 'vi', npm_config_user_agent: 'npm/11.0.0 node/v24.0.0', ...env } });

const OPEN = incidentFile(
  'title: API errors\nimpact: minor\ncomponents:\n  api: partial_outage\nnext_update: 2026-11-20 15:00 UTC',
  '## Investigating · 2026-11-20 14:00 UTC\n\nSome requests fail with 502.',
);

describe('new, at a terminal', async () => {
  test('asks for each value with its choices, asks again after a wrong answer, and types the message at the prompt despite npm’s EDITOR=vi', async () => {
    const dir = contentFolder({});
    const { status, screen } = await atTerminal(
      dir,
      ['new', '--now', '2026-11-20 14:00 UTC'],
      [
        'Search is slow',
        'big',
        'min',
        'search=degraded',
        'api=deg website',
        'api=deg',
        '',
        { lines: ['Searches take up to 20 seconds. We are looking into it.', ''] },
        'Use the filters instead of free text.',
        '20',
        '30m',
        'tomorrow 09:00',
      ],
    );
    expect(status).toBe(0);
    expect(screen).toContain(`Impact (${IMPACTS.join(', ')}): `);
    expect(screen).toContain(`  ✗ unknown impact \`big\`. Known: ${IMPACTS.join(', ')}\n`);
    expect(screen).toContain(`  components: api (API), website (Website), db (Database)\n  statuses: ${COMPONENT_STATUSES.join(', ')} (a prefix is enough)\n`);
    expect(screen).toContain('  ✗ unknown component `search`. Known: api, website, db\n');
    expect(screen).toContain(`  ✗ \`website\` needs a status, such as \`website=major_outage\` (statuses: ${COMPONENT_STATUSES.join(', ')})\n`);
    expect(screen).toContain('Status (investigating, identified, monitoring) [investigating]: ');
    expect(screen).toContain(
      'Message for the first update on “Search is slow”: what customers notice, what you are doing, and what they can do meanwhile. Markdown works. Paste or type it; an empty line ends it.\nMessage: \x1b[?2004h',
    );
    expect(screen).toContain(
      'Next update (a time in Europe/Berlin, now +01:00, such as 2026-11-21 02:00, 18:45, 6:45pm or tomorrow 09:00, or a duration from now such as 2h), or none [1h]: ',
    );
    expect(screen).toContain(
      '  ✗ `20` is a bare number; write `20:00` for a time of day, or `20m` for minutes from now, or give a duration from now such as `30m` or `2h`\n',
    );
    expect(screen).not.toContain('DEP0190');
    expect(screen).toContain('Workaround, what customers can do meanwhile (a text, or none) [none]: ');
    expect(screen).toContain(
      'Estimated fix (a time in Europe/Berlin, now +01:00, such as 2026-11-21 02:00, 18:45, 6:45pm or tomorrow 09:00, or a duration from now such as 2h), or none [none]: ',
    );
    expect(readFileSync(join(dir, 'incidents/2026-11-20-search-is-slow.md'), 'utf8')).toBe(
      '---\ntitle: Search is slow\nimpact: minor\ncomponents:\n  api: degraded_performance\nworkaround: Use the filters instead of free text.\nnext_update: 2026-11-20 15:30 +01:00\neta: 2026-11-21 09:00 +01:00\n---\n\n' +
        '## Investigating · 2026-11-20 15:00 +01:00\n\nSearches take up to 20 seconds. We are looking into it.\n',
    );
  });

  test('input that ends before the last answer writes nothing and says so', async () => {
    const dir = contentFolder({});
    const { status, screen } = await atTerminal(dir, ['new', '--now', '2026-11-20 14:00 UTC'], ['Search is slow', 'minor']);
    expect(status).toBe(2);
    expect(screen).toContain('error  input ended before the question was answered; nothing was written');
    expect(readdirSync(join(dir, 'incidents'))).toEqual([]);
  });
});

describe('a message pasted or typed over several lines', () => {
  const MESSAGE =
    'The deploy at 13:55 broke logins.\nRolling it back now; logins should recover within 15 minutes.\n\nMeanwhile, sessions already open keep working.';
  const written = (dir: string) => readFileSync(join(dir, 'incidents/2026-11-20-api-errors.md'), 'utf8');
  // After the message: keep api's status, no other component, no workaround, the next update, no estimate.
  const update = (dir: string, message: Keystrokes[]) =>
    atTerminal(dir, ['update', 'api', '--now', '2026-11-20 14:20 UTC', '--status', 'identified'], [...message, '', '', '', '30m', '']);
  const EXPECTED = `## Identified · 2026-11-20 15:20 +01:00\n\n${MESSAGE}\n\n## Investigating`;

  test.each([
    [
      'pasted with bracketed paste, then Enter twice',
      [
        { paste: MESSAGE, bracketed: true },
        { lines: ['', ''], sameAnswer: true },
      ],
    ],
    [
      'pasted with a trailing newline, bracketed, then Enter',
      [
        { paste: `${MESSAGE}\n`, bracketed: true },
        { lines: [''], sameAnswer: true },
      ],
    ],
    [
      'pasted by a terminal without bracketed paste, then Enter',
      [
        { paste: `${MESSAGE}\n`, bracketed: false },
        { lines: [''], sameAnswer: true },
      ],
    ],
    ['typed line by line, pausing, then an empty line', [{ lines: [...MESSAGE.split('\n').filter(Boolean), ''] }]],
  ] as const)('%s: every line is in the update, and the next answer is the next update', async (_, message) => {
    const dir = contentFolder({ 'incidents/2026-11-20-api-errors.md': OPEN });
    const { status, screen } = await update(dir, [...message]);
    expect(status).toBe(0);
    expect(screen).not.toContain('not a timestamp');
    expect(screen).toContain('  = 2026-11-20 15:50 +01:00 (Europe/Berlin) = 2026-11-20 14:50 UTC, in 30 min\n');
    const typedByLine = !('paste' in message[0]);
    // Typed, the blank line would end the message, so the test types the paragraphs as one.
    expect(written(dir)).toContain(typedByLine ? EXPECTED.replace('minutes.\n\nMeanwhile', 'minutes.\nMeanwhile') : EXPECTED);
    expect(written(dir)).toContain('next_update: 2026-11-20 15:50 +01:00\n');
  });

  test('an empty message is asked again, and a wrong next update keeps the message', async () => {
    const dir = contentFolder({ 'incidents/2026-11-20-api-errors.md': OPEN });
    // An empty message; the paste; keep api, no other component, no workaround; a wrong next update, then a right one; no estimate.
    const answers = ['', { paste: `${MESSAGE}\n`, bracketed: true }, { lines: [''], sameAnswer: true }, '', '', '', 'soon', '30m', ''];
    const { status, screen } = await atTerminal(dir, ['update', 'api', '--now', '2026-11-20 14:20 UTC', '--status', 'identified'], answers);
    expect(status).toBe(0);
    expect(screen).toContain('  ✗ customers need a message; type it, then an empty line (Markdown works)\n');
    expect(screen).toContain('  ✗ `soon` is not a timestamp;');
    expect(written(dir)).toContain(EXPECTED);
  });
});

describe('update and resolve without an id, at a terminal', async () => {
  test('one open incident is offered; status and next update default to the current status and the usual interval', async () => {
    const dir = contentFolder({ 'incidents/2026-11-20-api-errors.md': OPEN });
    const { status, screen } = await atTerminal(
      dir,
      ['update', '--now', '2026-11-20 14:20 UTC'],
      ['', 'ident', { lines: ['A bad deploy; rolling back.', ''] }, '', '', '', '', ''],
    );
    expect(status).toBe(0);
    expect(screen).toContain('Update 2026-11-20-api-errors (“API errors”, investigating)? (yes, or no to stop) [yes]: ');
    expect(screen).toContain('Status (investigating, identified, monitoring) [investigating]: ');
    expect(readFileSync(join(dir, 'incidents/2026-11-20-api-errors.md'), 'utf8')).toBe(
      incidentFile(
        'title: API errors\nimpact: minor\ncomponents:\n  api: partial_outage\nnext_update: 2026-11-20 16:20 +01:00',
        '## Identified · 2026-11-20 15:20 +01:00\n\nA bad deploy; rolling back.\n\n## Investigating · 2026-11-20 14:00 UTC\n\nSome requests fail with 502.',
      ),
    );
  });

  test('update asks each component’s status, the workaround and the estimate, showing what stands; keep, change and remove', async () => {
    const standing = OPEN.replace(
      'next_update: 2026-11-20 15:00 UTC',
      'workaround: Retry failed requests.\nnext_update: 2026-11-20 15:00 UTC\neta: 2026-11-20 18:00 UTC',
    );
    const dir = contentFolder({ 'incidents/2026-11-20-api-errors.md': standing });
    const answers = [
      '',
      { lines: ['The database failover finished; errors are falling.', ''] },
      'deg',
      'website=partial db=oops',
      'website=partial',
      '',
      '1h',
      'none',
    ];
    const { status, screen } = await atTerminal(dir, ['update', 'api', '--now', '2026-11-20 14:20 UTC'], answers);
    expect(status).toBe(0);
    expect(screen).toContain('api (API) is partial_outage (keep, or operational, under_maintenance, degraded_performance, major_outage) [keep]: ');
    expect(screen).toContain('Other components affected now, as id=status separated by spaces (website, db), or none [none]: ');
    expect(screen).toContain(`  ✗ unknown component status \`oops\`. Known: ${COMPONENT_STATUSES.join(', ')}\n`);
    expect(screen).toContain('Workaround, what customers can do meanwhile; now “Retry failed requests.” (keep, a new text, or none to remove it) [keep]: ');
    expect(screen).toContain('or a duration from now such as 2h); now 2026-11-20 19:00 +01:00 (keep, a new time, or none to clear it) [keep]: ');
    expect(readFileSync(join(dir, 'incidents/2026-11-20-api-errors.md'), 'utf8')).toBe(
      incidentFile(
        'title: API errors\nimpact: minor\ncomponents:\n  api: partial_outage\nworkaround: Retry failed requests.\nnext_update: 2026-11-20 16:20 +01:00',
        '## Investigating · 2026-11-20 15:20 +01:00 · api: degraded_performance · website: partial_outage\n\nThe database failover finished; errors are falling.\n\n## Investigating · 2026-11-20 14:00 UTC\n\nSome requests fail with 502.',
      ),
    );
    // Removed, and kept: `none` takes the workaround away; Enter keeps the estimate.
    const again = contentFolder({ 'incidents/2026-11-20-api-errors.md': standing });
    expect(
      (await atTerminal(again, ['update', 'api', '--now', '2026-11-20 14:20 UTC'], ['', { lines: ['Still failing over.', ''] }, '', '', 'none', '', '']))
        .status,
    ).toBe(0);
    const kept = readFileSync(join(again, 'incidents/2026-11-20-api-errors.md'), 'utf8');
    expect([kept.includes('workaround'), kept.includes('eta: 2026-11-20 18:00 UTC')]).toEqual([false, true]);
  });

  test('several open incidents are listed by number; a wrong number is asked again', async () => {
    const second = OPEN.replace('API errors', 'Slow dashboard').replace('api: partial_outage', 'website: degraded_performance');
    const dir = contentFolder({ 'incidents/2026-11-20-api-errors.md': OPEN, 'incidents/2026-11-20-slow-dashboard.md': second });
    const { status, screen } = await atTerminal(
      dir,
      ['resolve', '--now', '2026-11-20 14:40 UTC'],
      ['3', '1', { lines: ['The rollback fixed it; every request since 14:35 has succeeded.', ''] }, ''],
    );
    expect(status).toBe(0);
    expect(screen).toContain('  1. 2026-11-20-api-errors (“API errors”, investigating)\n  2. 2026-11-20-slow-dashboard (“Slow dashboard”, investigating)\n');
    expect(screen).toContain('Which open incident? (a number from 1 to 2, or an id): ');
    expect(screen).toContain('  ✗ no incident `3`. Open now: 2026-11-20-api-errors, 2026-11-20-slow-dashboard (`upfront list` shows them)\n');
    expect(readFileSync(join(dir, 'incidents/2026-11-20-api-errors.md'), 'utf8')).toContain(
      '---\n\n## Resolved · 2026-11-20 15:40 +01:00\n\nThe rollback fixed it; every request since 14:35 has succeeded.\n',
    );
    expect(readFileSync(join(dir, 'incidents/2026-11-20-slow-dashboard.md'), 'utf8')).toBe(second);
  });

  test('resolve asks whether the workaround stays as history; a wrong answer is asked again, and no removes it', async () => {
    const withWorkaround = OPEN.replace('impact: minor', 'impact: minor\nworkaround: Retry failed requests.');
    const dir = contentFolder({ 'incidents/2026-11-20-api-errors.md': withWorkaround });
    const { status, screen } = await atTerminal(
      dir,
      ['resolve', '2026-11-20-api-errors', '--now', '2026-11-20 14:40 UTC'],
      [{ lines: ['Fixed: the rollback restored every request.', ''] }, 'maybe', 'no', ''],
    );
    expect(status).toBe(0);
    expect(screen).toContain('Keep the workaround on the page, collapsed as history ("While it lasted: …")? (yes, or no to remove it) [yes]: ');
    const written = readFileSync(join(dir, 'incidents/2026-11-20-api-errors.md'), 'utf8');
    expect(written).not.toContain('workaround');
    expect(written).toContain('## Resolved · 2026-11-20 15:40 +01:00\n\nFixed: the rollback restored every request.\n');
    // Kept by default: the page shows it collapsed, under "While it lasted".
    const kept = contentFolder({ 'incidents/2026-11-20-api-errors.md': withWorkaround });
    expect(
      (
        await atTerminal(
          kept,
          ['resolve', '2026-11-20-api-errors', '--now', '2026-11-20 14:40 UTC'],
          [{ lines: ['Fixed: the rollback restored every request.', ''] }, '', ''],
        )
      ).status,
    ).toBe(0);
    expect(readFileSync(join(kept, 'incidents/2026-11-20-api-errors.md'), 'utf8')).toContain('workaround: Retry failed requests.');
  });

  test('resolve asks what customers receive, shows what stands, keeps it on an empty answer, and writes a new text', async () => {
    const major = OPEN.replace('impact: minor', 'impact: major');
    const dir = contentFolder({ 'incidents/2026-11-20-api-errors.md': major });
    const message = { lines: ['Fixed: the rollback restored every request. We are sorry.', ''] };
    const { status, screen } = await atTerminal(
      dir,
      ['resolve', '2026-11-20-api-errors', '--now', '2026-11-20 15:40 UTC'],
      [message, 'No credit applies: the API stayed above its 99.9 % target this month.'],
    );
    expect(status).toBe(0);
    expect(screen).toContain(
      'Compensation, what affected customers receive and whether they need to do anything, or that none applies and why (a text, or none) [none]: ',
    );
    const written = readFileSync(join(dir, 'incidents/2026-11-20-api-errors.md'), 'utf8');
    expect(written).toContain('compensation: "No credit applies: the API stayed above its 99.9 % target this month."\n');
    // Set already (`update --compensation` during the outage): shown, and kept on an empty answer.
    const credited = contentFolder({
      'incidents/2026-11-20-api-errors.md': major.replace('impact: major', 'impact: major\ncompensation: One day of credit, on the next invoice.'),
    });
    const again = await atTerminal(credited, ['resolve', '2026-11-20-api-errors', '--now', '2026-11-20 15:40 UTC'], [message, '']);
    expect(again.status).toBe(0);
    expect(again.screen).toContain('now “One day of credit, on the next invoice.” (keep, a new text, or none to remove it) [keep]: ');
    expect(readFileSync(join(credited, 'incidents/2026-11-20-api-errors.md'), 'utf8')).toContain('compensation: One day of credit, on the next invoice.\n');
  });

  test('resolve asks for what was fixed and the apology, and asks again, before writing, when `check` would call it too short', async () => {
    const dir = contentFolder({ 'incidents/2026-11-20-api-errors.md': OPEN });
    const fixed = 'We rolled back the deploy of 13:55; every request since 14:35 has succeeded. We are sorry for the errors.';
    const { status, screen } = await atTerminal(
      dir,
      ['resolve', 'api', '--now', '2026-11-20 14:40 UTC'],
      [{ lines: ['Fixed.', ''] }, { lines: [fixed, ''] }, ''],
    );
    expect(status).toBe(0);
    expect(screen).toContain(
      'Message for the resolution of “API errors”: what was fixed, an apology, and whether customers need to do anything. Markdown works.',
    );
    expect(screen).toContain(
      '  ✗ the resolved update says too little (1 word); say what happened, what was affected and whether customers need to do anything\nMessage for the resolution of “API errors”',
    );
    const written = readFileSync(join(dir, 'incidents/2026-11-20-api-errors.md'), 'utf8');
    expect([written.includes('Fixed.'), written.includes(`## Resolved · 2026-11-20 15:40 +01:00\n\n${fixed}\n`)]).toEqual([false, true]);
  });

  test('without a terminal, a missing id is a usage error that points at `upfront list`', async () => {
    const dir = contentFolder({ 'incidents/2026-11-20-api-errors.md': OPEN });
    const run = upfront(['update', '-m', 'x'], { content: dir });
    expect([run.status, run.stderr]).toEqual([
      2,
      'error  `upfront update` needs the id of the open incident or maintenance window (a prefix is enough; `upfront list` shows them)\n',
    ]);
  });
});

describe('maintenance, at a terminal', async () => {
  test('the end may be a duration from the start, in the site’s zone', async () => {
    const dir = contentFolder({});
    const { status, screen } = await atTerminal(
      dir,
      ['maintenance', '--now', '2026-11-20 14:00 UTC'],
      ['Database upgrade', '2026-11-27 02:00', '2h', 'db', { lines: ['The database is read-only for up to two hours.', ''] }],
    );
    expect(status).toBe(0);
    expect(screen).toContain(
      'Starts at (a time in Europe/Berlin, now +01:00, such as 2026-11-21 02:00, 18:45, 6:45pm or tomorrow 09:00, or a duration from now such as 2h): ',
    );
    expect(screen).toContain(
      'Ends at (a time in Europe/Berlin, now +01:00, such as 2026-11-21 02:00, 18:45, 6:45pm or tomorrow 09:00, or a duration from the start such as 2h): ',
    );
    // Each time is said back as it was understood, before anything is written.
    expect(screen).toContain('  = 2026-11-27 02:00 +01:00 (Europe/Berlin) = 2026-11-27 01:00 UTC, in 6 days\n');
    expect(screen).toContain('  = 2026-11-27 04:00 +01:00 (Europe/Berlin) = 2026-11-27 03:00 UTC, in 7 days\n');
    expect(readFileSync(join(dir, 'incidents/2026-11-27-database-upgrade.md'), 'utf8')).toContain(
      'scheduled_for: 2026-11-27 02:00 +01:00\nscheduled_until: 2026-11-27 04:00 +01:00\n',
    );
  });
});

describe('the message in an editor the person chose', async () => {
  test('opens with instructions, which are removed; no deprecation warning', async () => {
    const dir = contentFolder({ 'incidents/2026-11-20-api-errors.md': OPEN });
    const editor = join(dir, 'editor.sh');
    // An editor that keeps a copy of what it was given and writes the message below it.
    writeFileSync(editor, `#!/bin/sh\ncp "$1" "${dir}/given.md"\nprintf 'Rolling back the deploy of 13:55.\\n' >> "$1"\n`);
    chmodSync(editor, 0o755);
    const { status, screen } = await atTerminal(
      dir,
      ['update', 'api', '--now', '2026-11-20 14:20 UTC', '--status', 'identified', '--next-update', '30m'],
      ['', '', '', ''],
      { EDITOR: editor },
    );
    expect(status).toBe(0);
    expect(screen).not.toContain('DEP0190');
    expect(readFileSync(join(dir, 'given.md'), 'utf8')).toBe(
      '<!--\nBelow this comment, write the update on “API errors” (Identified): what customers notice, what you are doing, and what they can do meanwhile. Then save and close.\n' +
        'Markdown works.\nLeave it empty to type it at the terminal instead.\nThis comment is removed.\n-->\n\n',
    );
    expect(readFileSync(join(dir, 'incidents/2026-11-20-api-errors.md'), 'utf8')).toContain(
      '## Identified · 2026-11-20 15:20 +01:00\n\nRolling back the deploy of 13:55.\n\n## Investigating',
    );
  });
});
