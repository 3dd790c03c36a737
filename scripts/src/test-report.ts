import { existsSync, readFileSync } from 'node:fs';

/** What one tier of the test command counted. */
export interface TierResult {
  readonly tier: string;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly seconds: number;
  readonly note?: string;
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTestSuites: number;
  numFailedTestSuites: number;
}

interface PlaywrightJson {
  stats: { expected: number; unexpected: number; skipped: number; flaky: number };
  errors?: unknown[];
}

/** Counts from a Vitest JSON report; a missing or unreadable report counts as one failure. */
export const countVitest = (file: string): Pick<TierResult, 'passed' | 'failed' | 'skipped'> => {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
  return {
    passed: report.numPassedTests,
    // A file that fails to import has no failed tests but a failed suite.
    failed: report.numFailedTests + (report.numFailedTests === 0 ? report.numFailedTestSuites : 0),
    skipped: report.numPendingTests + report.numTodoTests,
  };
};

/** Counts from a Playwright JSON report; flaky tests count as failures. */
export const countPlaywright = (
  file: string,
): Pick<TierResult, 'passed' | 'failed' | 'skipped'> => {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const { stats, errors = [] } = JSON.parse(readFileSync(file, 'utf8')) as PlaywrightJson;
  return {
    passed: stats.expected,
    failed: stats.unexpected + stats.flaky + (errors.length > 0 && stats.unexpected === 0 ? 1 : 0),
    skipped: stats.skipped,
  };
};

/** The closing summary: a line per tier, then `N passed, N failed` alone on the last line. */
export const formatSummary = (results: readonly TierResult[], seconds: number): string => {
  const rows = results.map((r) => {
    const status = r.failed > 0 || r.skipped > 0 ? 'FAIL' : 'ok  ';
    const skipped = r.skipped > 0 ? `, ${r.skipped} skipped` : '';
    return `  ${status} ${r.tier.padEnd(12)} ${String(r.passed).padStart(4)} passed, ${r.failed} failed${skipped}  (${r.seconds.toFixed(1)}s)${r.note ? `  ${r.note}` : ''}`;
  });
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed + r.skipped, 0);
  return [
    '',
    `Test summary (${seconds.toFixed(0)}s; skipped tests count as failures)`,
    ...rows,
    '',
    `${passed} passed, ${failed} failed`,
  ].join('\n');
};
