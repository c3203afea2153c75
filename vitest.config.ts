import { defineConfig } from 'vitest/config';

// Two tiers (STYLE.md "Tests"): pure unit tests in Node, and browser tests that drive the built
// extension in real Chromium and Firefox. Browser files run one at a time: the machine has 2 cores
// and each file launches its browser once.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/e2e/support/setup-output.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
