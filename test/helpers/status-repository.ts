/**
 * A status repository as a deployment has it: a clone of a bare origin on this machine, where
 * commits are pushed and `upfront notify` fetches and pushes its delivery record.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentFolder } from './content-folder.ts';

const IDENTITY = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@test.example', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@test.example' };

/** Runs git in `dir`; throws with its error when it fails. */
export function git(dir: string, ...args: string[]): string {
  const run = spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...IDENTITY } });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

/** A clone with its origin. */
export interface StatusRepository {
  /** The clone (the content folder at its root). */
  dir: string;
  /** The bare origin. */
  origin: string;
  /** Writes `files`, commits and pushes them to main; returns the commit id. */
  commit(files: Record<string, string>, message: string): string;
  /** Another clone of the same origin (another runner). */
  clone(): string;
  /** The delivery record as the origin has it, or undefined. */
  record():
    | {
        news: Record<string, { disposition: string; firstSeen: string }>;
        deliveries: Record<string, { state: string; detail?: string; masked?: string }>;
        lease?: unknown;
      }
    | undefined;
}

/** A new status repository with `files` (plus the default settings and catalogue) committed and pushed. */
export function statusRepository(files: Record<string, string>): StatusRepository {
  const dir = contentFolder(files);
  const origin = join(mkdtempSync(join(tmpdir(), 'upfront-origin-')), 'status.git');
  git(dir, 'init', '-q', '--bare', '--initial-branch=main', origin);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'remote', 'add', 'origin', origin);
  const repository: StatusRepository = {
    dir,
    origin,
    commit(changes, message) {
      for (const [path, text] of Object.entries(changes)) writeFileSync(join(dir, path), text);
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '--allow-empty', '-m', message);
      git(dir, 'push', '-q', '--force', 'origin', 'main');
      return git(dir, 'rev-parse', 'HEAD');
    },
    clone() {
      const other = join(mkdtempSync(join(tmpdir(), 'upfront-clone-')), 'status');
      git(tmpdir(), 'clone', '-q', origin, other);
      return other;
    },
    record() {
      const listed = git(dir, 'ls-remote', origin, 'refs/upfront/deliveries');
      if (!listed) return undefined;
      return JSON.parse(git(origin, 'show', `${listed.split(/\s/)[0]}:record.json`));
    },
  };
  repository.commit({}, 'Status page');
  return repository;
}
