import { writeFile } from 'node:fs/promises';
import { ChainsResponse, PARTY_CENTRE_ID } from '@pag/graph-seed';
import { expect, test } from './support/test';
import { screenshotPath, waitForGraph } from './support/ui';

test('printing a trace gives the chains with their evidence on the whole page, without the explorer around them', async ({
  page,
  request,
}) => {
  const api = ChainsResponse.parse(
    await (await request.get(`/api/authority/${PARTY_CENTRE_ID}?direction=down`)).json(),
  );
  await page.goto(`/?node=${PARTY_CENTRE_ID}&trace=down`);
  await waitForGraph(page);
  const panel = page.getByRole('complementary', { name: 'Details' });
  // So many chains show as a tree, deeper branches folded on screen.
  const tree = panel.locator('.chain-tree');
  await expect(tree).toBeVisible();
  const hops = tree.locator('.hop');
  const onScreen = await hops.evaluateAll(
    (all) => all.filter((hop) => hop.checkVisibility()).length,
  );

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('toolbar')).toBeHidden();
  await expect(page.getByTestId('graph-canvas')).toBeHidden();
  await expect(panel.getByRole('button', { name: 'Evidence report (.md)' })).toBeHidden();
  await expect(panel.getByRole('heading', { name: /Lines of authority down from/ })).toBeVisible();
  // On paper, the whole tree: every folded branch open.
  const printed = await hops.evaluateAll(
    (all) => all.filter((hop) => hop.checkVisibility()).length,
  );
  expect(printed).toBe(await hops.count());
  expect(printed).toBeGreaterThan(onScreen);
  const width = await panel.evaluate((element) => element.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(1000);
  // Every quote is there, and every link shows its address on paper.
  const quote = api.chains[0]?.hops[0]?.sources[0]?.quote ?? '';
  await expect(panel.locator('blockquote').first()).toContainText(quote.slice(0, 40));
  const address = await panel
    .locator('a[href^="http"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(address).toMatch(/http/);

  // Chromium prints the many chains down from the centre as a PDF of several pages.
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(1);
  await writeFile(screenshotPath('trace-print.pdf'), pdf);
});
