/**
 * A job of a GitHub workflow run here as written: its `run` steps, with every `${{ … }}` in the
 * job's and steps' `env` and in the scripts evaluated by GitHub's own expression library, run by
 * bash as a runner runs them (`bash --noprofile --norc -eo pipefail`), in the job's folder.
 * Steps that `uses` an action are done by the caller beforehand (a checkout is a clone).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { parse } from 'yaml';

type Step = { name?: string; uses?: string; run?: string; env?: Record<string, string> };
type Job = { env?: Record<string, string>; steps: Step[] };

/** The value of one expression, as text the way GitHub interpolates it. */
function evaluate(expression: string, contexts: Record<string, unknown>): string {
  const { tokens } = new Lexer(expression).lex();
  const tree = new Parser(tokens, Object.keys(contexts), []).parse();
  const result = new Evaluator(tree, JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary).evaluate() as { kind: number; value?: unknown };
  if (result.kind === data.Kind.Null) return '';
  if (result.kind === data.Kind.Boolean || result.kind === data.Kind.String || result.kind === data.Kind.Number) return String(result.value);
  throw new Error(`\${{ ${expression} }} is an object; GitHub would refuse to put it into text`);
}

/** `text` with each `${{ … }}` replaced by its value. */
export function interpolate(text: string, contexts: Record<string, unknown>): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, expression: string) => evaluate(expression.trim(), contexts));
}

/** What one step printed, and how it ended. */
export interface StepRun {
  name: string;
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the `run` steps of `job` in `workflowText` in `cwd` with `contexts` (github, inputs,
 * secrets…) and `env` (PATH, RUNNER_TEMP…); a step in `replace` runs the given script instead
 * (such as `npm ci`, which installs from a registry). Stops at the first step that fails.
 */
export function runJob(
  workflowText: string,
  jobName: string,
  options: { cwd: string; contexts: Record<string, unknown>; env: NodeJS.ProcessEnv; replace?: Record<string, string> },
): StepRun[] {
  const job = (parse(workflowText) as { jobs: Record<string, Job> }).jobs[jobName];
  const jobEnv = Object.fromEntries(Object.entries(job.env ?? {}).map(([name, value]) => [name, interpolate(String(value), options.contexts)]));
  const runs: StepRun[] = [];
  const scripts = mkdtempSync(join(tmpdir(), 'upfront-steps-'));
  for (const [index, step] of job.steps.entries()) {
    if (step.run === undefined) continue;
    const contexts = { ...options.contexts, env: { ...jobEnv } };
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, interpolate(String(value), contexts)]));
    const script = join(scripts, `step-${index}.sh`);
    writeFileSync(script, options.replace?.[step.run] ?? interpolate(step.run, { ...contexts, env: { ...jobEnv, ...stepEnv } }));
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: options.cwd,
      env: { ...options.env, ...jobEnv, ...stepEnv },
      encoding: 'utf8',
    });
    runs.push({ name: step.name ?? step.run, status: result.status, stdout: result.stdout, stderr: result.stderr });
    if (result.status !== 0) break;
  }
  return runs;
}
