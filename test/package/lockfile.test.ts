/** A fresh clone installs exactly what was tested: `npm ci` accepts the committed lockfile. */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/run-build.ts';

test('package-lock.json is in step with package.json (npm ci would install from it)', () => {
  const run = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: REPO_ROOT, encoding: 'utf8' });
  expect([run.status, run.stderr]).toEqual([0, '']);
});
