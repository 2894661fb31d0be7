/**
 * The content folder as it was at a git revision, written out to a temporary folder and loaded
 * like any other, so that two revisions can be compared with the same validated model.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_FILES, loadContent, type SiteContent } from '../../src/content/load-content.ts';
import { NOTIFICATIONS_FILE } from '../../src/notify/notification-config.ts';
import { ALERTS_FILE } from '../../src/alerts/alert-rules.ts';
import { CliError } from '../cli/cli-support.ts';

function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env): { ok: boolean; out: string; err: string } {
  const result = spawnSync('git', args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new CliError(`git could not be run (${result.error.message}); install git: Upfront reads and writes the status repository with it`);
  return { ok: result.status === 0, out: result.stdout.trim(), err: result.stderr.trim() };
}

/** A repository and where the content folder sits inside it. */
export interface ContentRepository {
  root: string;
  /** The content folder's path inside the repository, `''` at its root, else ending in `/`. */
  prefix: string;
}

/** The repository holding `contentDir`, or a clear error saying why `needs` (the command and what it does with git) when there is none. */
export function contentRepository(contentDir: string, needs: string): ContentRepository {
  const root = git(contentDir, ['rev-parse', '--show-toplevel']);
  if (!root.ok) throw new CliError(`${contentDir} is not inside a git repository; ${needs}, so it runs in a clone`);
  return { root: root.out, prefix: git(contentDir, ['rev-parse', '--show-prefix']).out };
}

/**
 * The configuration files of the content folder that differ from what is committed (edited, new
 * or deleted), as the folder names them. CI and the deployment read the committed ones, so a
 * command that reads these says so. None outside a git repository, without git, or before the
 * first commit (which takes them all).
 */
export function uncommittedConfiguration(contentDir: string): string[] {
  const files = [CONTENT_FILES.settings, CONTENT_FILES.catalog, NOTIFICATIONS_FILE, ALERTS_FILE];
  // Not `git()`: that trims the output (and with it the leading space of ` M path`), and throws
  // without git, while this is only a note.
  const head = spawnSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: contentDir, encoding: 'utf8' });
  if (head.error || head.status !== 0) return [];
  // The pathspecs are relative to the content folder; the `XY path` entries, NUL-separated, give
  // paths from the repository's root.
  const status = spawnSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...files], { cwd: contentDir, encoding: 'utf8' });
  if (status.error || status.status !== 0) return [];
  const changed = status.stdout
    .split('\0')
    .filter(Boolean)
    .map((entry) => entry.slice(3));
  return files.filter((file) => changed.some((path) => path === file || path.endsWith(`/${file}`)));
}

/** The full commit id of `rev`, or a clear error naming `flag`. */
export function resolveRevision(repository: ContentRepository, rev: string, flag: string): string {
  const commit = git(repository.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (commit.ok) return commit.out;
  const shallow = git(repository.root, ['rev-parse', '--is-shallow-repository']).out === 'true';
  const hint = shallow ? ' This clone is shallow: fetch the history (`git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout).' : '';
  throw new CliError(`${flag} \`${rev}\` is not a commit in this repository.${hint}`);
}

/** Whether `rev` names a commit of the repository (`HEAD^` of a first commit does not). */
export function hasRevision(repository: ContentRepository, rev: string): boolean {
  return git(repository.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).ok;
}

/** The content of one revision, and the temporary folder to remove when done. */
export interface RevisionContent {
  content: SiteContent;
  /** Where it was written out. */
  dir: string;
  /** True when the revision has no `site.yml`: it predates the content, so it counts as empty. */
  empty: boolean;
  cleanup(): void;
}

/** The content at `commit`, written to a temporary folder and validated at `now`. */
export async function contentAtRevision(repository: ContentRepository, commit: string, now: Date): Promise<RevisionContent> {
  const work = mkdtempSync(join(tmpdir(), 'upfront-rev-'));
  const cleanup = () => rmSync(work, { recursive: true, force: true });
  const dir = join(work, 'content');
  // A temporary index keeps the clone's own index and working tree untouched.
  const env = { ...process.env, GIT_INDEX_FILE: join(work, 'index') };
  const tree = `${commit}:${repository.prefix.replace(/\/$/, '')}`;
  const empty = !git(repository.root, ['cat-file', '-e', `${commit}:${repository.prefix}site.yml`]).ok;
  if (empty) return { content: { events: [], postmortems: [], sources: new Map(), diagnostics: [], fileCount: 0 }, dir, empty, cleanup };
  const read = git(repository.root, ['read-tree', tree], env);
  const checkout = read.ok ? git(repository.root, ['checkout-index', '--all', `--prefix=${dir}/`], env) : read;
  if (!checkout.ok) {
    cleanup();
    throw new CliError(`the content at ${commit.slice(0, 12)} could not be read: ${checkout.err}`);
  }
  return { content: await loadContent(dir, now), dir, empty, cleanup };
}
