/** Turns zod issues into messages an engineer can act on mid-outage. */
import type { z } from 'astro/zod';
import { didYouMean } from '../schemas/suggest.ts';
import { error, type Diagnostic } from '../core/diagnostics.ts';
import type { Position } from './yaml-source.ts';

type Issue = z.core.$ZodIssue;
type AnySchema = z.ZodType;

/** The value at `path` inside `input`, or undefined. */
function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A path written the way it appears in YAML: `groups[0].components[2].id`. */
function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** Unwraps optional, default and transform wrappers to reach the schema that has a shape. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema as unknown as { _zod: { def: Record<string, unknown> } };
  for (let depth = 0; depth < 10; depth++) {
    const def = current._zod.def;
    // A preprocessed schema is a pipe from a transform into the schema that has the fields.
    const piped = def.in as typeof current | undefined;
    const inner = def.innerType ?? (piped?._zod.def.type === 'transform' ? def.out : piped);
    if (!inner) break;
    current = inner as typeof current;
  }
  return current as unknown as AnySchema;
}

type Def = Record<string, unknown>;
const defOf = (schema: AnySchema) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The branch of a discriminated union that `value` takes, by its discriminator. */
function unionBranch(def: Def, value: unknown): AnySchema | undefined {
  const discriminator = def.discriminator as string | undefined;
  if (!discriminator || value === null || typeof value !== 'object') return undefined;
  const written = (value as Record<string, unknown>)[discriminator];
  return (def.options as AnySchema[]).find((option) => {
    const literal = defOf(unwrap((defOf(option).shape as Record<string, AnySchema>)[discriminator]));
    return (literal.values as unknown[] | undefined)?.includes(written);
  });
}

/** The field names an object schema allows at `path` in `input`, for "did you mean" on unknown fields. */
function allowedKeysAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>, input: unknown): string[] {
  let current: AnySchema | undefined = unwrap(schema);
  const pick = (index: number) => {
    const def = defOf(current!);
    if (def.options) current = unionBranch(def, valueAt(input, path.slice(0, index)));
    if (current) current = unwrap(current);
  };
  for (const [index, key] of path.entries()) {
    pick(index);
    if (!current) return [];
    const def = defOf(current);
    if (def.shape) current = unwrap((def.shape as Record<string, AnySchema>)[String(key)]);
    else if (def.element) current = unwrap(def.element as AnySchema);
    if (!current) return [];
  }
  pick(path.length);
  return current && defOf(current).shape ? Object.keys(defOf(current).shape as object) : [];
}

function describeType(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  // `!!binary` data: YAML gives bytes, which no field takes.
  if (value instanceof Uint8Array) return 'binary data (`!!binary`)';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

/** Our schemas phrase their own type errors ("should be text"); zod's defaults start "Invalid". */
function ownWords(issue: Issue & { code: 'invalid_type' }): string {
  return issue.message.startsWith('Invalid') ? `should be ${issue.expected}` : issue.message;
}

/** A value missing or outside `allowed`, with the closest allowed one. */
function notOneOf(label: string, value: unknown, allowed: string[]): string {
  if (value === undefined) return `${label} is missing; add it, with one of: ${allowed.join(', ')}`;
  // `[major]` would print as `major`, and "did you mean `major`?" helps nobody.
  if (typeof value === 'object' && value !== null) return `${label} should be one value, not ${describeType(value)}; use one of: ${allowed.join(', ')}`;
  return `${label} is \`${String(value)}\`, which is not allowed; use one of: ${allowed.join(', ')}.${didYouMean(String(value), allowed)}`;
}

/**
 * The message for one issue, without its location. `label` names the field as the author wrote it.
 */
function describeIssue(issue: Issue, input: unknown, label: string): string {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${label} is missing; add it (it ${ownWords(issue)})`;
      return `${label} ${ownWords(issue)}, not ${describeType(value)}`;
    case 'invalid_value':
      return notOneOf(label, value, issue.values.map(String));
    case 'invalid_key': {
      const inner = issue.issues[0];
      return `${label} ${inner?.message ?? 'is not a valid key'}`;
    }
    case 'invalid_union': {
      // A discriminated union (`type: slack | email | …`): say which values the field takes.
      const options = (issue as { options?: unknown[] }).options;
      return options ? notOneOf(label, value, options.map(String)) : `${label} ${issue.message}`;
    }
    default:
      // Messages that quote the value read better after a colon: "`started`: `14:00` has no time zone".
      return issue.message.startsWith('`') ? `${label}: ${issue.message}` : `${label} ${issue.message}`;
  }
}

/** Where and how a schema was applied, for turning its issues into diagnostics. */
export interface SchemaIssueContext {
  file: string;
  input: unknown;
  schema: AnySchema;
  locate(path: ReadonlyArray<PropertyKey>): Position;
  /** How to name a path in messages; defaults to its YAML spelling. */
  label?(path: ReadonlyArray<PropertyKey>): string | undefined;
  /** Schema fields that authors do not write as fields (such as `updates`, parsed from the body). */
  hiddenFields?: readonly string[];
}

/** One located error per zod issue, and one per unknown field. */
export function schemaDiagnostics(issues: readonly Issue[], context: SchemaIssueContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const labelOf = (path: ReadonlyArray<PropertyKey>) => context.label?.(path) ?? `\`${formatPath(path)}\``;
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(context.schema, issue.path, context.input).filter((key) => !context.hiddenFields?.includes(key));
      for (const key of issue.keys) {
        const { line, column } = context.locate([...issue.path, key]);
        const where = issue.path.length ? ` in ${labelOf(issue.path)}` : '';
        diagnostics.push(
          error(context.file, line, column, `unknown field \`${key}\`${where}.${didYouMean(key, allowed)} Allowed fields: ${allowed.join(', ')}`),
        );
      }
      continue;
    }
    const { line, column } = context.locate(issue.path);
    diagnostics.push(error(context.file, line, column, describeIssue(issue, context.input, labelOf(issue.path))));
  }
  return diagnostics;
}
