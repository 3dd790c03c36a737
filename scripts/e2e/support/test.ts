import { expect, test as base } from '@playwright/test';

/**
 * Playwright's `test`, failing any test whose page logs a console error or throws, unless
 * the test expects errors (`test.use({ consoleErrors: 'expected' })`, e.g. when the API is
 * made to fail). A Content-Security-Policy violation fails every test, expected errors or not
 * (the app must run under its policy without one), unless the test commits one on purpose
 * (`cspViolations: 'expected'`).
 */
export const test = base.extend<{
  consoleErrors: 'fail' | 'expected';
  cspViolations: 'fail' | 'expected';
  watchConsole: undefined;
}>({
  consoleErrors: ['fail', { option: true }],
  cspViolations: ['fail', { option: true }],
  watchConsole: [
    async ({ page, consoleErrors, cspViolations }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await use(undefined);
      const violations = errors.filter((error) => /Content Security Policy/i.test(error));
      if (cspViolations === 'fail') {
        expect(violations, 'Content-Security-Policy violations').toEqual([]);
      }
      if (consoleErrors === 'fail') expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
