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
      name: /^Paths along the lines of authority between Social organizations and .*Central Committee/,
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
  expect(report).toMatch(/^# Paths along the lines of authority between Social organizations/);
  for (const hop of api.chains.flatMap((chain) => chain.hops))
    for (const source of hop.sources) expect(report).toContain(source.quote.replace(/\s+/g, ' '));

  // Esc clears the paths, back to the node.
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/paths=/);
  expect(await ui.hasClass(page, PARTY_CENTRE_ID, 'highlighted')).toBe(false);
});

test('the path finder follows lines of authority one way when asked, and reads a hop against the path along its own arrow', async ({
  page,
}) => {
  // A shared link to the paths from the chambers of commerce to the separation programme.
  await page.goto('/?paths=chambers-of-commerce,programme-association-separation-2015');
  await waitForGraph(page);
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(
    panel.getByRole('heading', {
      name: /^Paths between Chambers of commerce and Overall Programme/,
    }),
  ).toBeVisible();
  // The shortest path goes from the chambers to the programme, which governs them: the hop
  // reads along its arrow, and says it points against the path.
  const firstHop = panel.locator('.chains > li').first().locator('.hop').first();
  await expect(firstHop).toHaveText(
    /^Overall Programme of the Separation .* governs Chambers of commerce points against the path$/,
  );
  await page.screenshot({ path: screenshotPath('paths-against.png') });

  // Only lines of authority, downwards from the chambers: there is none.
  const follow = panel.getByRole('group', { name: 'Follow' });
  await follow.getByRole('radio', { name: 'Lines of authority, downwards' }).check();
  await expect(page).toHaveURL(/along=down/);
  await expect(
    panel.getByRole('heading', { name: /^Paths down the lines of authority from Chambers/ }),
  ).toBeVisible();
  await expect(
    panel.getByText(/No path of up to 6 lines of authority runs this way/),
  ).toBeVisible();

  // Upwards, the chambers reach the programme that governs them, every hop going up.
  await follow.getByRole('radio', { name: 'Lines of authority, upwards' }).check();
  await expect(page).toHaveURL(/along=up/);
  await expect(panel.locator('.chains > li').first().locator('.hop').first()).toHaveText(
    /governs Chambers of commerce$/,
  );
  await expect(panel.getByText('points against the path')).toHaveCount(0);
});

test('the direction is chosen before the second node, and a link keeps it', async ({ page }) => {
  await page.goto('/?node=cpc-central-committee');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Find paths…' }).click();
  const panel = page.getByRole('complementary', { name: 'Details' });
  await panel.getByRole('radio', { name: 'Lines of authority, downwards' }).check();
  const to = panel.getByRole('combobox', { name: 'To which node?' });
  await to.fill('social organizations');
  await expect(panel.getByRole('option').first()).toContainText('Social organizations');
  await to.press('Enter');
  await expect(page).toHaveURL(/paths=cpc-central-committee,social-organizations&along=down/);
  await expect(
    panel.getByRole('heading', {
      name: /^Paths down the lines of authority from .*Central Committee/,
    }),
  ).toBeVisible();
  await expect(panel.locator('.chains > li').first()).toBeVisible();

  const fresh = await page.context().newPage();
  await fresh.goto(page.url());
  await waitForGraph(fresh);
  await expect(fresh.getByRole('radio', { name: 'Lines of authority, downwards' })).toBeChecked();
});

test('paths follow the lines of authority by default; over any relationship, zig-zags through siblings are left out, and the panel says so', async ({
  page,
  request,
}) => {
  await page.goto('/?paths=social-organizations,public-institutions&along=authority');
  await waitForGraph(page);
  const panel = page.getByRole('complementary', { name: 'Details' });
  const follow = panel.getByRole('group', { name: 'Follow' });
  await expect(follow.getByRole('radio', { name: 'Lines of authority, up or down' })).toBeChecked();
  await expect(panel.getByText('No path', { exact: false })).toBeVisible();

  await follow.getByRole('radio', { name: 'Any relationship, either way' }).check();
  // A link without `along` follows any relationship, as links always have.
  await expect(page).not.toHaveURL(/along=/);
  await expect(panel.getByText(/zig-zag along the lines of authority/)).toBeVisible();
  const api = ChainsResponse.parse(
    await (
      await request.get('/api/paths?from=social-organizations&to=public-institutions&direction=any')
    ).json(),
  );
  expect(api.chains.length).toBeGreaterThan(0);
  await expect(panel.locator('.chains > li')).toHaveCount(api.chains.length);
});
