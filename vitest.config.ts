import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'node_modules/**'],
    // Failure bounds only (tests wait for states): a 2-core machine under a parallel load set up registries in minutes.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    pool: 'forks',
    // Two cores on CI: a few workers keep git- and server-heavy suites from starving each other.
    maxWorkers: 3,
    setupFiles: ['test/support/setup.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
