/** Renders author Markdown (update messages, workarounds, postmortems) to safe HTML. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Html, Root, RootContent } from 'mdast';
import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import { formatDateTime, isoUtc, type Region } from '../core/format-time.ts';
import { parseTimestamp } from '../schemas/timestamps.ts';

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
const processor = markdownPipeline();

/** Markdown to sanitized HTML, with `afterSanitizing` (trusted transforms of the clean tree) run last. */
function markdownPipeline(afterSanitizing?: () => (tree: HastRoot) => void) {
  const sanitized = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { handlers: { html: htmlAsText } })
    .use(rehypeSanitize);
  return (afterSanitizing ? sanitized.use(afterSanitizing) : sanitized).use(rehypeStringify).freeze();
}

// A timestamp with its zone as the files write them: `2026-11-20 14:32 UTC`, `2026-11-20T15:32:00+01:00`.
const WRITTEN_TIMESTAMP = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?\s*(?:UTC|GMT|Z|[+-]\d{2}:?\d{2})(?![\w:])/g;

/**
 * Each zoned timestamp in the text (outside code) as a `<time>` in `zone`, so that the page's
 * script writes it in the reader's zone like every other time on the page: one clock per page.
 * It runs after sanitizing, on text, so it adds nothing an author could abuse.
 */
function timestampsAsTimes(zone: string, region: Region) {
  const visit = (node: HastRoot | ElementContent): void => {
    if (!('children' in node) || (node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre'))) return;
    node.children = (node.children as ElementContent[]).flatMap((child): ElementContent[] => {
      if (child.type !== 'text') {
        visit(child);
        return [child];
      }
      const pieces: ElementContent[] = [];
      let last = 0;
      for (const match of child.value.matchAll(WRITTEN_TIMESTAMP)) {
        const parsed = parseTimestamp(match[0]);
        if (!parsed.ok) continue;
        pieces.push({ type: 'text', value: child.value.slice(last, match.index) });
        pieces.push({
          type: 'element',
          tagName: 'time',
          properties: { dateTime: isoUtc(parsed.date) },
          children: [{ type: 'text', value: formatDateTime(parsed.date, zone, region) }],
        });
        last = match.index + match[0].length;
      }
      return last === 0 ? [child] : [...pieces, { type: 'text', value: child.value.slice(last) }];
    });
  };
  return () => (tree: HastRoot) => visit(tree);
}

const timedProcessors = new Map<string, typeof processor>();

/** Markdown to sanitized HTML as `markdownToHtml`, each written timestamp a `<time>` shown in `zone` (postmortems, whose timelines the authors write). */
export function markdownToHtmlWithTimes(markdown: string, zone: string, region: Region): string {
  const key = `${zone}|${region.locale}|${region.hour12}`;
  let timed = timedProcessors.get(key);
  if (!timed) timedProcessors.set(key, (timed = markdownPipeline(timestampsAsTimes(zone, region))));
  return timed.stringify(timed.runSync(timed.parse(markdown)) as never);
}

/** Text as HTML (element content or a quoted attribute) that shows it literally. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Markdown parsed as pages render it: CommonMark with GitHub's extensions. */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}

// Parsing is most of the cost of rendering, and the loader has already parsed every update while
// splitting its file: it hands each message's part of that tree over, to be rendered from. On
// globalThis because the loader (run by the command) and the pages (Astro's bundle) are separate
// module graphs of one process.
const parsedParts: Map<string, RootContent[]> = ((globalThis as { __upfrontParsedParts?: Map<string, RootContent[]> }).__upfrontParsedParts ??= new Map());
const REFERENCES = new Set(['linkReference', 'imageReference', 'footnoteReference']);

function hasReference(nodes: readonly RootContent[]): boolean {
  return nodes.some((node) => REFERENCES.has(node.type) || ('children' in node && hasReference(node.children as RootContent[])));
}

/**
 * Keeps `nodes`, the part of a parsed file that `markdown` is written as, for rendering it. A
 * part with a reference is left out: parsed alone, a reference to a definition in another
 * part of the file is plain text, and rendering must not depend on where the text came from.
 */
export function keepParsedPart(markdown: string, nodes: RootContent[]): void {
  if (!hasReference(nodes)) parsedParts.set(markdown, nodes);
}

// An update's message appears on its page, in the site's and its components' feeds and in the
// lists: each text is rendered once per process.
const rendered = new Map<string, string>();

/** Markdown to sanitized HTML, raw HTML shown as text. */
export function markdownToHtml(markdown: string): string {
  let html = rendered.get(markdown);
  if (html === undefined) {
    const part = parsedParts.get(markdown);
    const tree: Root = part ? { type: 'root', children: part } : processor.parse(markdown);
    html = processor.stringify(processor.runSync(tree));
    rendered.set(markdown, html);
    parsedParts.delete(markdown);
  }
  return html;
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
      return children
        .map((item, i) => `${node.ordered ? `${i + 1}.` : '•'} ${(item.children ?? []).map(blockText).join('\n').replace(/\n/g, '\n  ')}`)
        .join('\n');
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
