import { expect, test } from './support/test';
import { canvasNodeIds, waitForGraph } from './support/ui';

// Requests fail here on purpose, so the browser logs them.
test.use({ consoleErrors: 'expected' });

test('when the API cannot reach the database, a banner says so and Retry recovers', async ({
  page,
}) => {
  // The server's real 503 body, as it answers while Neo4j is down.
  await page.route('**/api/overview', (route) =>
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

  await page.unroute('**/api/overview');
  await banner.getByRole('button', { name: 'Retry' }).click();
  await waitForGraph(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a link with unknown ids says what is missing and offers the way back', async ({ page }) => {
  await page.goto('/?node=no-such-node&focus=no-such-node&kinds=person,planet');
  await expect(page.locator('.graph-area')).toBeVisible();
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('alert')).toContainText('Could not load this node:');
  await expect(panel.getByRole('alert')).toContainText('no-such-node');
  // The malformed kinds list is ignored; the unknown focus leaves nothing, and says so.
  await expect(page.getByText('None of the nodes in the focus is in the graph.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all' }).last().click();
  await waitForGraph(page);
  await expect.poll(async () => (await canvasNodeIds(page)).length).toBeGreaterThan(40);
  await expect(page).not.toHaveURL(/focus=/);
  await expect(page).not.toHaveURL(/kinds=/);
});
