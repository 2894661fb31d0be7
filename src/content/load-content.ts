/**
 * Reads and validates a whole content folder (site.yml, components/, incidents/) and reports
 * every problem at once. Used by the build, `check`, the CLI and the benchmark.
 */
// Content files are small and many: synchronous reads take a few microseconds each, where every
// awaited one waits for a turn of the thread pool (seconds, summed over a large site).
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { imageSize } from 'image-size';
import { lstat, readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { error, warning, sortDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import { checkComponentReferences, checkEvent, checkWatchedTime, type WatchedFrom } from './event-checks.ts';
import { newestFirst } from '../core/event-state.ts';
import { frontmatterBounds, normalizeText, splitMarkdownFile } from './markdown-file.ts';
import { parseEventFile, type EventSource } from './parse-event-file.ts';
import { markdownShapeProblem } from '../schemas/markdown-limits.ts';
import { MAX_ID_CHARS } from '../schemas/field-types.ts';
import { describeForbidden, FORBIDDEN_CHARACTER } from '../core/forbidden-characters.ts';
import { PLACEHOLDERS } from './postmortem-scaffold.ts';
import { schemaDiagnostics } from './schema-issues.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { componentCatalogSchema, type ComponentCatalog } from '../schemas/components-schema.ts';
import type { EventEntry } from '../schemas/incident-schema.ts';
import { postmortemSchema, type PostmortemEntry } from '../schemas/postmortem-schema.ts';
import { siteSettingsSchema, type SiteSettings, type SlaSettings } from '../schemas/site-settings-schema.ts';
import { didYouMean } from '../schemas/suggest.ts';
import type { z } from 'astro/zod';
import { catalogIndex } from '../core/catalog.ts';
import { watchStarts } from '../core/watched-time.ts';

/** File names inside a content folder. */
export const CONTENT_FILES = {
  settings: 'site.yml',
  catalog: join('components', 'components.yml'),
  incidents: 'incidents',
} as const;

/** Everything a site is built from; parts are missing only when they had errors. */
export interface SiteContent {
  settings?: SiteSettings;
  catalog?: ComponentCatalog;
  /** Incidents and maintenance, newest first by first post. */
  events: EventEntry[];
  postmortems: PostmortemEntry[];
  /** Where each valid event's fields and updates are written, by event id. */
  sources: Map<string, EventSource>;
  diagnostics: Diagnostic[];
  fileCount: number;
}

/** Files of incidents/ that are no content: its guide and git's placeholder. */
const INCIDENTS_FOLDER_KEEPERS = new Set([join(CONTENT_FILES.incidents, 'README.md'), join(CONTENT_FILES.incidents, '.gitkeep')]);

const EVENT_FILE_NAME = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const POSTMORTEM_SUFFIX = '.postmortem.md';

/** Content files larger than this are refused: an incident is a page of text, and parsing stays bounded. */
export const MAX_FILE_BYTES = 200_000;

/** The error of a content file of `size` bytes, more than MAX_FILE_BYTES. */
export function tooLarge(file: string, size: number): Diagnostic {
  return error(
    file,
    1,
    1,
    `is ${(size / 1000).toFixed(1)} KB; content files must be under ${MAX_FILE_BYTES / 1000} KB, so move long material elsewhere and link to it`,
  );
}

/** Line and column of a character offset in `text`. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

const realRoots = new Map<string, string>();

/** The target of `file` when it is a link leading out of the content folder. */
function linkOutside(contentDir: string, file: string): string | undefined {
  // The folder's own real path is looked up once per process, not once per file.
  let root = realRoots.get(contentDir);
  if (root === undefined) realRoots.set(contentDir, (root = realpathSync.native(contentDir)));
  const real = realpathSync.native(join(contentDir, file));
  return real !== root && !real.startsWith(`${root}${sep}`) ? real : undefined;
}

/** Where the Markdown of a `.md` file starts (after its frontmatter), as a line index; YAML files have none. */
function markdownStartLine(file: string, text: string): number | undefined {
  if (!file.endsWith('.md')) return undefined;
  if (!/^---[ \t]*\n/.test(text)) return 0;
  const bounds = frontmatterBounds(text);
  return bounds ? text.slice(0, bounds.bodyStart).split('\n').length - 1 : text.split('\n').length;
}

/**
 * What makes decoded text unusable before any parsing: Markdown (the body of a `.md` file) of a
 * shape beyond the limits, or a control character. YAML is bounded by the file size and the
 * parser's own limits instead: a catalogue of thousands of components is not a paragraph.
 */
export function contentTextProblem(file: string, text: string): Diagnostic | undefined {
  const lines = text.split('\n');
  const start = markdownStartLine(file, text);
  const shape = start === undefined ? undefined : markdownShapeProblem(lines.slice(start).join('\n'));
  if (shape) return error(file, shape.line + start!, shape.column, shape.message);
  const forbidden = FORBIDDEN_CHARACTER.exec(text);
  if (forbidden) {
    const { line, column } = positionAt(text, forbidden.index);
    return error(file, line, column, `contains ${describeForbidden(forbidden[0])}; delete it (it often comes with text pasted from a terminal or chat)`);
  }
  return undefined;
}

/**
 * Reads a content file as UTF-8 text, or explains why it cannot be used: a link leading out of
 * the content folder, a file too large, bytes that are not UTF-8, or control characters.
 */
function readText(contentDir: string, file: string): { text: string } | { diagnostic: Diagnostic } {
  const outside = linkOutside(contentDir, file);
  if (outside) return { diagnostic: error(file, 1, 1, `is a link to ${outside}, outside the content folder; copy the file into the folder instead`) };
  const real = realpathSync.native(join(contentDir, file));
  const stats = statSync(real);
  if (!stats.isFile() && lstatSync(join(contentDir, file)).isSymbolicLink()) {
    return {
      diagnostic: error(
        file,
        1,
        1,
        `is a link to ${stats.isDirectory() ? 'a folder' : 'something that is not a file'}; content files are files of their own, so move them here instead`,
      ),
    };
  }
  const { size } = stats;
  if (size > MAX_FILE_BYTES) return { diagnostic: tooLarge(file, size) };
  const bytes = readFileSync(real);
  let text: string;
  try {
    text = normalizeText(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    const valid = new TextDecoder('utf-8').decode(bytes).split('\uFFFD')[0];
    const { line, column } = positionAt(valid, valid.length);
    return { diagnostic: error(file, line, column, 'the file is not valid UTF-8 text; save it as UTF-8 in your editor') };
  }
  const problem = contentTextProblem(file, text);
  if (problem) return { diagnostic: problem };
  return { text };
}

/** What the checks of an event need to know of the site: the clock and the catalogue. */
export interface EventRules {
  now: Date;
  componentIds: readonly string[];
  groupMembers: ReadonlyMap<string, readonly string[]>;
  /** When each component's monitoring began, and where that is said; none without `tracking_since` or `since`. */
  watchedFrom: ReadonlyMap<string, WatchedFrom>;
}

/** The rules of a site with this catalogue (and these settings, for when monitoring began) at `now`. */
export function eventRules(catalog: ComponentCatalog, now: Date, settings?: SiteSettings): EventRules {
  const watchedFrom = new Map<string, WatchedFrom>();
  const starts = watchStarts(settings?.tracking_since, settings?.time_zone ?? 'UTC');
  for (const component of catalog.groups.flatMap((group) => group.components)) {
    const start = settings && starts(component);
    const said = component.since
      ? `\`since: ${component.since}\` of \`${component.id}\` in ${CONTENT_FILES.catalog}`
      : `\`tracking_since: ${settings?.tracking_since}\` in ${CONTENT_FILES.settings}`;
    if (start) watchedFrom.set(component.id, { start, said });
  }
  return { now, componentIds: catalogIndex(catalog).componentIds, groupMembers: catalogIndex(catalog).groupMembers, watchedFrom };
}

/**
 * An event file's decoded text checked as the build checks it: parsed, then its fields and
 * updates against the catalogue (`rules`; without a catalogue only the parse is checked).
 * The entry is given only when nothing is wrong with it. `upfront` checks the text it is
 * about to write with this too, so the CLI refuses exactly what \`check\` refuses.
 */
export function checkEventText(
  file: string,
  id: string,
  text: string,
  rules: EventRules | undefined,
): { entry: EventEntry; source: EventSource; diagnostics: Diagnostic[] } | { entry?: undefined; diagnostics: Diagnostic[] } {
  const parsed = parseEventFile(file, id, text);
  if (!rules || !parsed.source) return { diagnostics: parsed.diagnostics };
  if (!parsed.entry)
    return {
      diagnostics: [...parsed.diagnostics, ...checkComponentReferences(parsed.fields?.components, parsed.source, rules.componentIds, rules.groupMembers)],
    };
  const checked = checkEvent(parsed.entry, parsed.source, rules);
  if (checked.length > 0) return { diagnostics: [...parsed.diagnostics, ...checked] };
  return {
    entry: parsed.entry,
    source: parsed.source,
    diagnostics: [...parsed.diagnostics, ...checkWatchedTime(parsed.entry, parsed.source, rules.watchedFrom)],
  };
}

/** Parses a YAML file of the content folder against a schema, with located errors. */
export async function readYamlFile<S extends z.ZodType>(
  contentDir: string,
  file: string,
  schema: S,
  check: (value: z.output<S>, source: YamlSource) => Diagnostic[] = () => [],
): Promise<{ value?: z.output<S>; diagnostics: Diagnostic[]; source?: YamlSource }> {
  let read: ReturnType<typeof readText>;
  try {
    read = readText(contentDir, file);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    const problem = missing ? `${file} is missing` : `${file} cannot be read (${(e as Error).message}); it must be a readable text file`;
    return { diagnostics: [error(file, 1, 1, `${problem}; see docs/configuration.md in Upfront`)] };
  }
  if ('diagnostic' in read) return { diagnostics: [read.diagnostic] };
  const source = parseYamlSource(read.text);
  if (source.errors.length > 0) return { diagnostics: source.errors.map((e) => error(file, e.line, e.column, e.message)) };
  const result = schema.safeParse(source.value ?? {});
  if (!result.success) {
    return { diagnostics: schemaDiagnostics(result.error.issues, { file, input: source.value, schema, locate: source.locate }) };
  }
  const problems = check(result.data, source);
  return problems.length > 0 ? { diagnostics: problems } : { value: result.data, diagnostics: [], source };
}

/** The ids of `sla.components` in site.yml name groups or components of the catalogue. */
function checkTargetIds(sla: SlaSettings, catalog: ComponentCatalog, source: YamlSource): Diagnostic[] {
  const known = [...catalog.groups.map((group) => group.id), ...catalogIndex(catalog).componentIds];
  return Object.keys(sla.components)
    .filter((id) => !known.includes(id))
    .map((id) => {
      const { line, column } = source.locate(['sla', 'components', id]);
      return error(
        CONTENT_FILES.settings,
        line,
        column,
        `unknown component or group \`${id}\`.${didYouMean(id, known)} Components are listed in ${CONTENT_FILES.catalog}`,
      );
    });
}

/** Group and component ids share one namespace (as in Statuspage's API) and must be unique. */
function checkCatalogIds(catalog: ComponentCatalog, source: YamlSource): Diagnostic[] {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const claim = (id: string, path: PropertyKey[]) => {
    if (seen.has(id)) {
      const { line, column } = source.locate(path);
      diagnostics.push(error(CONTENT_FILES.catalog, line, column, `duplicate id \`${id}\`; every group and component needs its own id`));
    }
    seen.add(id);
  };
  catalog.groups.forEach((group, g) => {
    claim(group.id, ['groups', g, 'id']);
    group.components.forEach((component, c) => {
      claim(component.id, ['groups', g, 'components', c, 'id']);
    });
  });
  return diagnostics;
}

/**
 * Every file below `dir`, as paths relative to `root`, sorted, outside dot-folders. A link is
 * listed as itself and never followed (readText then says where it leads), on every Node: Node 26's
 * recursive readdir walks into linked folders, so the walk is Upfront's own.
 */
async function listFiles(root: string, dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(join(root, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) await walk(path);
      } else if (entry.isFile() || entry.isSymbolicLink()) found.push(path);
    }
  };
  const top = await lstat(join(root, dir)).catch(() => undefined);
  if (top?.isSymbolicLink()) return [dir];
  await walk(dir);
  return found.sort();
}

/**
 * A postmortem file's text checked as the build checks it. One without \`published\` is a draft:
 * not published anywhere (a warning says what is left), so it can be written over days and is
 * announced when it is published. A published one may not keep a section unwritten; every such
 * section is reported at once.
 */
export function checkPostmortemText(file: string, id: string, text: string): { entry?: PostmortemEntry; draft?: true; diagnostics: Diagnostic[] } {
  const parts = splitMarkdownFile(file, text);
  if ('diagnostics' in parts) return parts;
  const fields = parts.frontmatter.value ?? {};
  if (typeof fields !== 'object' || Array.isArray(fields)) {
    return { diagnostics: [error(file, 2, 1, 'the frontmatter must be a mapping of fields such as `published: …`')] };
  }
  const input = { ...fields, body: parts.body };
  const result = postmortemSchema.safeParse(input);
  if (!result.success) {
    const locate = (path: ReadonlyArray<PropertyKey>) => (path[0] === 'body' ? { line: parts.bodyLine, column: 1 } : parts.frontmatter.locate(path));
    return { diagnostics: schemaDiagnostics(result.error.issues, { file, input, schema: postmortemSchema, locate, hiddenFields: ['body'] }) };
  }
  const unfinished = parts.body.split('\n').flatMap((text, index) => {
    const placeholder = PLACEHOLDERS.find((words) => text.includes(words));
    return placeholder ? [{ line: parts.bodyLine + index, placeholder }] : [];
  });
  if (result.data.published === undefined) {
    const lines = unfinished.map(({ line }) => line).join(', ');
    const left =
      unfinished.length === 0
        ? 'every section is written'
        : `${unfinished.length} ${unfinished.length === 1 ? 'section still says' : 'sections still say'} \`${unfinished[0].placeholder}\` (line${unfinished.length === 1 ? '' : 's'} ${lines})`;
    return {
      draft: true,
      diagnostics: [
        warning(
          file,
          1,
          1,
          `draft postmortem, not published: ${left}. When it is finished, run \`upfront postmortem ${id} --publish\`, which sets \`published\` to that moment so that subscribers are told`,
        ),
      ],
    };
  }
  if (unfinished.length > 0) {
    return {
      diagnostics: unfinished.map(({ line, placeholder }) =>
        error(file, line, 1, `this section still says \`${placeholder}\`; write it (or delete the section) before the postmortem is published`),
      ),
    };
  }
  return { entry: { id, filePath: file, data: { ...result.data, published: result.data.published } }, diagnostics: [] };
}

/** The size of the logo in `public/`, or why it cannot be shown (the header reserves its space from it). */
export function logoSize(contentDir: string, file: string): { width: number; height: number } | { problem: string } {
  const path = join(contentDir, 'public', file);
  if (!existsSync(path)) return { problem: `names public/${file}, which does not exist; put the file in the site's public/ folder, or fix the name` };
  try {
    const { width, height } = imageSize(readFileSync(path));
    if (width && height) return { width, height };
  } catch {
    // Not an image it can read: said below, like an image without a size.
  }
  return {
    problem: `names public/${file}, which is not an image with a width and height; export it again (an SVG needs \`width\`/\`height\` or a \`viewBox\`)`,
  };
}

/** The files that `site.yml` names in the site's `public/` folder (logo, stylesheet) must be there, and the logo an image. */
function checkPublicFiles(contentDir: string, settings: SiteSettings, source: YamlSource): Diagnostic[] {
  const problems: Array<[field: string, problem: string]> = [];
  if (settings.logo) {
    const size = logoSize(contentDir, settings.logo);
    if ('problem' in size) problems.push(['logo', size.problem]);
  }
  if (settings.stylesheet && !existsSync(join(contentDir, 'public', settings.stylesheet))) {
    problems.push(['stylesheet', `names public/${settings.stylesheet}, which does not exist; put the file in the site's public/ folder, or fix the name`]);
  }
  return problems.map(([field, problem]) => {
    const { line, column } = source.locate([field]);
    return error(CONTENT_FILES.settings, line, column, `\`${field}\` ${problem}`);
  });
}

/** Reads and validates only `site.yml` (the Astro config needs the URL and base before anything else). */
export function readSiteSettings(contentDir: string): Promise<{ value?: SiteSettings; diagnostics: Diagnostic[]; source?: YamlSource }> {
  return readYamlFile(contentDir, CONTENT_FILES.settings, siteSettingsSchema, (settings, source) => checkPublicFiles(contentDir, settings, source));
}

/** Loads and validates the content folder; `now` decides what counts as "in the future". */
export async function loadContent(contentDir: string, now: Date): Promise<SiteContent> {
  if (!existsSync(contentDir)) {
    const problem = error(contentDir, 1, 1, 'the content folder does not exist; check UPFRONT_CONTENT (it should hold site.yml, components/ and incidents/)');
    return { events: [], postmortems: [], sources: new Map(), diagnostics: [problem], fileCount: 0 };
  }
  const diagnostics: Diagnostic[] = [];
  const settings = await readSiteSettings(contentDir);
  const catalog = await readYamlFile(contentDir, CONTENT_FILES.catalog, componentCatalogSchema, checkCatalogIds);
  diagnostics.push(...settings.diagnostics, ...catalog.diagnostics);
  if (settings.value?.sla && settings.source && catalog.value) diagnostics.push(...checkTargetIds(settings.value.sla, catalog.value, settings.source));

  const rules = catalog.value && eventRules(catalog.value, now, settings.value);

  for (const other of await listFiles(contentDir, 'components')) {
    if (other !== CONTENT_FILES.catalog) {
      diagnostics.push(error(other, 1, 1, `unexpected file: the catalogue lives in ${CONTENT_FILES.catalog} alone; move its content there or delete it`));
    }
  }

  const files = await listFiles(contentDir, CONTENT_FILES.incidents);
  const events: EventEntry[] = [];
  const postmortems: PostmortemEntry[] = [];
  const sources = new Map<string, EventSource>();
  const idOwners = new Map<string, string>();
  for (const file of files) {
    const name = file.split('/').pop() ?? file;
    // The folder's guide (written by `upfront init`) and git's conventional placeholder keep the
    // folder in a repository before its first incident; neither is content.
    if (INCIDENTS_FOLDER_KEEPERS.has(file)) continue;
    if (name.startsWith('.')) {
      diagnostics.push(warning(file, 1, 1, 'hidden file: it is not published; delete it if an editor left it behind, or remove the leading `.`'));
      continue;
    }
    let outside: string | undefined;
    try {
      outside = linkOutside(contentDir, file);
    } catch {
      // A broken link: reading it below says so.
    }
    if (outside) {
      diagnostics.push(error(file, 1, 1, `is a link to ${outside}, outside the content folder; copy the file into the folder instead`));
      continue;
    }
    if (!name.endsWith('.md')) {
      diagnostics.push(
        error(file, 1, 1, 'unexpected file in incidents/: only `YYYY-MM-DD-short-slug.md` incidents and their `.postmortem.md` files belong here'),
      );
      continue;
    }
    const isPostmortem = name.endsWith(POSTMORTEM_SUFFIX);
    const id = name.slice(0, -(isPostmortem ? POSTMORTEM_SUFFIX : '.md').length);
    if (!EVENT_FILE_NAME.test(id)) {
      diagnostics.push(
        error(
          file,
          1,
          1,
          `file name \`${name}\` should be \`YYYY-MM-DD-short-slug.md\` in lower case, such as \`2026-11-20-api-errors.md\`; the name is the page's URL`,
        ),
      );
      continue;
    }
    if (id.length > MAX_ID_CHARS) {
      diagnostics.push(
        error(
          file,
          1,
          1,
          `file name \`${name}\` makes an id of ${id.length} characters; ids are at most ${MAX_ID_CHARS}, since each names a page address, so shorten the slug, such as \`${id.slice(0, 10)}-api-errors.md\``,
        ),
      );
      continue;
    }
    let read: ReturnType<typeof readText>;
    try {
      read = readText(contentDir, file);
    } catch (e) {
      const { code, message } = e as NodeJS.ErrnoException;
      read = {
        diagnostic: error(
          file,
          1,
          1,
          code === 'ENOENT'
            ? 'is a link to a file that does not exist; delete it or copy the file in'
            : `cannot be read (${code ?? message}); it must be a readable text file`,
        ),
      };
    }
    if ('diagnostic' in read) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    if (isPostmortem) {
      const parsed = checkPostmortemText(file, id, read.text);
      diagnostics.push(...parsed.diagnostics);
      if (parsed.entry) postmortems.push(parsed.entry);
      continue;
    }
    const owner = idOwners.get(id);
    if (owner) {
      diagnostics.push(error(file, 1, 1, `duplicate id \`${id}\`: ${owner} has the same file name; rename one of them`));
      continue;
    }
    idOwners.set(id, file);
    const checked = checkEventText(file, id, read.text, rules);
    diagnostics.push(...checked.diagnostics);
    if (checked.entry) {
      events.push(checked.entry);
      sources.set(id, checked.source);
    }
  }

  for (const postmortem of postmortems) {
    if (!idOwners.has(postmortem.id)) {
      diagnostics.push(
        error(
          postmortem.filePath ?? postmortem.id,
          1,
          1,
          `postmortem for \`${postmortem.id}\`, but there is no incidents/…/${postmortem.id}.md; name it after its incident's file`,
        ),
      );
    }
  }

  events.sort(newestFirst);
  return {
    settings: settings.value,
    catalog: catalog.value,
    events,
    postmortems,
    sources,
    diagnostics: sortDiagnostics(diagnostics),
    fileCount: files.length + 2,
  };
}
