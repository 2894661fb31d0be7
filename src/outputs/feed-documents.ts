/** The RSS 2.0 (with @astrojs/rss) and Atom 1.0 (with `feed`) documents of a list of feed entries. */
import { getRssString } from '@astrojs/rss';
import { Feed } from 'feed';
import type { FeedEntry } from './feed-entries.ts';
import { escapeHtml } from '../content/markdown-html.ts';

/** What a feed is about and where it lives. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The page the feed follows, absolute. */
  pageUrl: string;
  /** The feed's own absolute URL, for `rel="self"`. */
  selfUrl: string;
  /** When nothing is in the feed, its last-updated time. */
  fallbackUpdated: Date;
  /** Who publishes it: the page, by name and address (RFC 4287 needs an author for every entry). */
  author: { name: string; uri: string };
  /** The BCP 47 tag of the feed's language. */
  language: string;
}

/** An RSS 2.0 document; each item's guid is its stable entry id, not its link. */
export async function rssDocument(channel: FeedChannel, entries: readonly FeedEntry[]): Promise<string> {
  return getRssString({
    title: channel.title,
    description: channel.description,
    site: channel.pageUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${escapeHtml(channel.language)}</language><atom:link href="${channel.selfUrl}" rel="self" type="application/rss+xml"/><lastBuildDate>${(entries[0]?.updated ?? channel.fallbackUpdated).toUTCString()}</lastBuildDate>`,
    items: entries.map((entry) => ({
      title: entry.title,
      link: entry.link,
      pubDate: entry.updated,
      // The update's text in both places: readers that show only RSS 2.0's own <description> get
      // it too, and those that prefer <content:encoded> keep it.
      description: entry.html,
      content: entry.html,
      // Entry ids are tag: URIs of letters, digits and `:,/.-`; nothing to escape.
      customData: `<guid isPermaLink="false">${entry.id}</guid>`,
    })),
  });
}

/** An Atom 1.0 document. */
export function atomDocument(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const feed = new Feed({
    id: channel.selfUrl,
    title: channel.title,
    description: channel.description,
    link: channel.pageUrl,
    updated: entries[0]?.updated ?? channel.fallbackUpdated,
    feedLinks: { atom: channel.selfUrl },
    generator: 'Upfront',
    // One feed-level author stands for every entry's (RFC 4287, 4.1.1).
    author: { name: channel.author.name, link: channel.author.uri },
  });
  // `feed` writes titles as `type="html"`, so a title's text must be HTML-escaped to stay text.
  for (const entry of entries)
    feed.addItem({ id: entry.id, title: escapeHtml(entry.title), link: entry.link, date: entry.updated, published: entry.updated, content: entry.html });
  // RFC 4287 (2): the language of the feed's text is `xml:lang`, which `feed` does not write.
  return feed
    .atom1()
    .replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(channel.language)}">`);
}
