// Sums every suite's results into the one plain line CI reads: "N passed, N failed[, N skipped]".
// Reads the JSON reports written by Vitest and Playwright (see vitest.config.ts, playwright.config.ts).
import { existsSync, readFileSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const vitest = read('test-results/vitest.json');
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
}
const playwright = read('test-results/playwright.json');
if (playwright) {
  totals.passed += playwright.stats.expected + playwright.stats.flaky;
  totals.failed += playwright.stats.unexpected;
  totals.skipped += playwright.stats.skipped;
}
// A step that failed before or between the suites (typecheck, lint, build, a crashed runner)
// counts as one failure, so a red run never prints "0 failed".
const exitCode = Number(process.argv[2] ?? 0);
if (exitCode !== 0 && totals.failed === 0) totals.failed = 1;

console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
