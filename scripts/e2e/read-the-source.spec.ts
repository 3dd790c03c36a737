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

  // "Show in source" opens the stored text, formatted, with the passage highlighted and in view.
  const quote = api.sources[0]?.quote ?? '';
  await panel.getByRole('button', { name: 'Show in source' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
    'The Chinese Communist Party in Chinese NGOs',
  );
  const marks = dialog.locator('mark');
  await expect(marks.first()).toBeVisible();
  const marked = (await marks.allInnerTexts()).join('');
  expect(marked.replace(/\s+/g, ' ')).toBe(quote.replace(/\s+/g, ' '));
  await expect(marks.first()).toBeInViewport();
  // Formatted as the paper is: headings, footnote marks, links; no markup shows as text.
  await expect(dialog.locator('.source-text').getByRole('heading').first()).toContainText(
    "1. Regulation of Leading Party Members' Groups of CCP (Trial Implementation)",
  );
  expect(await dialog.locator('.source-text sup').count()).toBeGreaterThan(30);
  expect(await dialog.locator('.source-text a[href^="http"]').count()).toBeGreaterThan(5);
  const shown = await dialog.locator('.source-text').innerText();
  expect(shown).not.toMatch(/<\/?sup>|^#+ |\*\*/m);
  await page.screenshot({ path: screenshotPath('show-in-source.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a quote from a source known through a footnote shows in the text that cites it, and says so', async ({
  page,
  request,
}) => {
  const api = NodeDetail.parse(
    await (await request.get('/api/nodes/regulation-party-groups-2015')).json(),
  );
  const index = api.sources.findIndex(
    (s) => s.sourceId === 'xinhuanet-2015-05-29-politburo-meeting',
  );
  const cited = api.sources[index];
  expect(cited?.url).toMatch(/^http/);
  await page.goto('/?node=regulation-party-groups-2015');
  const panel = page.getByRole('complementary', { name: 'Details' });
  await panel.getByRole('button', { name: 'Show in source' }).nth(index).click();
  const dialog = page.getByRole('dialog');
  // The text is the working paper's, and the dialog says whose evidence the quote is.
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
    'The Chinese Communist Party in Chinese NGOs',
  );
  await expect(dialog.locator('.citation')).toContainText('Shaoming Zhu (绍明).');
  await expect(dialog.locator('.cited')).toContainText(`where it cites ${cited?.title ?? ''}`);
  await expect(dialog.locator('.cited').getByRole('link', { name: 'original' })).toHaveAttribute(
    'href',
    cited?.url ?? '',
  );
  expect((await dialog.locator('mark').allInnerTexts()).join('').replace(/\s+/g, ' ')).toBe(
    cited?.quote.replace(/\s+/g, ' '),
  );
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
    // A plural subject takes a plural verb.
    'Party groups in the CPPCC lead',
  );
  await expect(panel.locator('blockquote').first()).toHaveText(api.sources[0]?.quote ?? '');
});
