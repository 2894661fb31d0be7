/** Schema of `components/components.yml`, the catalogue of service components. */
import { z } from 'astro/zod';
import { calendarDate, kebabId, linkUrl, shortText } from './field-types.ts';

/** One service component, such as the API or the website. */
export const componentSchema = z.strictObject({
  id: kebabId,
  name: shortText,
  description: shortText.optional(),
  link: linkUrl.optional(),
  /** The day this component's monitoring began, when not the site's `tracking_since` (Statuspage's `start_date`). */
  since: calendarDate.optional(),
});

/** A named group of components; groups are one level deep and listed in display order. */
export const componentGroupSchema = z.strictObject({
  id: kebabId,
  name: shortText,
  description: shortText.optional(),
  components: z.array(componentSchema, { error: 'should be a list of components' }).min(1, 'is empty; list at least one component in the group'),
});

/** The whole catalogue: groups in display order. */
export const componentCatalogSchema = z.strictObject({
  groups: z.array(componentGroupSchema, { error: 'should be a list of groups' }).min(1, 'is empty; list at least one group of components'),
});

/** A service component. */
export type Component = z.output<typeof componentSchema>;
/** A group of components. */
export type ComponentGroup = z.output<typeof componentGroupSchema>;
/** The catalogue of components. */
export type ComponentCatalog = z.output<typeof componentCatalogSchema>;
