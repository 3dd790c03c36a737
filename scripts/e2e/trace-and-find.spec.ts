import { readFile } from 'node:fs/promises';
import { expect, test } from './support/test';
import { ChainsResponse, PARTY_CENTRE_ID } from '@pag/graph-seed';
import { litNodeIds, screenshotPath, ui, waitForGraph } from './support/ui';

test('searching in Chinese, then tracing up, highlights chains that end at the CPC Central Committee', async ({
  page,
  request,
}) => {
  const api = ChainsResponse.parse(
    await (await request.get('/api/authority/social-organizations')).json(),
  );
  await page.goto('/');
  await waitForGraph(page);

  // "/" focuses the search box; typing Chinese offers the node; Enter chooses it.
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: 'Search the graph' });
  await expect(search).toBeFocused();
  await search.fill('社会组织');
  await expect(page.getByRole('option').first()).toContainText('Social organizations');
  await search.press('Enter');

  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(
    'Social organizations',
  );
  expect(await ui.hasClass(page, 'social-organizations', 'highlighted')).toBe(false);

  await page.getByRole('button', { name: 'Trace up' }).click();
  await expect(
    panel.getByRole('heading', { name: /Lines of authority up from Social organizations/ }),
  ).toBeVisible();
  await expect(panel.locator('.chains > li')).toHaveCount(api.chains.length);
  expect(await ui.hasClass(page, PARTY_CENTRE_ID, 'highlighted')).toBe(true);
  expect(await ui.hasClass(page, 'social-organizations', 'highlighted')).toBe(true);
  expect(await ui.hasClass(page, 'xi-jinping', 'dimmed')).toBe(true);

  // Every hop of the first chain is listed with its quote.
  const first = api.chains[0];
  for (const hop of first?.hops ?? []) {
    await expect(
      panel
        .locator('.chains > li')
        .first()
        .locator('blockquote', { hasText: hop.sources[0]?.quote ?? '' })
        .first(),
    ).toBeVisible();
  }
  await page.screenshot({ path: screenshotPath('trace-up.png') });

  // The evidence report holds every hop's quote, ready to paste into an article.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Evidence report (.md)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^party-authority-graph-trace-up-social-organizations-\d{4}-\d{2}-\d{2}\.md$/,
  );
  const report = await readFile(await download.path(), 'utf8');
  expect(report).toMatch(/^# Lines of authority up from Social organizations/);
  for (const chain of api.chains) {
    for (const hop of chain.hops) {
      for (const source of hop.sources) expect(report).toContain(source.quote.replace(/\s+/g, ' '));
    }
  }

  await page.keyboard.press('Escape');
  await expect(panel.getByRole('heading', { name: /Lines of authority/ })).toHaveCount(0);
  expect(await ui.hasClass(page, PARTY_CENTRE_ID, 'highlighted')).toBe(false);
});

test('Enter pressed before the results arrive chooses from the new query, never the last one', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  const search = page.getByRole('combobox', { name: 'Search the graph' });
  const heading = page
    .getByRole('complementary', { name: 'Details' })
    .getByRole('article')
    .getByRole('heading', { level: 2 });
  await search.fill('社会组织');
  await expect(page.getByRole('option').first()).toContainText('Social organizations');
  await search.press('Enter');
  await expect(heading).toHaveText('Social organizations');

  // The next search answers slowly; meanwhile the list would still hold the last results.
  await page.route('**/api/search?q=Xi*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await search.fill('Xi Jinping');
  await search.press('Enter');
  await expect(heading).toHaveText('Xi Jinping');
});

test('search finds pinyin, forgives a typo, keeps Chinese to whole words, finds relationships and says when a query is too long', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  const search = page.getByRole('combobox', { name: 'Search the graph' });
  const list = page.getByRole('listbox');

  await search.fill('dangzu');
  await expect(list.getByRole('option').first()).toContainText("Leading Party members' groups");
  await search.fill('shehui zuzhi');
  await expect(list.getByRole('option').first()).toContainText('Social organizations');

  await search.fill('publc institutions');
  await expect(list).toContainText('Did you mean Public institutions?');
  await expect(list.getByRole('option').first()).toContainText('Public institutions');

  // 民政 (civil affairs) is not a word of 人民政协 (人民 | 政协).
  await search.fill('民政');
  await expect(list).toContainText('No match');

  await search.fill('cadres');
  const relationship = list
    .getByRole('option')
    .filter({ hasText: /manages? cadres of/ })
    .first();
  await expect(relationship).toBeVisible();
  await page.screenshot({ path: screenshotPath('search-relationships.png') });
  await relationship.click();
  await expect(page).toHaveURL(/edge=/);
  await expect(
    page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('article')
      .getByRole('heading', { level: 2 }),
  ).toContainText(/manages? cadres of/);

  await search.fill('x'.repeat(300));
  await expect(search).toHaveValue('x'.repeat(200));
  await expect(list).toContainText('Only the first 200 characters are searched.');
});

test('one chain can be shown alone on the graph, and a link keeps it', async ({
  page,
  request,
}) => {
  const api = ChainsResponse.parse(
    await (await request.get(`/api/authority/${PARTY_CENTRE_ID}?direction=down`)).json(),
  );
  const second = api.chains[1];
  expect(second).toBeDefined();
  const chainNodes = new Set(second?.hops.flatMap((hop) => [hop.from, hop.to]));
  await page.goto(`/?node=${PARTY_CENTRE_ID}&trace=down`);
  await waitForGraph(page);
  // So many chains show as a tree at first; one by one, each can be shown alone.
  await page.getByRole('radio', { name: 'One by one' }).check();
  const alone = page.getByRole('button', { name: 'Show chain 2 alone on the graph' });
  await alone.click();
  await expect(alone).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/chain=2/);
  const lit = () => litNodeIds(page);
  await expect.poll(lit).toEqual([...chainNodes].sort());

  // The link reopens the chain alone.
  const fresh = await page.context().newPage();
  await fresh.goto(page.url());
  await waitForGraph(fresh);
  await expect(
    fresh.getByRole('button', { name: 'Show chain 2 alone on the graph' }),
  ).toHaveAttribute('aria-pressed', 'true');

  await alone.click();
  await expect(page).not.toHaveURL(/chain=/);
  await expect.poll(async () => (await lit()).length).toBeGreaterThan(chainNodes.size);
});
