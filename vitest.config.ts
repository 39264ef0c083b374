import { defineConfig } from 'vitest/config';

/*
 * Three projects: `unit` runs first (sequence.groupOrder 0) in shared workers; `integration` and `e2e` run after it
 * in forked, isolated workers. `npm test` runs each file once; `npm run test:unit` runs `--project unit` alone.
 */
export default defineConfig({
  test: {
    exclude: ['test/bench/**', 'node_modules/**'],
    // Failure bounds only (tests wait for states): a 2-core machine under a parallel load set up registries in minutes.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    setupFiles: ['test/support/setup.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Unit tests are pure (no process, git, server, chdir; process.env restored in afterEach), so files share
          // a worker and its module cache: importing the CLI, zod schemas and the YAML parser once per worker instead
          // of once per file was about half the unit run's CPU. test/unit/shared-worker.test.ts holds every unit file to it.
          isolate: false,
          pool: 'threads',
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // Servers, child processes and registries on disk: each file in its own process.
          pool: 'forks',
          // Two cores on CI: a few workers keep git- and server-heavy suites from starving each other.
          maxWorkers: 3,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          pool: 'forks',
          // Same group as integration (one shared pool of 3 workers), after the unit tests.
          maxWorkers: 3,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
