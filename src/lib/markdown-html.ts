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

/** Text as HTML (element content or a quoted attribute) that shows it literally. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Markdown to sanitized HTML, raw HTML shown as text. */
export function markdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}

type MdNode = { type: string; value?: string; url?: string; ordered?: boolean; children?: MdNode[] };

function inlineText(node: MdNode): string {
  if (node.type === 'link') {
    const text = (node.children ?? []).map(inlineText).join('');
    return text === node.url ? text : `${text} (${node.url})`;
  }
  if (node.type === 'break') return '\n';
  // Lines wrapped in the source are one line of text; only a hard break (`\` or two spaces) breaks.
  if (node.type === 'text') return (node.value ?? '').replace(/\n/g, ' ');
  return node.value ?? (node.children ?? []).map(inlineText).join('');
}

function blockText(node: MdNode): string {
  const children = node.children ?? [];
  switch (node.type) {
    case 'list':
      return children.map((item, i) => `${node.ordered ? `${i + 1}.` : '•'} ${(item.children ?? []).map(blockText).join('\n').replace(/\n/g, '\n  ')}`).join('\n');
    case 'blockquote':
      return children.map(blockText).join('\n\n').replace(/^/gm, '> ');
    case 'table':
      return children.map((row) => (row.children ?? []).map(inlineText).join(' | ')).join('\n');
    case 'thematicBreak':
      return '---';
    default:
      return inlineText(node);
  }
}

/**
 * Markdown as plain text for chat and mail: emphasis marks dropped, links as `text (url)`,
 * lists with bullets, paragraphs separated by a blank line.
 */
export function markdownToPlainText(markdown: string): string {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdNode;
  return (tree.children ?? []).map(blockText).join('\n\n').trim();
}
