import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { GraphElements } from '@pag/graph-seed';

/** The part of Cytoscape's core this test reads from the page's `window.__cy`. */
interface CyProbe {
  nodes(): {
    map<T>(f: (n: { id(): string; visible(): boolean }) => T): T[];
    filter(f: (n: { visible(): boolean }) => boolean): { length: number };
  };
  edges(): { map<T>(f: (e: { id(): string }) => T): T[] };
}

const screenshotPath = (name: string) =>
  fileURLToPath(new URL(`../../test-results/screenshots/${name}`, import.meta.url));

test('the explorer renders the graph that the API serves', async ({ page, request }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

  const api = GraphElements.parse(await (await request.get('/api/graph')).json());
  expect(api.nodes.length).toBeGreaterThan(0);

  await page.goto('/');
  await expect(page.locator('.graph-area[data-ready="true"]')).toBeVisible();

  const rendered = await page.evaluate(() => {
    const cy = (window as unknown as { __cy?: CyProbe }).__cy;
    if (!cy) throw new Error('no Cytoscape instance on the page');
    return {
      nodes: cy
        .nodes()
        .map((n) => n.id())
        .sort(),
      edges: cy
        .edges()
        .map((e) => e.id())
        .sort(),
      visible: cy.nodes().filter((n) => n.visible()).length,
    };
  });
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
