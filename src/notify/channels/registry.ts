/**
 * Every channel type, by the name `type` takes in notifications.yml. The settings schema is
 * built from this list and the list is typed by the schema, so a type cannot be added to one
 * without the other: the type checker holds the registry complete.
 */
import { z } from 'astro/zod';
import type { ChannelType } from './channel-type.ts';
import { buttondown, buttondownSettings } from './buttondown.ts';
import { discord, discordSettings } from './discord.ts';
import { email, emailSettings } from './email.ts';
import { listmonk, listmonkSettings } from './listmonk.ts';
import { mastodon, mastodonSettings } from './mastodon.ts';
import { slack, slackSettings } from './slack.ts';
import { teams, teamsSettings } from './teams.ts';
import { webhook, webhookSettings } from './webhook.ts';

/** One configured channel; `type` tells which. */
export const channelSchema = z.discriminatedUnion('type', [
  webhookSettings,
  slackSettings,
  discordSettings,
  teamsSettings,
  mastodonSettings,
  emailSettings,
  listmonkSettings,
  buttondownSettings,
]);

/** One validated channel. */
export type Channel = z.output<typeof channelSchema>;

/** The channel types by name, in the order the docs and templates list them. */
export const CHANNEL_TYPES: { [Type in Channel['type']]: ChannelType<Extract<Channel, { type: Type }>> } = {
  webhook,
  slack,
  discord,
  teams,
  mastodon,
  email,
  listmonk,
  buttondown,
};

/** The module of a configured channel's type. */
export function channelType<C extends Channel>(channel: C): ChannelType<C> {
  return CHANNEL_TYPES[channel.type] as unknown as ChannelType<C>;
}
