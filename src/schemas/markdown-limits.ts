/**
 * Bounds on the shape of Markdown, checked before parsing. The Markdown parser takes time that
 * grows faster than the text for some shapes (very long paragraphs full of `*`, thousands of
 * quotes, deep nesting), so a pasted log or a hostile file could stall a build for minutes.
 * Real status updates and postmortems stay far inside these limits.
 */

/** Longest line. */
export const MAX_LINE_CHARS = 10_000;
/** Longest paragraph: consecutive non-blank lines. */
export const MAX_PARAGRAPH_CHARS = 5_000;
/** Deepest nesting of lists and quotes on one line. */
export const MAX_NESTING = 10;
/** Most lines opening a quote or list item. */
export const MAX_CONTAINER_LINES = 2_000;

// A quote needs no space after its `>` (`>>>>` is four quotes); a list marker does.
const CONTAINER_MARKER = /^[ \t]*(?:>|(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$))[ \t]*/;
const LIST_ITEM = /^[ \t]*(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$)/;

/** How many list or quote markers open the line (counted up to one past the limit). */
function containerDepth(line: string): number {
  let depth = 0;
  let rest = line;
  for (let marker = CONTAINER_MARKER.exec(rest); marker && marker[0].length > 0 && depth <= MAX_NESTING; marker = CONTAINER_MARKER.exec(rest)) {
    depth++;
    rest = rest.slice(marker[0].length);
  }
  return depth;
}

/** The first place where `text` goes beyond a bound, with what to do; undefined when it is within all of them. */
export function markdownShapeProblem(text: string): { line: number; column: number; message: string } | undefined {
  const lines = text.split('\n');
  let paragraphStart = -1;
  let paragraphChars = 0;
  let containers = 0;
  let fence: string | undefined;
  // The indents of the list items still open above: lists also nest by indentation alone.
  let openItems: number[] = [];
  for (const [index, line] of lines.entries()) {
    const at = (column: number, message: string) => ({ line: index + 1, column, message });
    if (line.length > MAX_LINE_CHARS)
      return at(
        MAX_LINE_CHARS + 1,
        `this line is longer than ${MAX_LINE_CHARS.toLocaleString('en')} characters; break it into paragraphs or link to the long text`,
      );
    // Fenced code (a pasted log, say) is parsed in linear time: only its line length is bounded.
    const fenceMarker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && fenceMarker) {
      fence = fenceMarker;
      continue;
    }
    if (fence !== undefined) {
      if (fenceMarker?.[0] === fence[0] && fenceMarker.length >= fence.length) fence = undefined;
      continue;
    }
    if (line.trim() !== '') {
      const indent = /^[ \t]*/.exec(line)![0].length;
      while (openItems.length > 0 && openItems[openItems.length - 1] >= indent) openItems.pop();
      if (indent === 0 && !LIST_ITEM.test(line)) openItems = [];
    }
    const depth = openItems.length + containerDepth(line);
    if (LIST_ITEM.test(line)) openItems.push(/^[ \t]*/.exec(line)![0].length);
    if (depth > MAX_NESTING) return at(1, `this line nests lists or quotes more than ${MAX_NESTING} levels deep; flatten it`);
    if (depth > 0 && ++containers > MAX_CONTAINER_LINES)
      return at(1, `more than ${MAX_CONTAINER_LINES.toLocaleString('en')} list items or quotes in one file; shorten it or link to the long text`);
    if (line.trim() === '') {
      paragraphStart = -1;
      paragraphChars = 0;
      continue;
    }
    if (paragraphStart < 0) paragraphStart = index;
    paragraphChars += line.length + 1;
    if (paragraphChars > MAX_PARAGRAPH_CHARS) {
      return {
        line: paragraphStart + 1,
        column: 1,
        message: `this paragraph is longer than ${MAX_PARAGRAPH_CHARS.toLocaleString('en')} characters; split it with blank lines`,
      };
    }
  }
  return undefined;
}
