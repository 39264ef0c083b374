/**
 * Ends every test run with one plain line, `tests: N passed, N failed, N skipped`, that any CI can read
 * without knowing vitest's own summary format, after a line with the whole run's time (`time: S s`), so the
 * suite's duration is measured wherever it runs. The last line keeps its format: CI scripts parse it.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  private started = performance.now();

  onInit(): void {
    this.started = performance.now();
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      let tests = 0;
      for (const test of module.children.allTests()) {
        tests++;
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      // A file that fails to load has no tests to count: count it as a failure, never as nothing.
      if (tests === 0 && module.state() === 'failed') failed++;
    }
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    process.stdout.write(`\ntime: ${seconds} s\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
