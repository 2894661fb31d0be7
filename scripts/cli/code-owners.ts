/**
 * Who owns a path by the repository's CODEOWNERS, read as GitHub reads it: the last line whose
 * pattern (gitignore's syntax) matches the path wins, and its owners are the reviewers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ignore from 'ignore';

/** Where GitHub looks for the file, in its order. */
const PLACES = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

/** The owners of `path` (from the repository's root) as `gh` names reviewers: `user` and `org/team`; e-mail addresses are left out. */
export function codeOwners(root: string, path: string): string[] {
  const place = PLACES.find((file) => existsSync(join(root, file)));
  if (!place) return [];
  let owners: string[] = [];
  for (const line of readFileSync(join(root, place), 'utf8').split('\n')) {
    const [pattern, ...names] = line
      .replace(/(^|\s)#.*$/, '')
      .trim()
      .split(/\s+/);
    if (pattern && ignore().add(pattern).ignores(path)) owners = names;
  }
  return owners.filter((owner) => owner.startsWith('@')).map((owner) => owner.slice(1));
}
