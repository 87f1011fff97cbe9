import type { SerializedError } from 'vitest';
import type { Reporter, TestModule, TestRunEndReason } from 'vitest/node';

/**
 * Prints one plain closing line, `N passed, N failed` (`, N skipped` when any were skipped), that
 * CI tooling reads whatever the test runner; vitest's own summary stays as it is above it.
 *
 * `failed` counts failed tests, and also every failure that is not a test's: each file or suite
 * with errors of its own (a module that throws on import, a `beforeAll` or `afterAll` hook that
 * throws; the tests under it are then reported as skipped), and each unhandled error. So the line
 * says `0 failed` only when vitest passes the run: `tests/meta/closing-line.test.ts` checks it.
 */
export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError> = [],
    reason?: TestRunEndReason,
  ): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      let failedHere = 0;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else skipped++;
      }
      if (mod.errors().length > 0) failedHere++;
      for (const suite of mod.children.allSuites()) if (suite.errors().length > 0) failedHere++;
      // A file vitest failed for a reason not caught above still counts once.
      if (failedHere === 0 && mod.state() === 'failed') failedHere++;
      failed += failedHere;
    }
    failed += unhandledErrors.length;
    // Whatever else makes vitest fail the run (no test files found, …) is still a failure.
    if (failed === 0 && reason === 'failed') failed++;
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stdout.write(`\n${passed} passed, ${failed} failed${tail}\n`);
  }
}
