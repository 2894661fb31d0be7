/** Splits a Markdown file into YAML frontmatter and body, keeping line numbers. */
import matter from 'gray-matter';
import { error, type Diagnostic } from '../core/diagnostics.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

/** A Markdown file split into its parts; `bodyLine` is the file line on which the body starts. */
export interface MarkdownFileParts {
  frontmatter: YamlSource;
  body: string;
  bodyLine: number;
}

// The frontmatter fences: a `---` line first, the next `---` line after it (trailing blanks allowed).
const FRONTMATTER = /^---[ \t]*\n((?:.*\n)*?)---[ \t]*(?:\n|$)/;

/** Where a normalized file's frontmatter is: its YAML text and the offset at which the body starts; undefined without one. */
export function frontmatterBounds(text: string): { yaml: string; bodyStart: number } | undefined {
  const match = FRONTMATTER.exec(text);
  return match ? { yaml: match[1], bodyStart: match[0].length } : undefined;
}

/** Normalizes text as authors' editors save it: no byte-order mark, LF line endings. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Splits `text` (already normalized) into frontmatter and body. Returns diagnostics instead
 * when there is no frontmatter or its YAML is broken.
 */
export function splitMarkdownFile(file: string, text: string): MarkdownFileParts | { diagnostics: Diagnostic[] } {
  if (!/^---[ \t]*\n/.test(text)) {
    return { diagnostics: [error(file, 1, 1, 'the file must start with YAML frontmatter between `---` lines (see docs/authoring.md in Upfront)')] };
  }
  let frontmatter: YamlSource | undefined;
  // gray-matter finds the fences; our engine parses the YAML with positions (its text starts on line 1, after the fence).
  const parts = matter(text, {
    engines: {
      yaml: (yamlText: string) => {
        frontmatter = parseYamlSource(yamlText, 1);
        return {};
      },
    },
  });
  if (!frontmatter) frontmatter = parseYamlSource('', 1);
  if (!frontmatterBounds(text)) {
    return { diagnostics: [error(file, 1, 1, 'the frontmatter is not closed; add a `---` line after the last field')] };
  }
  const errors = frontmatter.errors.map((e) => error(file, e.line, e.column, e.message));
  if (errors.length > 0) return { diagnostics: errors };
  const bodyStart = text.length - parts.content.length;
  const bodyLine = text.slice(0, bodyStart).split('\n').length;
  return { frontmatter, body: parts.content, bodyLine };
}
