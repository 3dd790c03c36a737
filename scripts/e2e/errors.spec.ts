import { expect, test } from './support/test';

// The API is made to fail here, so the browser logs the failed requests.
test.use({ consoleErrors: 'expected' });
import { waitForGraph } from './support/ui';

test('when the API cannot reach the database, a banner says so and Retry recovers', async ({
  page,
}) => {
  // The server's real 503 body, as it answers while Neo4j is down.
  await page.route('**/api/graph', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({
        error: {
          code: 'database_unavailable',
          message: 'The graph database is not answering. Try again shortly.',
          retryAfterSeconds: 5,
        },
      }),
    }),
  );
  await page.goto('/');
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('The graph database is not answering. Try again shortly.');

  await page.unroute('**/api/graph');
  await banner.getByRole('button', { name: 'Retry' }).click();
  await waitForGraph(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
