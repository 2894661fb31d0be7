/** Renders author Markdown (update messages, workarounds, postmortems) to safe HTML. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Html } from 'mdast';
import type { Element, Text } from 'hast';

/**
 * Raw HTML in Markdown is shown as the text it is, not dropped: text pasted from a chat or a
 * log ("the form shows <script> errors") must reach readers, and a tag quietly swallowing the
 * paragraph after it would hide part of an update. Blocks become paragraphs of that text.
 */
function htmlAsText(_state: unknown, node: Html, parent?: { type: string }): Element | Text {
  const text: Text = { type: 'text', value: node.value };
  return parent?.type === 'root' ? { type: 'element', tagName: 'p', properties: {}, children: [text] } : text;
}

// One frozen processor for the whole build. rehype-sanitize (GitHub's rules) then removes
// what could still run or load: unsafe URLs (javascript:, data:), event handlers, frames.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { handlers: { html: htmlAsText } })
  .use(rehypeSanitize)
  .use(rehypeStringify)
  .freeze();

/** Markdown to sanitized HTML, raw HTML shown as text. */
export function markdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}
