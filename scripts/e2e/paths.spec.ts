import { readFile } from 'node:fs/promises';
import { ChainsResponse, PARTY_CENTRE_ID } from '@pag/graph-seed';
import { expect, test } from './support/test';
import { screenshotPath, ui, waitForGraph } from './support/ui';

test('the path finder shows the paths between two chosen nodes, with evidence, and reports them', async ({
  page,
  request,
}) => {
  const api = ChainsResponse.parse(
    await (
      await request.get(`/api/paths?from=social-organizations&to=${PARTY_CENTRE_ID}&max=5`)
    ).json(),
  );
  expect(api.chains.length).toBeGreaterThan(0);
  await page.goto('/');
  await waitForGraph(page);
  await ui.clickNode(page, 'social-organizations');
  await page.getByRole('button', { name: 'Find paths…' }).click();

  // The second node is chosen with the same search, in the side panel.
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(
    panel.getByRole('heading', { name: 'Find paths from Social organizations' }),
  ).toBeVisible();
  const to = panel.getByRole('combobox', { name: 'To which node?' });
  await expect(to).toBeFocused();
  await to.fill('中共中央委员会');
  await expect(panel.getByRole('option').first()).toContainText('Central Committee');
  await to.press('Enter');

  await expect(page).toHaveURL(new RegExp(`paths=social-organizations,${PARTY_CENTRE_ID}`));
  await expect(
    panel.getByRole('heading', {
      name: /^Paths between Social organizations and .*Central Committee/,
    }),
  ).toBeVisible();
  await expect(panel.locator('.chains > li')).toHaveCount(api.chains.length);
  await expect(panel.locator('.chains > li').first().getByRole('heading')).toHaveText(
    `Path 1: ${api.chains[0]?.hops.length} hops`,
  );
  const firstQuote = api.chains[0]?.hops[0]?.sources[0]?.quote ?? '';
  await expect(panel.locator('blockquote').first()).toHaveText(
    firstQuote.replace(/\s+/g, ' ').trim(),
  );
  expect(await ui.hasClass(page, PARTY_CENTRE_ID, 'highlighted')).toBe(true);
  expect(await ui.hasClass(page, 'social-organizations', 'highlighted')).toBe(true);
  expect(await ui.hasClass(page, 'xi-jinping', 'dimmed')).toBe(true);
  await page.screenshot({ path: screenshotPath('paths.png') });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Evidence report (.md)' }).click(),
  ]);
  const report = await readFile(await download.path(), 'utf8');
  expect(report).toMatch(/^# Paths between Social organizations/);
  for (const hop of api.chains.flatMap((chain) => chain.hops))
    for (const source of hop.sources) expect(report).toContain(source.quote.replace(/\s+/g, ' '));

  // Esc clears the paths, back to the node.
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/paths=/);
  expect(await ui.hasClass(page, PARTY_CENTRE_ID, 'highlighted')).toBe(false);
});
