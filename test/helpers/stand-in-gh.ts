/**
 * A stand-in for GitHub's `gh` that keeps pull requests in a JSON file: `pr view <branch> --json`,
 * `pr create`, `pr edit` (body, reviewers) and `label create`, answering as `gh` does. Tests read
 * what it holds, and merge or close a pull request as a person would on GitHub.
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A pull request as the stand-in keeps it. */
export interface PullRequest {
  number: number;
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  url: string;
  base: string;
  head: string;
  title: string;
  body: string;
  labels: string[];
  reviewers: string[];
}

interface State {
  pulls: PullRequest[];
  labels: string[];
  calls: string[][];
}

const SCRIPT = `#!/usr/bin/env node
const fs = require('node:fs');
const file = process.env.GH_STATE;
const state = JSON.parse(fs.readFileSync(file, 'utf8'));
const args = process.argv.slice(2);
state.calls.push(args);
const save = () => fs.writeFileSync(file, JSON.stringify(state, null, 2));
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const find = (ref) => state.pulls.find((p) => String(p.number) === ref || p.url === ref);
save();
if (args[0] === '--version') console.log('gh version 2.63.0 (2026-11-01)');
else if (args[0] === 'label' && args[1] === 'create') { if (!state.labels.includes(args[2])) state.labels.push(args[2]); save(); }
else if (args[0] === 'pr' && args[1] === 'view') {
  const pull = state.pulls.filter((p) => p.head === args[2]).pop();
  if (!pull) { console.error('no pull requests found for branch "' + args[2] + '"'); process.exit(1); }
  console.log(JSON.stringify({ number: pull.number, state: pull.state, url: pull.url }));
} else if (args[0] === 'pr' && args[1] === 'create') {
  const head = flag('--head');
  if (state.pulls.some((p) => p.head === head && p.state === 'OPEN')) { console.error('a pull request for branch "' + head + '" into branch "main" already exists'); process.exit(1); }
  const number = state.pulls.length + 1;
  const url = 'https://github.com/acme/status/pull/' + number;
  state.pulls.push({ number, state: 'OPEN', url, base: flag('--base'), head, title: flag('--title'), body: flag('--body'), labels: [flag('--label')].filter(Boolean), reviewers: [] });
  save();
  console.log('\\nCreating pull request for ' + head + ' into ' + flag('--base') + ' in acme/status\\n\\n' + url);
} else if (args[0] === 'pr' && args[1] === 'edit') {
  const pull = find(args[2]);
  if (!pull) { console.error('no pull request ' + args[2]); process.exit(1); }
  if (flag('--body') !== undefined) pull.body = flag('--body');
  if (flag('--add-reviewer')) pull.reviewers.push(...flag('--add-reviewer').split(','));
  save();
  console.log(pull.url);
} else { console.error('the stand-in gh does not know: gh ' + args.join(' ')); process.exit(1); }
`;

/** A folder holding the stand-in `gh` (for PATH), the variable it reads its state from, and the state. */
export function standInGh(): { bin: string; env: { GH_STATE: string }; state(): State; set(number: number, state: PullRequest['state']): void } {
  const bin = mkdtempSync(join(tmpdir(), 'upfront-gh-'));
  const file = join(bin, 'state.json');
  writeFileSync(file, JSON.stringify({ pulls: [], labels: [], calls: [] }));
  writeFileSync(join(bin, 'gh'), SCRIPT);
  chmodSync(join(bin, 'gh'), 0o755);
  const state = () => JSON.parse(readFileSync(file, 'utf8')) as State;
  return {
    bin,
    env: { GH_STATE: file },
    state,
    set(number, to) {
      const current = state();
      current.pulls.find((p) => p.number === number)!.state = to;
      writeFileSync(file, JSON.stringify(current, null, 2));
    },
  };
}
