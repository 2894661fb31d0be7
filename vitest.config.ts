import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Files of test/hostile that build a site or read fixture builds; the rest of it is pure. */
const HOSTILE_BUILDS = ['test/hostile/hostile-outputs.test.ts', 'test/hostile/large-catalogue.test.ts', 'test/hostile/output-properties.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    // Most test files wait on processes of their own (builds, the CLI, Chromium), so two run at
    // once even on a two-core machine, where vitest's default (cores − 1) would run one.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      // Pure logic: no site is built, so these run in seconds alone (`vitest run --project unit`).
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/hostile/**/*.test.ts'], exclude: HOSTILE_BUILDS } },
      // Built sites read back from dist/, the CLI run for real, the packed package installed.
      {
        extends: true,
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/package/**/*.test.ts', ...HOSTILE_BUILDS],
          globalSetup: ['./test/global-setup.ts'],
          // Site builds take seconds each; they live in their own files and run one at a time per file.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      // Headless Chromium on the same builds.
      {
        extends: true,
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], globalSetup: ['./test/global-setup.ts'], testTimeout: 120_000, hookTimeout: 180_000 },
      },
    ],
  },
});
