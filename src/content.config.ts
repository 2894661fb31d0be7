/**
 * Astro collections, filled from the content folder by Upfront's own loader so that the site,
 * `check` and the CLI share one parser and one set of zod schemas.
 */
import { defineCollection } from 'astro:content';
import type { LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { sharedContent } from './lib/shared-content.ts';
import type { SiteContent } from './lib/load-content.ts';
import { siteSettingsSchema } from './schemas/site-settings-schema.ts';
import { componentCatalogSchema } from './schemas/components-schema.ts';
import { eventSchema } from './schemas/incident-schema.ts';
import { postmortemSchema } from './schemas/postmortem-schema.ts';

type Entry = { id: string; filePath?: string; data: Record<string, unknown> };

/** A loader that stores one part of the shared, already validated content. */
function upfrontLoader(name: string, pick: (content: SiteContent) => Entry[]) {
  return {
    name: `upfront-${name}`,
    load: async ({ store, config }: LoaderContext) => {
      const content = await sharedContent(fileURLToPath(config.root));
      store.clear();
      for (const entry of pick(content)) store.set({ id: entry.id, data: entry.data, filePath: entry.filePath });
    },
  };
}

export const collections = {
  settings: defineCollection({
    loader: upfrontLoader('settings', (c) => (c.settings ? [{ id: 'site', data: c.settings }] : [])),
    schema: siteSettingsSchema,
  }),
  catalog: defineCollection({
    loader: upfrontLoader('catalog', (c) => (c.catalog ? [{ id: 'components', data: c.catalog }] : [])),
    schema: componentCatalogSchema,
  }),
  events: defineCollection({
    loader: upfrontLoader('events', (c) => c.events as Entry[]),
    schema: eventSchema,
  }),
  postmortems: defineCollection({
    loader: upfrontLoader('postmortems', (c) => c.postmortems as Entry[]),
    schema: postmortemSchema,
  }),
};
