/**
 * Parses one incident or maintenance file: YAML frontmatter plus `## Status · timestamp`
 * update sections, validated against the shared schema, with every problem located.
 */
import { toString as plainText } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import { error, type Diagnostic } from '../core/diagnostics.ts';
import { keepParsedPart, parseMarkdown } from './markdown-html.ts';
import { splitMarkdownFile } from './markdown-file.ts';
import { schemaDiagnostics } from './schema-issues.ts';
import { HEADING_EXAMPLE, headingParts, headingWord, looksLikeUpdateHeading, QUIET_FLAG } from './update-heading.ts';
import { closestMatch, didYouMean } from '../schemas/suggest.ts';
import type { Position } from './yaml-source.ts';
import { incidentSchema, maintenanceSchema, type EventEntry } from '../schemas/incident-schema.ts';
import { INCIDENT_UPDATE_STATUSES, MAINTENANCE_UPDATE_STATUSES } from '../schemas/status-vocabulary.ts';

/** Where things are written in an event file, for checks that report problems after parsing. */
export interface EventSource {
  file: string;
  /** Position of a frontmatter field (or the file start). */
  field(path: ReadonlyArray<PropertyKey>): Position;
  /** Position of the heading of update `index` (newest first, as written). */
  update(index: number): Position;
}

/** The result of parsing an event file: the entry when valid, and its problems. */
export interface ParsedEventFile {
  entry?: EventEntry;
  source?: EventSource;
  /** The frontmatter as written, when it was a mapping (for checks that also run on invalid files). */
  fields?: Record<string, unknown>;
  diagnostics: Diagnostic[];
}

interface RawUpdate {
  status: string;
  /** The status as written in the heading, such as `In progress`. */
  word: string;
  at: string;
  quiet: boolean;
  /** Component statuses set by the update, as written. */
  components: Record<string, string>;
  message: string;
  position: Position;
}

function splitUpdates(file: string, body: string, bodyLine: number): { updates: RawUpdate[]; diagnostics: Diagnostic[] } {
  const tree = parseMarkdown(body);
  const diagnostics: Diagnostic[] = [];
  const updates: RawUpdate[] = [];
  const lineOf = (node: RootContent) => (node.position?.start.line ?? 1) + bodyLine - 1;
  const headingIndexes = tree.children.flatMap((node, i) => (node.type === 'heading' && node.depth === 2 ? [i] : []));
  const headings = headingIndexes.map((i) => tree.children[i]);
  const firstHeadingOffset = headings[0]?.position?.start.offset ?? body.length;
  // Raw HTML counts as text here too: on a page it is shown as the text it is, and above the first update nothing is shown.
  // `### Identified · …` or `# Identified · …`: an update heading at the wrong level, wherever it is.
  const misleveled = tree.children.filter((node) => node.type === 'heading' && node.depth !== 2 && looksLikeUpdateHeading(plainText(node)));
  for (const heading of misleveled) {
    const text = plainText(heading).trim();
    diagnostics.push(
      error(
        file,
        lineOf(heading),
        1,
        `updates are level-2 headings: write \`## ${text}\` (two \`#\`), not \`${'#'.repeat((heading as { depth: number }).depth)} ${text}\``,
      ),
    );
  }
  const before = (node: RootContent) => (node.position?.start.offset ?? 0) < firstHeadingOffset;
  // Text under a misleveled heading is that update's message, already reported with its heading.
  const preamble = misleveled.some(before) ? undefined : tree.children.find(before);
  if (preamble) {
    diagnostics.push(
      error(file, lineOf(preamble), 1, `text before the first update would not be shown; put it under an update heading such as ${HEADING_EXAMPLE}`),
    );
  }
  headings.forEach((heading, index) => {
    const position = { line: lineOf(heading), column: 1 };
    const start = heading.position?.end.offset ?? 0;
    const end = headings[index + 1]?.position?.start.offset ?? body.length;
    const message = body.slice(start, end).trim();
    keepParsedPart(message, tree.children.slice(headingIndexes[index] + 1, headingIndexes[index + 1]));
    const text = plainText(heading).trim();
    const parts = headingParts(text);
    if (!parts) {
      diagnostics.push(
        error(file, position.line, 1, `update heading \`## ${text}\` should be a status and a timestamp with a zone, such as ${HEADING_EXAMPLE}`),
      );
      return;
    }
    if (parts.unknown.length > 0) {
      diagnostics.push(
        error(
          file,
          position.line,
          1,
          `update heading \`## ${text}\` ends with \`${parts.unknown.join(' · ')}\`; after the time only component statuses (\`· api: degraded_performance\`, from this update on) and \`· ${QUIET_FLAG}\` (posted without notifying subscribers) may follow`,
        ),
      );
      return;
    }
    updates.push({ status: parts.status, word: parts.word, at: parts.at, quiet: parts.quiet, components: parts.components, message, position });
  });
  if (headings.length === 0) {
    diagnostics.push(error(file, bodyLine, 1, `no updates: add at least one section headed like ${HEADING_EXAMPLE}, followed by the message`));
  }
  return { updates, diagnostics };
}

/** Parses an event file's text (already normalized); `id` is its file name without `.md`. */
export function parseEventFile(file: string, id: string, text: string): ParsedEventFile {
  const parts = splitMarkdownFile(file, text);
  if ('diagnostics' in parts) return { diagnostics: parts.diagnostics };
  const { frontmatter, body, bodyLine } = parts;
  const fields = frontmatter.value ?? {};
  if (typeof fields !== 'object' || Array.isArray(fields)) {
    return { diagnostics: [error(file, 2, 1, 'the frontmatter must be a mapping of fields such as `title: …`, not a list or a single value')] };
  }
  const { updates, diagnostics } = splitUpdates(file, body, bodyLine);
  const kind = eventKind(fields as Record<string, unknown>);
  if (kind.problem) {
    const { line, column } = frontmatter.locate(['kind']);
    diagnostics.push(error(file, line, column, kind.problem));
  }
  for (const update of updates) {
    if (kind.kind === 'maintenance' && Object.keys(update.components).length > 0) {
      diagnostics.push(
        error(
          file,
          update.position.line,
          1,
          `\`## ${update.word} · ${update.at}\` sets component statuses, which only incident updates do; a maintenance window puts its \`components\` under maintenance while it runs`,
        ),
      );
      update.components = {};
    }
    const meant = statusMeant(kind.kind, update.status);
    if (!meant) continue;
    diagnostics.push(
      error(
        file,
        update.position.line,
        1,
        `\`## ${update.word}\` is not a status of ${kind.kind === 'incident' ? 'an incident' : 'a maintenance window'}; did you mean \`${meant}\` (\`## ${headingWord(meant)} · ${update.at}\`)? Its statuses are ${STATUSES[kind.kind].join(', ')}`,
      ),
    );
    // Said once: the schema is not asked about it again.
    update.status = meant;
  }
  const schema = kind.kind === 'maintenance' ? maintenanceSchema : incidentSchema;
  const input = {
    ...fields,
    kind: kind.kind,
    updates: updates.map(({ status, at, quiet, components, message }) => ({ status, at, quiet, message, ...(kind.kind === 'incident' && { components }) })),
  };
  const source: EventSource = {
    file,
    field: (path) => frontmatter.locate(path),
    update: (index) => updates[index]?.position ?? { line: bodyLine, column: 1 },
  };
  const result = schema.safeParse(input);
  if (!result.success) {
    // With no update headings at all, splitUpdates has already said so.
    const issues = result.error.issues.filter((issue) => !(updates.length === 0 && issue.path.length === 1 && issue.path[0] === 'updates'));
    diagnostics.push(
      ...schemaDiagnostics(issues, {
        file,
        input,
        schema,
        locate: (path) => (path[0] === 'updates' ? source.update(Number(path[1] ?? 0)) : frontmatter.locate(path)),
        label: (path) => updateLabel(updates, path),
        hiddenFields: ['updates'],
      }),
    );
  }
  const raw = fields as Record<string, unknown>;
  if (diagnostics.length > 0 || !result.success) return { diagnostics, source, fields: raw };
  return { entry: { id, filePath: file, data: result.data }, source, fields: raw, diagnostics };
}

const KINDS = ['incident', 'maintenance'];

const STATUSES = { incident: INCIDENT_UPDATE_STATUSES, maintenance: MAINTENANCE_UPDATE_STATUSES } as const;
// The words of the other kind, and the words people write for the end, mapped to the status meant.
const MEANT: Record<'incident' | 'maintenance', Record<string, string>> = {
  incident: {
    completed: 'resolved',
    fixed: 'resolved',
    done: 'resolved',
    closed: 'resolved',
    verifying: 'monitoring',
    in_progress: 'identified',
    scheduled: 'investigating',
  },
  maintenance: {
    resolved: 'completed',
    fixed: 'completed',
    done: 'completed',
    finished: 'completed',
    started: 'in_progress',
    ongoing: 'in_progress',
    monitoring: 'verifying',
  },
};

/** The status an unknown update status most likely means for this kind of event, if any. */
function statusMeant(kind: 'incident' | 'maintenance', status: string): string | undefined {
  return (STATUSES[kind] as readonly string[]).includes(status) ? undefined : MEANT[kind][status];
}

/**
 * Which schema a file is meant for. A mistyped or forgotten `kind` is reported once, and the file
 * is still checked against the schema it most likely meant, instead of drowning the author in
 * errors about every maintenance field being unknown to incidents.
 */
function eventKind(fields: Record<string, unknown>): { kind: 'incident' | 'maintenance'; problem?: string } {
  const written = fields.kind;
  if (written === 'incident' || written === 'maintenance') return { kind: written };
  if (written === undefined) {
    if ('scheduled_for' in fields || 'scheduled_until' in fields) {
      return { kind: 'maintenance', problem: 'this file has a schedule but no `kind`; add `kind: maintenance` (incidents have no schedule)' };
    }
    return { kind: 'incident' };
  }
  const guess = closestMatch(String(written), KINDS) === 'maintenance' || 'scheduled_for' in fields ? 'maintenance' : 'incident';
  return {
    kind: guess,
    problem: `\`kind\` is \`${String(written)}\`, which is not allowed; use \`incident\` (the default) or \`maintenance\`.${didYouMean(String(written), KINDS)}`,
  };
}

function updateLabel(updates: RawUpdate[], path: ReadonlyArray<PropertyKey>): string | undefined {
  if (path[0] !== 'updates') return undefined;
  if (path.length === 1) return 'updates';
  const update = updates[Number(path[1])];
  if (path[2] === 'components') return `the status of component \`${String(path[3] ?? '')}\` in update \`## ${update.word} · ${update.at}\``;
  const field = path[2] === 'at' ? 'time' : path[2] === 'message' ? 'message' : 'status';
  return `the ${field} of update \`## ${update.status} · ${update.at}\``;
}
