/**
 * What a notification says, and how each chat service wants it: one message content (subject,
 * Markdown body, facts, link) turned into Slack blocks, a Discord embed, a Teams Adaptive Card
 * or a Mastodon status. Every service's size limits are respected by clipping, never by failing.
 */
import type { ComponentCatalog } from '../schemas/components-schema.ts';
import type { SiteSettings } from '../schemas/site-settings-schema.ts';
import { eventFacts, type EventFact } from '../status/event-facts.ts';
import { affectedComponents, statusesAfterUpdates } from '../core/event-state.ts';
import { formatDateTime, formatDuration, formatTimeRange } from '../core/format-time.ts';
import { siteLocale, type Locale } from '../core/site-locale.ts';
import { markdownToPlainText } from '../content/markdown-html.ts';
import type { Notification } from './live-news.ts';
import { absoluteUrl, eventPath, postmortemPath, updateAnchor } from '../core/site-paths.ts';
import { catalogIndex } from '../core/catalog.ts';

/** How serious a message looks (its colour in chat). */
export type MessageTone = 'critical' | 'major' | 'minor' | 'none' | 'maintenance' | 'resolved';

/** The content of one notification, before any service's format. */
export interface MessageContent {
  subject: string;
  /** Markdown, as the author wrote it. */
  body: string;
  facts: Array<[label: string, value: string]>;
  url: string;
  linkText: string;
  tone: MessageTone;
  at: Date;
  /** The site's language, which every message is written in. */
  locale: Locale;
}

/** What messages are written from besides the notification. */
export interface MessageSite {
  settings: SiteSettings;
  catalog: ComponentCatalog;
  now: Date;
}

function componentNames(site: MessageSite): (id: string) => string {
  const { names } = catalogIndex(site.catalog);
  return (id) => names.get(id) ?? id;
}

/** The first paragraph of a postmortem, the part that says what happened. */
function postmortemSummary(body: string): string {
  return (
    body
      .split(/\n\s*\n/)
      .find((block) => block.trim() && !block.trimStart().startsWith('#'))
      ?.trim() ?? ''
  );
}

/** The subject, body, facts and link of `notification`. */
export function messageContent(notification: Notification, site: MessageSite): MessageContent {
  const { settings } = site;
  const { event, update, change } = notification;
  const { data } = event;
  const zone = settings.time_zone;
  const name = componentNames(site);
  const locale = siteLocale(settings);
  const { NOTIFY_WORDS: words, UI, region } = locale;
  const at = (date: Date) => formatDateTime(date, zone, region);
  const status = update ? UI.statuses[update.status] : '';
  const subject = words.subject[change](data.title, status);
  const facts: MessageContent['facts'] = [];
  const isNewest = !update || update === data.updates[0];
  let tone: MessageTone;
  if (data.kind === 'incident') {
    // The facts its page shows, picked for a message.
    const known = eventFacts(event, site.now);
    const fact = <T extends EventFact['term']>(term: T) => known.find((f): f is Extract<EventFact, { term: T }> => f.term === term);
    const closed = fact('resolved') !== undefined;
    tone = change === 'resolved' ? 'resolved' : data.impact;
    facts.push([words.impact, UI.impacts[data.impact]]);
    // The statuses as this update left them; a resolution names what it affected.
    const statuses =
      update && change !== 'resolved'
        ? Object.entries(statusesAfterUpdates(data)[data.updates.indexOf(update as (typeof data.updates)[number])])
        : affectedComponents(data);
    const affected = statuses.map(([id, s]) => (change === 'resolved' ? name(id) : `${name(id)}: ${UI.statuses[s]}`));
    facts.push([words.affected, affected.join(', ')]);
    facts.push([words.started, at(fact('started')!.at)]);
    const duration = fact('duration');
    if (duration && (change === 'resolved' || change === 'postmortem')) facts.push([words.duration, formatDuration(duration.ms, region)]);
    // An older update's promises were superseded by the newer ones.
    const nextUpdate = isNewest ? fact('nextUpdate') : undefined;
    const eta = isNewest ? fact('eta') : undefined;
    if (nextUpdate) facts.push([words.nextUpdate, at(nextUpdate.due)]);
    if (eta) facts.push([words.eta, at(eta.at)]);
    if (!closed && data.workaround) facts.push([words.workaround, markdownToPlainText(data.workaround)]);
    if (change === 'resolved' && data.compensation) facts.push([words.compensation, markdownToPlainText(data.compensation)]);
  } else {
    const over = change === 'completed' || change === 'cancelled';
    tone = over ? 'resolved' : 'maintenance';
    facts.push([words.window, formatTimeRange(data.scheduled_for, data.scheduled_until, zone, region)]);
    facts.push([words.components, data.components.map(name).join(', ')]);
    if (!over && data.workaround) facts.push([words.workaround, markdownToPlainText(data.workaround)]);
  }
  const eventUrl = absoluteUrl(settings.url, eventPath(settings.base, event.id));
  if (notification.postmortem) {
    return {
      subject: words.subject.postmortem(notification.postmortem.data.title ?? data.title),
      body: `${words.postmortemLead(data.title)}\n\n${postmortemSummary(notification.postmortem.data.body)}`.trim(),
      facts,
      url: absoluteUrl(settings.url, postmortemPath(settings.base, event.id)),
      linkText: words.viewPostmortem,
      tone: 'none',
      at: notification.at,
      locale,
    };
  }
  // Update-less news is only ever one of these changes (see windowNews).
  const body = update?.message ?? words.windowBody[change as keyof typeof words.windowBody];
  const url = update ? `${eventUrl}#${updateAnchor(update.at)}` : eventUrl;
  return { subject, body, facts, url, linkText: words.view, tone, at: notification.at, locale };
}

/** Shortens `text` to `max` characters, ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

// Slack's mrkdwn gives meaning to these three characters alone.
const slackEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Slack incoming-webhook message: header, body, facts and link as Block Kit blocks. */
export function slackMessage(content: MessageContent): Record<string, unknown> {
  const facts = content.facts.slice(0, 10).map(([label, value]) => ({ type: 'mrkdwn', text: clip(`*${slackEscape(label)}*\n${slackEscape(value)}`, 2000) }));
  return {
    text: clip(`${content.subject} ${content.url}`, 3000),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: clip(content.subject, 150) } },
      { type: 'section', text: { type: 'mrkdwn', text: clip(slackEscape(markdownToPlainText(content.body)), 3000) } },
      ...(facts.length > 0 ? [{ type: 'section', fields: facts }] : []),
      { type: 'context', elements: [{ type: 'mrkdwn', text: `<${content.url}|${slackEscape(content.linkText)}>` }] },
    ],
  };
}

/** The accent of each message tone, for chat embeds and the mark beside an email's subject (no text sits on it, unlike the banner's TONE_COLOURS). */
export const MESSAGE_COLOURS: Record<MessageTone, string> = {
  critical: '#d92d20',
  major: '#e8590c',
  minor: '#f79009',
  none: '#667085',
  maintenance: '#1570ef',
  resolved: '#12b76a',
};

/** A Discord webhook message: one embed; mentions disabled so that no update can ping `@everyone`. */
export function discordMessage(content: MessageContent, siteName: string): Record<string, unknown> {
  return {
    username: clip(siteName, 80),
    allowed_mentions: { parse: [] },
    embeds: [
      {
        title: clip(content.subject, 256),
        url: content.url,
        description: clip(content.body, 4096),
        color: Number.parseInt(MESSAGE_COLOURS[content.tone].slice(1), 16),
        timestamp: content.at.toISOString(),
        fields: content.facts.slice(0, 25).map(([name, value]) => ({ name: clip(name, 256), value: clip(value, 1024), inline: value.length <= 40 })),
        footer: { text: clip(siteName, 2048) },
      },
    ],
  };
}

const TEAMS_COLOURS: Record<MessageTone, string> = {
  critical: 'Attention',
  major: 'Attention',
  minor: 'Warning',
  none: 'Default',
  maintenance: 'Accent',
  resolved: 'Good',
};

/** A message for a Teams "When a Teams webhook request is received" workflow: an Adaptive Card. */
export function teamsMessage(content: MessageContent): Record<string, unknown> {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: content.subject, size: 'Medium', weight: 'Bolder', color: TEAMS_COLOURS[content.tone], wrap: true },
            { type: 'TextBlock', text: markdownToPlainText(content.body), wrap: true },
            { type: 'FactSet', facts: content.facts.map(([title, value]) => ({ title, value })) },
          ],
          actions: [{ type: 'Action.OpenUrl', title: content.linkText, url: content.url }],
        },
      },
    ],
  };
}

/** Mastodon's default limit; a link counts as 23 characters whatever its length. */
const MASTODON_LIMIT = 500;
const MASTODON_LINK_LENGTH = 23;

/** The text of a Mastodon status: subject, body, next update and link, within 500 characters. */
export function mastodonStatus(content: MessageContent): string {
  const words = content.locale.NOTIFY_WORDS;
  const promise = content.facts.filter(([label]) => label === words.nextUpdate || label === words.eta).map(([label, value]) => `${label}: ${value}`);
  const tail = [...promise, content.url].join('\n');
  const room = MASTODON_LIMIT - MASTODON_LINK_LENGTH - (tail.length - content.url.length) - content.subject.length - 4;
  return `${content.subject}\n\n${clip(markdownToPlainText(content.body), Math.max(room, 1))}\n\n${tail}`;
}
