import { expect, test } from './support/test';
import { EdgeDetail, NodeDetail } from '@pag/graph-seed';
import { screenshotPath, ui, waitForGraph } from './support/ui';

test('clicking a node shows its names and the quotes the API returns, with their citations', async ({
  page,
  request,
}) => {
  const api = NodeDetail.parse(
    await (await request.get('/api/nodes/leading-party-members-groups')).json(),
  );
  await page.goto('/');
  await waitForGraph(page);
  await ui.clickNode(page, 'leading-party-members-groups');

  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(
    "Leading Party members' groups",
  );
  await expect(panel.getByText('党组', { exact: true })).toBeVisible();
  for (const source of api.sources) {
    await expect(panel.locator('blockquote', { hasText: source.quote }).first()).toBeVisible();
  }
  const footnote = api.sources.find((s) => s.url);
  await expect(panel.getByRole('link', { name: footnote?.title ?? '' }).first()).toHaveAttribute(
    'href',
    footnote?.url ?? '',
  );
  await page.screenshot({ path: screenshotPath('node-details.png') });

  // "Show in source" opens the stored text with the passage highlighted and in view.
  const quote = api.sources[0]?.quote ?? '';
  await panel.getByRole('button', { name: 'Show in source' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(api.sources[0]?.title ?? '');
  const mark = dialog.locator('mark');
  await expect(mark).toHaveCount(1);
  expect((await mark.innerText()).replace(/\s+/g, ' ')).toBe(quote.replace(/\s+/g, ' '));
  await expect(mark).toBeInViewport();
  await page.screenshot({ path: screenshotPath('show-in-source.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('clicking a relationship shows how it reads and its evidence', async ({ page, request }) => {
  const api = EdgeDetail.parse(
    await (await request.get('/api/edges/cppcc-party-groups-lead-cppcc')).json(),
  );
  await page.goto('/');
  await waitForGraph(page);
  await ui.clickEdge(page, 'cppcc-party-groups-lead-cppcc');

  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('article').getByRole('heading', { level: 2 })).toContainText(
    'Party groups in the CPPCC leads',
  );
  await expect(panel.locator('blockquote').first()).toHaveText(api.sources[0]?.quote ?? '');
});
