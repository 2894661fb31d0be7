/**
 * The email channel's subscriber list: YAML held in an environment variable (a repository
 * secret), never in the repository. Diagnostics name the variable and the line, never an address.
 */
import { z } from 'astro/zod';
import { error, type Diagnostic } from '../core/diagnostics.ts';
import { catalogIndex } from '../core/catalog.ts';
import { schemaDiagnostics } from '../content/schema-issues.ts';
import { parseYamlSource } from '../content/yaml-source.ts';
import type { ComponentCatalog } from '../schemas/components-schema.ts';
import { componentFilter } from './channels/channel-type.ts';
import { unknownFilterIds } from './component-filters.ts';

/** One entry of the subscriber list. */
export const subscriberSchema = z.strictObject({
  email: z
    .string({ error: 'should be a mail address' })
    .trim()
    .pipe(z.email({ error: 'is not a mail address' })),
  components: componentFilter.optional(),
});

/** The subscriber list: a YAML list of `{ email, components? }`. */
export const subscriberListSchema = z.array(subscriberSchema, { error: 'should be a YAML list of subscribers, each `- email: …`' });

/** One validated subscriber. */
export type Subscriber = z.output<typeof subscriberSchema>;

// Any address in a message about the subscriber list is replaced: the list is private.
const ADDRESS = /[^\s<>@`'"]+@[^\s<>@`'"]+/g;

/** The subscriber list held in environment variable `variable` (YAML). */
export function parseSubscriberList(variable: string, text: string, catalog: ComponentCatalog): { value?: Subscriber[]; diagnostics: Diagnostic[] } {
  const file = `$${variable}`;
  const hide = (diagnostics: Diagnostic[]) => diagnostics.map((d) => ({ ...d, message: d.message.replace(ADDRESS, '<address>') }));
  const source = parseYamlSource(text);
  if (source.errors.length > 0) return { diagnostics: hide(source.errors.map((e) => error(file, e.line, e.column, e.message))) };
  const result = subscriberListSchema.safeParse(source.value ?? []);
  if (!result.success)
    return { diagnostics: hide(schemaDiagnostics(result.error.issues, { file, input: source.value, schema: subscriberListSchema, locate: source.locate })) };
  const known = catalogIndex(catalog).filterIds;
  const diagnostics = result.data.flatMap((subscriber, index) =>
    unknownFilterIds(file, subscriber.components, known, (i) => source.locate([index, 'components', i])),
  );
  return diagnostics.length > 0 ? { diagnostics: hide(diagnostics) } : { value: result.data, diagnostics: [] };
}
