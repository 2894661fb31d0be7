/** Renders author Markdown (update messages, workarounds, postmortems) to safe HTML. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';

// One frozen processor for the whole build; rehype-sanitize (GitHub's rules) drops raw HTML,
// scripts and unsafe URLs, because update text is often pasted from chat under stress.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

/** Markdown to sanitized HTML. */
export function markdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}
