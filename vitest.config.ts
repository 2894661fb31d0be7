import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    // Site builds take seconds each; they live in their own files and run one at a time per file.
    testTimeout: 120_000,
    reporters: ['default', './test/summary-reporter.ts'],
    hookTimeout: 180_000,
  },
});
