import { expect, test as base } from '@playwright/test';

/**
 * Playwright's `test`, failing any test whose page logs a console error or throws, unless
 * the test expects errors (`test.use({ consoleErrors: 'expected' })`, e.g. when the API is
 * made to fail).
 */
export const test = base.extend<{ consoleErrors: 'fail' | 'expected'; watchConsole: undefined }>({
  consoleErrors: ['fail', { option: true }],
  watchConsole: [
    async ({ page, consoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await use(undefined);
      if (consoleErrors === 'fail') expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
