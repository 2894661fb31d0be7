/** Schema of `<incident-id>.postmortem.md` frontmatter. */
import { z } from 'astro/zod';
import { quietField, shortText, timestamp } from './field-types.ts';

/** A postmortem: when it was published (none yet: a draft) and by whom; the body is the report. */
export const postmortemSchema = z.strictObject({
  title: shortText.optional(),
  published: timestamp.optional(),
  quiet: quietField,
  authors: z.array(shortText, { error: 'should be a list of names, such as `[Dana Reyes, Sam Okafor]`' }).optional(),
  body: z.string().trim().min(1, 'is empty; write the postmortem below the frontmatter'),
});

/** A validated, published postmortem (drafts are not published anywhere). */
export type PostmortemData = z.output<typeof postmortemSchema> & { published: Date };
/** A postmortem as stored: id is the incident's id. */
export interface PostmortemEntry {
  id: string;
  filePath?: string;
  data: PostmortemData;
}
