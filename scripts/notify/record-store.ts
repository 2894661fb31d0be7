/**
 * Where the delivery record lives: a ref of its own in the status repository's git
 * (`refs/upfront/deliveries`, which triggers no workflow), one commit per change, fetched from
 * and pushed to the repository's remote with git's own compare-and-swap (`--force-with-lease`),
 * so that two runs never both believe they hold the latest record. Without a remote it is kept
 * in the local repository alone. Between pushes, each outcome is appended to a journal in the
 * git folder first, so a run killed at any moment loses nothing the next run on the same clone
 * could not finish.
 */
import { execFile, spawnSync } from 'node:child_process';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { DeliveryEntry, DeliveryRecord } from '../../src/notify/delivery-record.ts';
import { CliError } from '../cli/cli-support.ts';

/** The ref that holds the record. */
export const RECORD_REF = 'refs/upfront/deliveries';
const RECORD_FILE = 'record.json';
const ZERO = '0000000000000000000000000000000000000000';
const README = `# Upfront's delivery record

This ref (${RECORD_REF}) is written by \`upfront notify\`: every piece of news it has seen
(record.json \`news\`) and every delivery it made, by news, channel and, for email, a keyed hash of
the recipient (\`deliveries\`). Each commit is one change. Read it with
\`git fetch origin ${RECORD_REF} && git show FETCH_HEAD:record.json\`, or \`upfront notify --record\`.
Do not edit it by hand while a run may be delivering.
`;

// Commits of the record name the tool, not whoever runs it (a CI runner has no git identity).
const IDENTITY = {
  GIT_AUTHOR_NAME: 'upfront notify',
  GIT_AUTHOR_EMAIL: 'notify@upfront.invalid',
  GIT_COMMITTER_NAME: 'upfront notify',
  GIT_COMMITTER_EMAIL: 'notify@upfront.invalid',
};
const run = promisify(execFile);

interface GitResult {
  ok: boolean;
  out: string;
  err: string;
}

function gitSync(root: string, args: string[], input?: string): GitResult {
  const result = spawnSync('git', args, { cwd: root, input, encoding: 'utf8', env: { ...process.env, ...IDENTITY }, maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new CliError(`git could not be run (${result.error.message}); \`upfront notify\` keeps its delivery record in git`);
  return { ok: result.status === 0, out: result.stdout.trim(), err: result.stderr.trim() };
}

async function gitAsync(root: string, args: string[]): Promise<GitResult> {
  try {
    const { stdout, stderr } = await run('git', args, { cwd: root, env: { ...process.env, ...IDENTITY }, maxBuffer: 256 * 1024 * 1024 });
    return { ok: true, out: stdout.trim(), err: stderr.trim() };
  } catch (e) {
    const error = e as { stdout?: string; stderr?: string; message: string };
    return { ok: false, out: (error.stdout ?? '').trim(), err: (error.stderr ?? error.message).trim() };
  }
}

/** One outcome as the journal keeps it. */
interface JournalLine {
  key: string;
  entry: DeliveryEntry;
}

/** The record of one repository, as loaded, and the commit it was loaded from. */
export interface LoadedRecord {
  record?: DeliveryRecord;
  /** The commit the record was read from; undefined when the repository has none yet. */
  commit?: string;
  /** Outcomes of an earlier run on this clone that it could not push (it was killed). */
  journal: JournalLine[];
}

/** The record's store for the repository at `root`, pushed to `remote` when one is given. */
export class RecordStore {
  readonly root: string;
  readonly remote?: string;
  private readonly journalPath: string;
  private journalFd?: number;
  /** Outcomes journaled since the last save, in order. */
  private unsaved: JournalLine[] = [];
  private base?: string;

  constructor(root: string, remote?: string) {
    this.root = root;
    this.remote = remote;
    const gitDir = gitSync(root, ['rev-parse', '--git-dir']).out;
    this.journalPath = join(resolve(root, gitDir), 'upfront-notify-journal.jsonl');
  }

  /** Where the record is kept, as the run's output names it. */
  describe(): string {
    return this.remote ? `${RECORD_REF} at ${this.remote}` : `${RECORD_REF} in this clone (no remote to share it with)`;
  }

  /** Fetches the record (from the remote, when there is one) and the journal a killed run left. */
  async load(): Promise<LoadedRecord> {
    if (this.remote) {
      const listed = await gitAsync(this.root, ['ls-remote', '--refs', this.remote, RECORD_REF]);
      if (!listed.ok)
        throw new CliError(
          `the delivery record could not be read from ${this.remote} (git ls-remote: ${listed.err.split('\n').at(-1)}); nothing was sent, since what was already delivered cannot be told`,
        );
      const remoteCommit = listed.out.split(/\s/)[0] || undefined;
      if (remoteCommit) {
        const fetched = await gitAsync(this.root, ['fetch', '--quiet', '--no-tags', this.remote, `+${RECORD_REF}:${RECORD_REF}`]);
        if (!fetched.ok)
          throw new CliError(`the delivery record could not be fetched from ${this.remote} (${fetched.err.split('\n').at(-1)}); nothing was sent`);
      }
      this.base = remoteCommit;
    } else {
      const local = gitSync(this.root, ['rev-parse', '--verify', '--quiet', RECORD_REF]);
      this.base = local.ok ? local.out : undefined;
    }
    const journal = this.readJournal();
    // Kept until a saved record holds them.
    this.unsaved = [...journal];
    if (!this.base) return { journal };
    const text = gitSync(this.root, ['show', `${this.base}:${RECORD_FILE}`]);
    if (!text.ok)
      throw new CliError(`the delivery record at ${RECORD_REF} (${this.base.slice(0, 12)}) has no ${RECORD_FILE}; it was not written by upfront notify`);
    let record: DeliveryRecord;
    try {
      record = JSON.parse(text.out) as DeliveryRecord;
    } catch (e) {
      throw new CliError(
        `the delivery record at ${RECORD_REF} (${this.base.slice(0, 12)}) is not valid JSON (${(e as Error).message}); was it edited by hand? Restore it with \`git push --force ${this.remote ?? '.'} ${this.base}~1:${RECORD_REF}\``,
      );
    }
    if (record.version !== 1) throw new CliError(`the delivery record is version ${String(record.version)}, which this Upfront does not know; upgrade Upfront`);
    return { record, commit: this.base, journal };
  }

  /**
   * Writes `record` as a new commit on top of the one last loaded or saved, and pushes it only
   * if the remote still has that one: `false` when another run moved it in between (load again).
   */
  async save(record: DeliveryRecord, message: string): Promise<boolean> {
    // What is journaled while the push is under way is not in `record`: it stays in the journal.
    const included = this.unsaved.length;
    const blob = gitSync(this.root, ['hash-object', '-w', '--stdin'], `${JSON.stringify(record, null, 1)}\n`);
    const readme = gitSync(this.root, ['hash-object', '-w', '--stdin'], README);
    if (!blob.ok || !readme.ok) throw new CliError(`the delivery record could not be written into git: ${blob.err || readme.err}`);
    const tree = gitSync(this.root, ['mktree'], `100644 blob ${readme.out}\tREADME.md\n100644 blob ${blob.out}\t${RECORD_FILE}\n`);
    const commit = gitSync(this.root, ['commit-tree', tree.out, ...(this.base ? ['-p', this.base] : []), '-m', message]);
    if (!tree.ok || !commit.ok) throw new CliError(`the delivery record could not be committed: ${tree.err || commit.err}`);
    if (this.remote) {
      const pushed = await gitAsync(this.root, [
        'push',
        '--porcelain',
        '--quiet',
        `--force-with-lease=${RECORD_REF}:${this.base ?? ''}`,
        this.remote,
        `${commit.out}:${RECORD_REF}`,
      ]);
      if (!pushed.ok) {
        if (/^!/m.test(pushed.out) || /stale info|fetch first|rejected/.test(pushed.err)) return false;
        throw new CliError(
          `the delivery record could not be pushed to ${this.remote} (${pushed.err.split('\n').at(-1)}); in GitHub Actions the job needs \`permissions: contents: write\``,
        );
      }
    }
    const updated = gitSync(this.root, ['update-ref', RECORD_REF, commit.out, this.remote ? '' : (this.base ?? ZERO)].filter(Boolean));
    if (!updated.ok && !this.remote) return false;
    this.base = commit.out;
    this.unsaved = this.unsaved.slice(included);
    this.rewriteJournal();
    return true;
  }

  /** Appends an outcome to the journal and flushes it to disk before the run goes on. */
  journal(key: string, entry: DeliveryEntry): void {
    this.journalFd ??= openSync(this.journalPath, 'a');
    this.unsaved.push({ key, entry });
    writeSync(this.journalFd, `${JSON.stringify({ key, entry } satisfies JournalLine)}\n`);
    fsyncSync(this.journalFd);
  }

  private readJournal(): JournalLine[] {
    if (!existsSync(this.journalPath)) return [];
    // A line cut short by a kill is the one delivery whose outcome is unknown: it is sent again.
    return readFileSync(this.journalPath, 'utf8')
      .split('\n')
      .flatMap((line) => {
        try {
          return line ? [JSON.parse(line) as JournalLine] : [];
        } catch {
          return [];
        }
      });
  }

  /** The journal holding only what no saved record has yet. */
  private rewriteJournal(): void {
    if (this.journalFd !== undefined) closeSync(this.journalFd);
    this.journalFd = undefined;
    rmSync(this.journalPath, { force: true });
    for (const line of this.unsaved.splice(0)) this.journal(line.key, line.entry);
  }
}

/** The remote the record is shared through: `origin` when the clone has one. */
export function recordRemote(root: string): string | undefined {
  const remotes = gitSync(root, ['remote']).out.split('\n').filter(Boolean);
  return remotes.includes('origin') ? 'origin' : remotes[0];
}
