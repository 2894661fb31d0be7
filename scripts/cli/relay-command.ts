/**
 * `upfront relay [dir]`: the Cloudflare Worker that passes alerts on from senders that cannot call
 * GitHub themselves, printed, or written into `dir` with its wrangler.toml (the repository filled
 * in from the `origin` remote when it is on GitHub). An existing file is never overwritten.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CliError } from './cli-support.ts';
import { originRepository } from './pull-request.ts';

const source = (name: string) => readFileSync(new URL(`../relay/${name}`, import.meta.url), 'utf8');

/** Prints the Worker, or writes it and its wrangler.toml into `dir`; returns the exit code. */
export function relay(dir: string | undefined, cwd: string, print: (line: string) => void): number {
  const worker = source('alert-relay.js');
  if (dir === undefined) {
    print(worker.trimEnd());
    return 0;
  }
  const origin = originRepository(cwd);
  const repository = origin && `${origin.owner}/${origin.name}`;
  const files = new Map([
    ['alert-relay.js', worker],
    ['wrangler.toml', source('wrangler.toml').replace('{{repository}}', repository ?? 'owner/name')],
  ]);
  const taken = [...files.keys()].filter((name) => existsSync(join(dir, name)) && readFileSync(join(dir, name), 'utf8') !== files.get(name));
  if (taken.length > 0)
    throw new CliError(
      `${taken.map((name) => join(dir, name)).join(' and ')} ${taken.length === 1 ? 'exists and differs' : 'exist and differ'}; nothing was written. Move ${taken.length === 1 ? 'it' : 'them'} away, or write the relay into a new folder.`,
    );
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  const where = relative(cwd, dir) || '.';
  print(`wrote ${join(where, 'alert-relay.js')} and ${join(where, 'wrangler.toml')}`);
  if (!repository) print(`set GITHUB_REPOSITORY in ${join(where, 'wrangler.toml')} to your status repository (owner/name): origin is not on GitHub`);
  print(`next, in ${where}: npx wrangler secret put GITHUB_TOKEN, RELAY_SECRET (and PAGERDUTY_SECRET), then npx wrangler deploy (docs/alerts.md)`);
  return 0;
}
