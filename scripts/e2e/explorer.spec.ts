import { expect, test } from './support/test';
import { GraphElements } from '@pag/graph-seed';
import { screenshotPath, waitForGraph, withCy } from './support/ui';

test('the explorer renders the graph that the API serves', async ({ page, request }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

  const api = GraphElements.parse(await (await request.get('/api/graph')).json());
  expect(api.nodes.length).toBeGreaterThan(0);

  await page.goto('/');
  await waitForGraph(page);
  // A figure, not a check: time from navigation start to a laid-out, interactive graph.
  const readyMs = Math.round(await page.evaluate(() => performance.now()));
  test
    .info()
    .annotations.push({ type: 'time to interactive graph (ms)', description: String(readyMs) });
  console.log(`time to interactive graph: ${readyMs} ms`);

  const rendered = await withCy(
    page,
    (cy) => ({
      nodes: cy
        .nodes()
        .map((n) => n.id())
        .sort(),
      edges: cy
        .edges()
        .map((e) => e.id())
        .sort(),
      visible: cy
        .nodes()
        .map((n) => n.visible())
        .filter(Boolean).length,
    }),
    null,
  );
  expect(rendered.nodes).toEqual(api.nodes.map((n) => n.data.id).sort());
  expect(rendered.edges).toEqual(api.edges.map((e) => e.data.id).sort());
  expect(rendered.visible).toBe(api.nodes.length);

  await expect(page.getByRole('heading', { name: /Party Authority Graph/ })).toBeVisible();
  await expect(
    page.getByText(`${api.nodes.length} nodes · ${api.edges.length} relationships`),
  ).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Legend' })).toContainText(
    'Line of authority',
  );

  await page.screenshot({ path: screenshotPath('explorer.png') });
  expect(consoleErrors).toEqual([]);
});

test('the API health endpoint reports Neo4j up', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', neo4j: 'up' });
});
