/**
 * The channel registry holds every type, and what follows it (the commented notifications.yml,
 * the deploy workflow's secret lines, the docs' table of types) says exactly what it holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { CHANNEL_TYPES, channelSchema } from '../../src/notify/channels/registry.ts';
import { discord } from '../../src/notify/channels/discord.ts';
import { mastodon } from '../../src/notify/channels/mastodon.ts';
import { slack } from '../../src/notify/channels/slack.ts';
import { teams } from '../../src/notify/channels/teams.ts';
import { webhook } from '../../src/notify/channels/webhook.ts';
import { notificationsTemplate, templateSecretVariables } from '../../scripts/init/notification-templates.ts';
import { REPO_ROOT } from '../helpers/run-build.ts';

test('a registry without one of the schema’s types does not compile', () => {
  // @ts-expect-error: `email` is a type of the schema, so the registry must deliver it.
  const incomplete: typeof CHANNEL_TYPES = { webhook, slack, discord, teams, mastodon };
  expect(Object.keys(incomplete)).toHaveLength(5);
});

test('every type has a commented block in the template, and each block, uncommented, is a valid channel of its type', () => {
  const template = notificationsTemplate();
  const blocks = Object.entries(CHANNEL_TYPES).map(([type, module]) => {
    // The channel's own lines (`# - id: …`, `#   type: …`), not the prose or the subscriber list example.
    const lines = module.template.split('\n').filter((line) => /^# (?: {2}|- )\w+:/.test(line));
    return [type, parse(lines.map((line) => line.slice(2)).join('\n'))[0]] as const;
  });
  for (const [type, channel] of blocks) {
    expect([type, channelSchema.safeParse(channel).success, channel.type]).toEqual([type, true, type]);
    expect(template).toContain(CHANNEL_TYPES[type as keyof typeof CHANNEL_TYPES].template.replace(/^/gm, '  '));
  }
  expect(templateSecretVariables()).toEqual([
    'UPFRONT_WEBHOOK_URL',
    'UPFRONT_WEBHOOK_SECRET',
    'UPFRONT_SLACK_WEBHOOK_URL',
    'UPFRONT_DISCORD_WEBHOOK_URL',
    'UPFRONT_TEAMS_WORKFLOW_URL',
    'UPFRONT_MASTODON_TOKEN',
    'UPFRONT_SMTP_URL',
    'UPFRONT_SUBSCRIBERS',
    'UPFRONT_LISTMONK_TOKEN',
    'UPFRONT_BUTTONDOWN_API_KEY',
  ]);
});

test('the docs’ table of channel types is the registry’s, in its order', () => {
  const docs = readFileSync(join(REPO_ROOT, 'docs/notifications.md'), 'utf8');
  const table = docs.slice(docs.indexOf('| type | sends |')).split('\n\n')[0].split('\n').slice(2);
  expect(table).toEqual(Object.entries(CHANNEL_TYPES).map(([type, module]) => `| \`${type}\` | ${module.sends} |`));
});
