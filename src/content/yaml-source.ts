/** YAML parsing that keeps positions, so every problem can be reported at its line. */
import { LineCounter, parseDocument, isMap, isScalar, isPair, visit, type Document, type Node } from 'yaml';
import { describeForbidden, FORBIDDEN_CHARACTER } from '../core/forbidden-characters.ts';

/** A line and column, counting from 1. */
export interface Position {
  line: number;
  column: number;
}

/** Parsed YAML: its plain value, its syntax errors, and a way to find where a path is written. */
export interface YamlSource {
  value: unknown;
  errors: Array<Position & { message: string }>;
  /** Where the value at `path` (or its key, for a missing child) is written; the start of the text when unknown. */
  locate(path: ReadonlyArray<PropertyKey>): Position;
}

/** What a RangeError says when recursion runs out of stack. */
const STACK_OVERFLOW = 'Maximum call stack size exceeded';

// Aliases are allowed (they are handy in a catalogue) but bounded: a few aliases can expand to gigabytes.
const MAX_ALIAS_COUNT = 50;

/**
 * Parses YAML text that starts at `firstLine` of its file, refusing duplicate keys and alias bombs.
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const errors = document.errors.map((e) => {
    const position = at(e.pos[0]);
    // Where the parser ran out of stack depends on the engine; the line does not.
    if (e.message.includes(STACK_OVERFLOW)) position.column = 1;
    return { ...position, message: describeYamlError(e.code, e.message, text.slice(e.pos[0]), lineAt(text, e.pos[0])) };
  });
  const aliasProblem = errors.length === 0 ? recursiveAlias(document) : undefined;
  if (aliasProblem) errors.push({ ...at(aliasProblem.offset), message: aliasProblem.message });
  let value: unknown;
  if (errors.length === 0) {
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      errors.push({ ...at(firstAliasOffset(document)), message: `YAML aliases expand too far (${(e as Error).message}); write the values out instead` });
    }
  }
  const locate = (path: ReadonlyArray<PropertyKey>) => locatePath(document, path, at);
  const forbidden = forbiddenIn(value, []);
  if (forbidden) {
    const [path, character] = forbidden;
    const label = path.length > 0 ? `\`${path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('')}\` ` : '';
    errors.push({ ...locate(path), message: `${label}contains ${describeForbidden(character)}, written as an escape; delete it` });
  }
  return { value, errors, locate };
}

/**
 * The first string (value or key) holding a forbidden character, with its path. The text of the
 * file has none (it is checked before parsing), but YAML escapes such as `"\x01"` decode to them.
 */
function forbiddenIn(value: unknown, path: PropertyKey[]): [path: PropertyKey[], character: string] | undefined {
  if (typeof value === 'string') {
    const match = FORBIDDEN_CHARACTER.exec(value);
    return match ? [path, match[0]] : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = forbiddenIn(item, [...path, index]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = forbiddenIn(key, [...path, key]) ?? forbiddenIn(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * An alias inside the very value its anchor names (`title: &t [*t]`): it would expand forever, so
 * it is an error where it is written, not a stack overflow.
 */
function recursiveAlias(document: Document): { offset: number; message: string } | undefined {
  let found: { offset: number; message: string } | undefined;
  visit(document, {
    Alias(_key, alias, path) {
      const anchored = alias.resolve(document);
      if (anchored && path.includes(anchored)) {
        found = {
          offset: alias.range?.[0] ?? 0,
          message: `the alias \`*${alias.source}\` is inside the value its anchor \`&${alias.source}\` names, so it would never end; write the value out instead`,
        };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Where the first alias is written: the place to point at when aliases expand too far. */
function firstAliasOffset(document: Document): number {
  let offset = 0;
  visit(document, {
    Alias(_key, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** The whole line of `text` that holds `offset`. */
function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end);
}

// `title: Webhooks: deliveries delayed`: a value holding `: `, which YAML reads as a second key.
const UNQUOTED_COLON = /^(\s*)([\w-]+):\s+([^'"\s[{].*:\s.*?)\s*$/;
// `impact minor`: a field name and its value without the colon.
const MISSING_COLON = /^(\s*)([a-z][\w-]*)\s+([^\s:#].*?)\s*$/;

function describeYamlError(code: string, message: string, textAtError: string, line: string): string {
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]+/.exec(textAtError)?.[0].trim() ?? '';
    return `\`${key}\` appears twice; each field may appear once, so keep one and delete the other`;
  }
  // The parser recurses into nested collections: thousands deep, it runs out of stack.
  if (message.includes(STACK_OVERFLOW)) return 'lists or maps nest too deeply here (hundreds inside each other); write the value flat';
  const problem = `invalid YAML: ${message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`;
  const colon = UNQUOTED_COLON.exec(line);
  if (colon) {
    const [, , key, value] = colon;
    return `the value of \`${key}\` holds \`: \`, which YAML reads as another field; quote the value (\`${key}: ${JSON.stringify(value)}\`)`;
  }
  const missing = !line.includes(':') && MISSING_COLON.exec(line);
  if (missing) return `a field needs a colon after its name: write \`${missing[2]}: ${missing[3]}\``;
  return problem;
}

function locatePath(document: Document, path: ReadonlyArray<PropertyKey>, at: (offset: number) => Position): Position {
  let node: unknown = document.contents;
  let found: Node | null = (document.contents as Node | null) ?? null;
  for (const key of path) {
    if (!node || typeof node !== 'object' || !('items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    let next: unknown;
    if (isMap(node)) {
      const pair = items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair || !isPair(pair)) break;
      // Point at the key: that is what an author looks for, even when the value is the problem.
      found = pair.key as Node;
      next = pair.value;
    } else {
      next = items[Number(key)];
      if (!next) break;
      found = next as Node;
    }
    node = next;
  }
  return found?.range ? at(found.range[0]) : at(0);
}
