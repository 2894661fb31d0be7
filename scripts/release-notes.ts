/**
 * `node scripts/release-notes.ts <version>`: prints the CHANGELOG.md section of `version`, the
 * notes of its GitHub release; fails, saying what to write, when there is none.
 */
import { readFileSync } from 'node:fs';

/** The body of the `## [version]` section of a Keep a Changelog text, or why there is none. */
export function releaseNotes(changelog: string, version: string): { notes: string } | { problem: string } {
  const heading = new RegExp(`^## \\[${version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\][^\n]*\n`, 'm');
  const start = heading.exec(changelog);
  if (!start)
    return { problem: `CHANGELOG.md has no section \`## [${version}] - YYYY-MM-DD\`: move what [Unreleased] lists under it before tagging v${version}` };
  const rest = changelog.slice(start.index + start[0].length);
  const notes = rest.slice(0, /^## /m.exec(rest)?.index ?? rest.length).trim();
  return notes ? { notes } : { problem: `the CHANGELOG.md section of ${version} is empty: say what changed` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const version = process.argv[2]?.replace(/^v/, '') ?? '';
  const result = releaseNotes(readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8'), version);
  if ('problem' in result) {
    console.error(`error  ${result.problem}`);
    process.exit(1);
  }
  console.log(result.notes);
}
