// Counts WTR results (a test file that fails to load counts as failed) and writes them for scripts/test.mjs.
import fs from 'node:fs';

function count(suite, acc) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, acc);
  return acc;
}

/** @returns {import('@web/test-runner').Reporter} */
export function summaryReporter(outFile = process.env.WTR_SUMMARY_FILE) {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const own = count(session.testResults, { passed: 0, failed: 0, skipped: 0 });
        // A file that failed to load, or threw outside any test, has failed without a failed test.
        if (!session.passed && own.failed === 0) own.failed = 1;
        for (const key of Object.keys(acc)) acc[key] += own[key];
      }
      if (outFile) fs.writeFileSync(outFile, JSON.stringify(acc));
      setTimeout(() => process.stdout.write(`\nunit and element tests: ${acc.passed} passed, ${acc.failed} failed, ${acc.skipped} skipped\n`), 0);
    },
  };
}
