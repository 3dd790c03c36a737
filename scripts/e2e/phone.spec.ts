import type { Page } from '@playwright/test';
import { PARTY_CENTRE_ID } from '@pag/graph-seed';
import { expect, test } from './support/test';
import { screenshotPath, waitForGraph, withCy } from './support/ui';

test.use({ viewport: { width: 390, height: 844 } });

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not visible`);
  return found;
};

test('on a phone a shared trace shows the graph full width, the chains in a sheet beneath, and nothing scrolls sideways', async ({
  page,
}) => {
  await page.goto(`/?node=social-organizations&trace=up`);
  await waitForGraph(page);
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { name: /Lines of authority up from/ })).toBeVisible();

  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const canvas = await box(page, '[data-testid="graph-canvas"]');
  expect(canvas.width).toBeGreaterThanOrEqual(388);
  expect(canvas.height).toBeGreaterThanOrEqual(250);
  const sheet = await box(page, '.side');
  expect(sheet.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
  expect(sheet.width).toBeGreaterThanOrEqual(388);
  // The search box is usable: on a row of its own, nearly the width of the screen.
  expect((await box(page, '.app-header .search input')).width).toBeGreaterThan(300);
  // The command bar keeps to one row.
  expect((await box(page, '[role="toolbar"]')).height).toBeLessThan(50);

  // The traced chain is on the canvas, in view.
  const lit = await withCy(
    page,
    (cy) => cy.$('node.highlighted').map((n) => ({ id: n.id(), ...n.renderedPosition() })),
    null,
  );
  expect(lit.map((n) => n.id)).toContain(PARTY_CENTRE_ID);
  for (const node of lit) {
    expect(node.x).toBeGreaterThanOrEqual(0);
    expect(node.x).toBeLessThanOrEqual(canvas.width);
    expect(node.y).toBeGreaterThanOrEqual(0);
    expect(node.y).toBeLessThanOrEqual(canvas.height);
  }
  await page.screenshot({ path: screenshotPath('phone-trace.png') });
});

test('on a phone the filters open over the graph and the export menu stays on screen', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  const before = await box(page, '[data-testid="graph-canvas"]');
  await page.keyboard.press('f');
  const filters = page.getByRole('region', { name: 'Filters' });
  await expect(filters).toBeVisible();
  const panel = await box(page, '.graph-area > .filters');
  expect(panel.width).toBeGreaterThanOrEqual(388);
  // The graph keeps its width beneath the panel.
  expect((await box(page, '[data-testid="graph-canvas"]')).width).toBe(before.width);
  await page.keyboard.press('f');
  await expect(filters).toHaveCount(0);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const item = await box(page, '.export-menu .menu-panel');
  expect(item.x).toBeGreaterThanOrEqual(0);
  expect(item.x + item.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: screenshotPath('phone-export.png') });
});
