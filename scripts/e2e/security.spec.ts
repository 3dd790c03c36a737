import { expect, test } from './support/test';
import { waitForGraph } from './support/ui';

// Every other test fails on a Content-Security-Policy violation (see support/test.ts), so the
// whole explorer is exercised under the policy; these check that the policy is there, that it
// blocks what it should, and that a violation shows up where the fixture looks for it.

test('the explorer is served under a strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('/');
  const headers = (await response?.allHeaders()) ?? {};
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).toContain("frame-ancestors 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  await waitForGraph(page);
});

test.describe('an inline script smuggled into the page', () => {
  test.use({ consoleErrors: 'expected', cspViolations: 'expected' });

  test('does not run, and is reported as a violation in the console', async ({ page }) => {
    await page.goto('/');
    await waitForGraph(page);
    const violation = page.waitForEvent('console', (m) => /Content Security Policy/.test(m.text()));
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect((await violation).type()).toBe('error');
  });
});

test('the API docs page works under its own policy', async ({ page }) => {
  const response = await page.goto('/api/docs');
  expect((await response?.allHeaders())?.['content-security-policy']).toContain(
    "default-src 'self'",
  );
  await expect(page.getByRole('heading', { name: /Party Authority Graph API/ })).toBeVisible();
});
