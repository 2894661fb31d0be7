/**
 * The CLI's one table of commands and flags: each command's help lists exactly the flags it
 * accepts, and every flag in the parser belongs to some command.
 */
import { expect, test } from 'vitest';
import { COMMANDS, commandFlags, commandHelp, FLAGS } from '../../scripts/cli/command-table.ts';

test.each(Object.keys(COMMANDS))('upfront %s --help lists exactly the flags it accepts, each with what it means', (command) => {
  const listed = [...commandHelp(command).matchAll(/^ {2}--([a-z-]+)(?: \S+)?: (.+)$/gm)].map((m) => [m[1], m[2].length > 10]);
  expect(listed).toEqual(commandFlags(command).map(({ name }) => [name, true]));
});

test('every flag the parser knows is taken by a command, or by all (--now, --help, --version)', () => {
  const taken = new Set(Object.keys(COMMANDS).flatMap((command) => commandFlags(command).map(({ name }) => name)));
  expect(Object.keys(FLAGS).filter((flag) => !taken.has(flag as keyof typeof FLAGS))).toEqual(['now', 'help', 'version']);
});

test('the commands that write take --pr and --dry-run; the others take neither', () => {
  const writers = Object.keys(COMMANDS).filter((command) => commandFlags(command).some(({ name }) => name === 'pr'));
  expect(writers).toEqual(['new', 'update', 'resolve', 'maintenance', 'reschedule', 'cancel', 'complete', 'postmortem', 'alert']);
  const dryRun = Object.keys(COMMANDS).filter((command) => commandFlags(command).some(({ name }) => name === 'dry-run'));
  expect(dryRun).toEqual([...writers, 'subscriptions', 'notify']);
});
