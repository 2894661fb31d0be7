/** Where content lives and what time it is, from the environment (UPFRONT_CONTENT, UPFRONT_NOW). */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseTimestamp } from '../schemas/timestamps.ts';

/** The content folder: `UPFRONT_CONTENT` when set, else `fallback` (the repository root). */
export function resolveContentDir(env: NodeJS.ProcessEnv, fallback: string): string {
  return resolve(env.UPFRONT_CONTENT?.trim() || fallback);
}

/**
 * The site folder a command works on: the nearest folder from `cwd` upwards that holds a
 * `site.yml` (else `cwd` itself), with its content in `UPFRONT_CONTENT` when that is set.
 */
export function resolveSiteFolders(env: NodeJS.ProcessEnv, cwd: string): { root: string; contentDir: string } {
  let root = resolve(cwd);
  while (!existsSync(join(root, 'site.yml')) && dirname(root) !== root) root = dirname(root);
  if (!existsSync(join(root, 'site.yml'))) root = resolve(cwd);
  return { root, contentDir: resolveContentDir(env, root) };
}

/** "Now": `UPFRONT_NOW` when set (for reproducible builds and tests), else the real clock. */
export function resolveNow(env: NodeJS.ProcessEnv, clock: () => Date = () => new Date()): { now: Date } | { error: string } {
  const pinned = env.UPFRONT_NOW?.trim();
  if (!pinned) return { now: clock() };
  const parsed = parseTimestamp(pinned);
  return parsed.ok ? { now: parsed.date } : { error: `UPFRONT_NOW: ${parsed.message}` };
}
