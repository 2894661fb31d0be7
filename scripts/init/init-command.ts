/**
 * `upfront init [dir]`: creates a status page repository that holds configuration and content
 * only: settings, the component catalogue, an incidents/ folder git keeps, notifications (all
 * commented out), package.json, the GitHub workflows, PR template, CODEOWNERS, Dependabot and a
 * README. Asks for what no flag gives (or takes defaults with --yes); never overwrites a file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime, IANAZone } from 'luxon';
import { stringify } from 'yaml';
import { slugify } from '../../src/content/content-edits.ts';
import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { siteSettingsSchema } from '../../src/schemas/site-settings-schema.ts';
import { TRANSLATED_LANGUAGES } from '../../src/schemas/languages.ts';
import { notificationsTemplate } from './notification-templates.ts';
import { workflowFiles } from './workflow-files.ts';
import { CliError } from '../cli/cli-support.ts';
import { answer, type Answer } from '../cli/prompts.ts';
import { checkDiagnostics } from '../cli/report-commands.ts';
import type { ParsedFlags } from '../cli/command-table.ts';

const templateDir = fileURLToPath(new URL('./template/', import.meta.url));
const upfrontPackage = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** The flags of `upfront init`, as parsed: the answers it needs, else asked. */
export type InitFlags = Pick<ParsedFlags, 'name' | 'url' | 'base' | 'time-zone' | 'language' | 'support-url' | 'component' | 'yes'>;

/** How a command may ask: at a terminal, or not at all. */
export interface InitOptions {
  interactive: boolean;
  now: Date;
}

/** A site setting checked by the same schema as `site.yml` itself. */
function settingAnswer(field: 'name' | 'url' | 'base' | 'time_zone' | 'language' | 'support_url', text: string): Answer<string> {
  const result = siteSettingsSchema.shape[field].safeParse(text);
  return result.success ? { ok: true, value: result.data as string } : { ok: false, message: result.error.issues[0].message };
}

/**
 * The page's public address, perhaps with a path: GitHub Pages serves a project at
 * `https://acme.github.io/acme-status`. Its origin is `url`, its path (if any) `base`.
 */
export function addressAnswer(text: string): Answer<{ url: string; base?: string }> {
  const trimmed = text.trim();
  const parsed = URL.canParse(trimmed) && /^https?:\/\//i.test(trimmed) ? new URL(trimmed) : undefined;
  // Anything that is no http(s) URL, or has a query or fragment, gets the schema's own explanation.
  if (!parsed || parsed.search || parsed.hash || /\s/.test(trimmed)) return settingAnswer('url', trimmed) as Answer<never>;
  const url = settingAnswer('url', parsed.origin);
  if (!url.ok) return url;
  const path = parsed.pathname.replace(/\/+$/, '');
  if (!path) return { ok: true, value: { url: url.value } };
  const base = settingAnswer('base', `${path}/`);
  return base.ok ? { ok: true, value: { url: url.value, base: base.value } } : { ok: false, message: `its path \`${path}\` is no base path: ${base.message}` };
}

/** Where customers get help: a link, or a bare address (`help@acme.com`), which becomes a `mailto:` link. */
export function supportAnswer(text: string): Answer<string> {
  const trimmed = text.trim();
  return settingAnswer('support_url', /^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/.test(trimmed) ? `mailto:${trimmed}` : trimmed);
}

/** Components separated by commas, each `id=Name` or a name alone (its id derived), checked for a clean, unique id. */
export function componentAnswer(text: string): Answer<Array<{ id: string; name: string }>> {
  const components = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [id, name] = item.includes('=') ? item.split('=', 2).map((s) => s.trim()) : [slugify(item, 'component'), item];
      return { id, name };
    });
  if (components.length === 0) return { ok: false, message: 'name at least one component customers use, such as `Website, API`' };
  const seen = new Set<string>();
  for (const { id, name } of components) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
      return { ok: false, message: `\`${id}\` is no id: use lower-case letters, digits and hyphens, as in \`api=${name || 'API'}\`` };
    if (!name) return { ok: false, message: `\`${id}=\` needs a name after the \`=\`, such as \`${id}=API\`` };
    if (seen.has(id)) return { ok: false, message: `two components would have the id \`${id}\`; give one of them its own, as in \`${id}-eu=${name}\`` };
    seen.add(id);
  }
  return { ok: true, value: components };
}

/** The machine's time zone when it is a real IANA zone, else UTC: a default the person confirms or replaces. */
function defaultTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && zone !== 'Etc/Unknown' && IANAZone.isValidZone(zone) ? zone : 'UTC';
}

/** The text of `site.yml`, commented for the person who edits it next. */
function siteYaml(settings: {
  name: string;
  url: string;
  base: string;
  time_zone: string;
  language: string;
  support_url: string;
  tracking_since: string;
}): string {
  const value = (v: string) => stringify(v).trimEnd();
  return `# The settings of this status page. Reference: the Upfront docs, configuration.md.
name: ${value(settings.name)}
# Where the site is published (an origin; a sub-path goes in \`base\`).
url: ${value(settings.url)}
base: ${value(settings.base)}
# Pages show times in this zone, and days end at its midnight (an IANA name such as Europe/Berlin).
time_zone: ${value(settings.time_zone)}
# The day monitoring began: uptime counts only time since then, and earlier days show "no data".
# A component with its own start has \`since:\` in components/components.yml.
tracking_since: ${settings.tracking_since}
# The language of every page, feed and notification (see translations.md), and, if you want
# other than its own convention, the clock.
language: ${value(settings.language)}
# clock: 24h
# Where customers get help: an https or mailto link.
support_url: ${value(settings.support_url)}
# Your privacy policy, linked beside the email form that a mailing list in notifications.yml adds.
# privacy_url: https://example.com/privacy
# Make it yours: a logo and a stylesheet of your own in public/, an accent colour (checked for
# contrast), and links in the footer.
# logo: logo.svg
# accent_color: "#0b57b0"
# stylesheet: site.css
# footer_links:
#   - label: Privacy
#     url: https://example.com/privacy
# The availability you promise each month (per cent), and the policy that says what customers
# receive below it: the uptime pages mark each month below its target, with the incidents behind it.
# sla: 99.9
# sla_url: https://example.com/sla
`;
}

/** The text of `components/components.yml`. */
function componentsYaml(components: Array<{ id: string; name: string }>): string {
  const lines = components.flatMap(({ id, name }) => [`      - id: ${id}`, `        name: ${stringify(name).trimEnd()}`]);
  return `# The components customers see, in groups, in display order. Ids are stable: incidents refer to
# them, and they appear in URLs and in the JSON API. Add a \`description\` or a \`link\` to any.
groups:
  - id: services
    name: Services
    components:
${lines.join('\n')}
`;
}

const SCRIPTS = { check: 'upfront check', build: 'upfront build', dev: 'upfront dev', preview: 'upfront preview', upfront: 'upfront' };

/** package.json: a new one, or the existing one with only what is missing added. */
function packageJson(existing: string | undefined, dir: string): { text: string; added: string[] } {
  const dependency = `^${upfrontPackage.version}`;
  if (existing === undefined) {
    const name = slugify(basename(dir), 'status-page');
    const created = { name, private: true, description: 'Our status page, published with Upfront.', scripts: SCRIPTS, dependencies: { upfront: dependency } };
    return { text: `${JSON.stringify(created, null, 2)}\n`, added: ['all'] };
  }
  let json: Record<string, Record<string, string>>;
  try {
    json = JSON.parse(existing);
  } catch (e) {
    throw new CliError(`package.json is not valid JSON (${(e as Error).message}); fix it, then run \`upfront init\` again. Nothing was written.`);
  }
  const added: string[] = [];
  json.scripts ??= {};
  for (const [name, command] of Object.entries(SCRIPTS)) {
    if (json.scripts[name] === undefined) {
      json.scripts[name] = command;
      added.push(`scripts.${name}`);
    }
  }
  if (!json.dependencies?.upfront && !json.devDependencies?.upfront) {
    json.dependencies = { ...json.dependencies, upfront: dependency };
    added.push('dependencies.upfront');
  }
  const indent = /^\{\n(\s+)/.exec(existing)?.[1] ?? '  ';
  return { text: `${JSON.stringify(json, null, indent)}\n`, added };
}

/** Template files, as paths in the new repository (npm does not ship a file named `.gitignore`). */
export function templateFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(templateDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = relative(templateDir, join(entry.parentPath, entry.name));
    files.set(file === 'gitignore' ? '.gitignore' : file, readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  }
  return files;
}

/** Creates the status repository in `target`; returns the exit code. */
export async function init(target: string, flags: InitFlags, options: InitOptions): Promise<number> {
  const dir = resolve(target);
  if (existsSync(join(dir, 'site.yml')))
    throw new CliError(`${dir} already holds a status page (site.yml); nothing was written. Edit its files, or run \`upfront init\` in a new folder.`);
  // With --yes nothing is asked: every missing answer takes its default.
  const yes = Boolean(flags.yes);
  const ask = <T>(flag: string, given: string | undefined, fallback: string, question: string, parse: (text: string) => Answer<T>) =>
    answer({
      flag,
      given,
      fallback,
      question,
      parse,
      interactive: options.interactive && !yes,
      defaultWithoutTerminal: yes,
      missingHint: '; give it, or --yes to take the defaults',
    });
  const defaultName = basename(dir).toLowerCase().includes('status') ? titleCase(basename(dir)) : `${titleCase(basename(dir))} Status`;
  const name = await ask('name', flags.name, defaultName, 'Page name', (t) => settingAnswer('name', t));
  const address = await ask('url', flags.url, 'https://status.example.com', 'Public URL (with its path, if the site is served under one)', addressAnswer);
  const { url } = address;
  const givenBase = flags.base === undefined ? undefined : settingAnswer('base', flags.base);
  if (address.base && flags.base !== undefined && !(givenBase?.ok && givenBase.value === address.base)) {
    throw new CliError(`--url ${flags.url} is served under \`${address.base}\`, but --base says \`${flags.base}\`; give one of them. Nothing was written.`, 2);
  }
  // A path in the address is the base path: asking again would only invite a mismatch.
  const base = address.base ?? (await ask('base', flags.base, '/', 'Base path (`/`, or `/status/` for a sub-path)', (t) => settingAnswer('base', t)));
  if (address.base) console.log(`The site is served under a path: url ${url}, base ${base}.`);
  const time_zone = await ask('time-zone', flags['time-zone'], defaultTimeZone(), 'Time zone of the page (IANA, such as Europe/Berlin)', (t) =>
    settingAnswer('time_zone', t),
  );
  const language = await ask(
    'language',
    flags.language,
    'en',
    `Language of the page (${TRANSLATED_LANGUAGES.join(', ')}, or a regional tag such as en-US)`,
    (t) => settingAnswer('language', t),
  );
  const support_url = await ask(
    'support-url',
    flags['support-url'],
    'mailto:support@example.com',
    'Where customers get help (a link, or an email address)',
    supportAnswer,
  );
  const components = await ask('component', flags.component?.join(','), 'Website, API', 'Components customers use, separated by commas', componentAnswer);

  const files = templateFiles();
  const tracking_since = DateTime.fromJSDate(options.now, { zone: time_zone }).toISODate()!;
  files.set('site.yml', siteYaml({ name, url, base, time_zone, language, support_url, tracking_since }));
  files.set('components/components.yml', componentsYaml(components));
  files.set('notifications.yml', notificationsTemplate());
  const template = new Map(files);
  for (const [path, text] of workflowFiles({ url, base, time_zone }, options.now, (p) => template.get(p)!)) files.set(path, text);
  files.set('README.md', files.get('README.md')!.replaceAll('{{name}}', name).replaceAll('{{url}}', url).replaceAll('{{base}}', base));

  const packagePath = join(dir, 'package.json');
  const pkg = packageJson(existsSync(packagePath) ? readFileSync(packagePath, 'utf8') : undefined, dir);
  const written: string[] = [];
  const kept: string[] = [];
  for (const [path, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const file = join(dir, path);
    if (existsSync(file)) {
      kept.push(path);
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text, { flag: 'wx' });
    written.push(path);
  }
  if (pkg.added.length > 0) writeFileSync(packagePath, pkg.text);

  // What init writes must pass the strictest check; this is the proof, before the person relies on it.
  const { diagnostics } = await checkDiagnostics({ contentDir: dir, content: await loadContent(dir, options.now), now: options.now }, true);
  if (diagnostics.length > 0) {
    throw new CliError(`the new site does not pass \`upfront check --strict\`:\n${diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
  }
  const where = relative(process.cwd(), dir) || '.';
  const repository = startRepository(dir);
  console.log(`Created a status page in ${where}/:`);
  for (const path of written) console.log(`  + ${path}`);
  if (pkg.added.length > 0) console.log(pkg.added[0] === 'all' ? '  + package.json' : `  ~ package.json (added ${pkg.added.join(', ')})`);
  for (const path of kept) console.log(`  = ${path} (exists, left as it was)`);
  if (repository) console.log(`\n${repository}`);
  const placeholders = [url, support_url].filter((v) => v.includes('example.com'));
  if (placeholders.length > 0) console.log(`\nReplace the example addresses in site.yml before you publish: ${placeholders.join(', ')}`);
  console.log(
    `\nNext:\n${where === '.' ? '' : `  cd ${where}\n`}  npm install            # then commit package-lock.json too: the workflows install from it\n` +
      `  npx upfront dev        # see the page at http://localhost:4321${base}\n  npx upfront new        # post the first incident, when one comes`,
  );
  return 0;
}

/**
 * A git repository for `dir` on branch `main`, unless `dir` is inside one already; says what it
 * did. The workflows run on the repository's default branch, whatever its name.
 */
function startRepository(dir: string): string | undefined {
  const inside = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: dir, encoding: 'utf8' });
  if (inside.error) return 'git is not installed: create the repository yourself (`git init -b main`) before you push it.';
  if (inside.status === 0) return undefined;
  const started = spawnSync('git', ['init', '-q', '-b', 'main'], { cwd: dir, encoding: 'utf8' });
  return started.status === 0
    ? 'Started a git repository on branch main (nothing committed yet).'
    : `git init failed (${started.stderr.trim()}): create the repository yourself (\`git init -b main\`).`;
}

/** `acme-status` → `Acme Status`. */
function titleCase(folder: string): string {
  return (
    folder
      .split(/[-_\s]+/)
      .filter(Boolean)
      .map((word) => word[0].toUpperCase() + word.slice(1))
      .join(' ') || 'Our'
  );
}
